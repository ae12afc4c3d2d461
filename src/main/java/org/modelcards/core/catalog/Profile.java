package org.modelcards.core.catalog;

import java.util.Arrays;
import java.util.Optional;

/** A named point of view on what a card must say, e.g. the Hugging Face Hub's or Mitchell et al.'s. */
public enum Profile {
    HUGGINGFACE("huggingface"),
    MITCHELL("mitchell"),
    EU_GPAI("eu-gpai"),
    /** Everything any profile asks for, each message explaining why, for teaching. */
    CLASSROOM("classroom");

    private final String id;

    Profile(String id) {
        this.id = id;
    }

    /** The id used on the command line and in files, e.g. {@code eu-gpai}. */
    public String id() {
        return id;
    }

    /** The profile with this id, ignoring case. */
    public static Optional<Profile> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equalsIgnoreCase(id)).findFirst();
    }
}
