package org.modelcards.core.validation;

import java.util.List;

/**
 * How much of what a profile asks for a card says, per section and overall. Required fields weigh
 * twice as much as recommended ones; a field holding only template text or "N/A" does not count.
 */
public record Completeness(double overall, List<SectionScore> sections) {
    public Completeness {
        sections = List.copyOf(sections);
    }

    /** Overall as a whole percentage, e.g. 87. */
    public int percent() {
        return (int) Math.floor(overall * 100 + 1e-9);
    }

    /** One section's score: which counted fields it fills and which it misses. */
    public record SectionScore(String sectionId, double score, List<String> filled, List<String> missing) {
        public SectionScore {
            filled = List.copyOf(filled);
            missing = List.copyOf(missing);
        }

        /** Whether the profile asks for anything in this section. */
        public boolean counts() {
            return !filled.isEmpty() || !missing.isEmpty();
        }

        public int percent() {
            return (int) Math.floor(score * 100 + 1e-9);
        }
    }
}
