package org.modelcards.core.format;

import java.util.List;

/** A writer's output text and what it could not carry, to show before a lossy export. */
public record WriteResult(String text, List<Loss> losses) {
    public WriteResult {
        losses = List.copyOf(losses);
    }

    public boolean isLossless() {
        return losses.isEmpty();
    }
}
