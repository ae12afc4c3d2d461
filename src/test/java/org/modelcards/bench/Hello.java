package org.modelcards.bench;

/** The anchor of the process figures: a bare JVM that prints one line and exits. */
public final class Hello {
    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
