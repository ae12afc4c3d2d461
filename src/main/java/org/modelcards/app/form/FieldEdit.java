package org.modelcards.app.form;

/**
 * Where an editor reports a field's new value: {@code step} names the undo step the edit extends
 * (typing in one field or one cell merges), null makes it a step of its own (a cell committed, a
 * row added, a paste).
 */
@FunctionalInterface
interface FieldEdit {
    void edit(Object value, String step);
}
