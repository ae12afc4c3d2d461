package org.modelcards.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn in place; only used on a terminal. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private int done;
    private int lastDrawn = -1;

    ProgressBar(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    void step() {
        done++;
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        if (filled != lastDrawn || done == total) {
            lastDrawn = filled;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            err.flush();
        }
    }

    void clear() {
        err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
        err.flush();
    }
}
