package org.modelcards.core.format.eumdf;

import java.util.List;

/**
 * One EU AI Act document as the exports lay it out, whatever the file format: a title, notes under
 * it, and parts of numbered entries. Built by {@link FormDocuments} and {@link SummaryDocuments},
 * written by {@link Layout}.
 */
record EuDocument(String kind, String title, String model, String recipient, List<String> notes, List<Part> parts) {
    EuDocument {
        notes = List.copyOf(notes);
        parts = List.copyOf(parts);
    }

    /** A section of the document: its number, heading and entries. */
    record Part(String number, String heading, List<Entry> entries) {
        Part {
            entries = List.copyOf(entries);
        }
    }

    /** Whether an entry holds an answer, has none though one is asked for, or does not apply. */
    enum Status {
        ANSWERED, NOT_ANSWERED, NOT_APPLICABLE
    }

    /**
     * One answered (or unanswered) item: its number and title, the AI Act point, the card field it
     * comes from, its text (Markdown) or list items, and what precision the recipient is given.
     */
    record Entry(String number, String title, String annex, String fieldId, String text, List<String> items,
            String precision, Status status) {
        Entry {
            items = List.copyOf(items);
        }
    }
}
