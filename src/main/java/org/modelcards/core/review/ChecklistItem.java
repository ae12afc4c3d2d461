package org.modelcards.core.review;

/** One thing a reviewer confirms about a card, e.g. "Out-of-scope uses are clear". */
public record ChecklistItem(String id, String text) {
}
