package org.modelcards.core.format;

import java.util.Optional;

/**
 * A format that both reads and writes cards itself, as most do: its reader and writer roles are the
 * format.
 *
 * <pre>{@code
 * final class MctFormat implements TwoWayFormat { ... }   // reader() and writer() come with it
 * }</pre>
 */
public interface TwoWayFormat extends CardFormat, CardReader, CardWriter {
    @Override
    default Optional<CardReader> reader() {
        return Optional.of(this);
    }

    @Override
    default Optional<CardWriter> writer() {
        return Optional.of(this);
    }
}
