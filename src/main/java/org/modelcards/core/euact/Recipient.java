package org.modelcards.core.euact;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who a Model Documentation Form is for: the AI Office, the national competent authorities, or the
 * downstream providers that integrate the model (Code of Practice, Transparency chapter).
 *
 * <pre>{@code
 * Recipient r = Recipient.byId("authority").orElseThrow();   // AUTHORITY
 * r.label();                                                  // "National competent authorities"
 * }</pre>
 */
public enum Recipient {
    AI_OFFICE("ai-office", "AI Office"),
    AUTHORITY("authority", "National competent authorities"),
    DOWNSTREAM("downstream", "Downstream providers");

    private final String id;
    private final String label;

    Recipient(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used on the command line and in the form table, e.g. {@code ai-office}. */
    public String id() {
        return id;
    }

    /** A name for people. */
    public String label() {
        return label;
    }

    /** The recipient with this id, ignoring case. */
    public static Optional<Recipient> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equalsIgnoreCase(id)).findFirst();
    }
}
