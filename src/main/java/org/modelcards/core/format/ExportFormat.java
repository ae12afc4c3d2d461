package org.modelcards.core.format;

import java.util.Optional;

/**
 * A format that is only written, for sharing or for other tools: its writer role is the format, and
 * it has no reader (a file of it is recognised by its name so that opening one says so).
 *
 * <pre>{@code
 * final class HtmlFormat implements ExportFormat { ... }   // writer() is itself, reader() empty
 * }</pre>
 */
public interface ExportFormat extends CardFormat, CardWriter {
    @Override
    default Optional<CardReader> reader() {
        return Optional.empty();
    }

    @Override
    default Optional<CardWriter> writer() {
        return Optional.of(this);
    }
}
