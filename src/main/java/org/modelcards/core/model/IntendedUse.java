package org.modelcards.core.model;

import java.util.List;

/** What the model is for, for whom, and what it must not be used for. */
public record IntendedUse(
        String directUse,
        String downstreamUse,
        List<String> primaryUsers,
        List<String> outOfScope) {

    public static final IntendedUse EMPTY = new IntendedUse(null, null, null, null);

    public IntendedUse {
        directUse = Values.text(directUse);
        downstreamUse = Values.text(downstreamUse);
        primaryUsers = Values.list(primaryUsers);
        outOfScope = Values.list(outOfScope);
    }

    public IntendedUse withDirectUse(String v) { return new IntendedUse(v, downstreamUse, primaryUsers, outOfScope); }
    public IntendedUse withDownstreamUse(String v) { return new IntendedUse(directUse, v, primaryUsers, outOfScope); }
    public IntendedUse withPrimaryUsers(List<String> v) { return new IntendedUse(directUse, downstreamUse, v, outOfScope); }
    public IntendedUse withOutOfScope(List<String> v) { return new IntendedUse(directUse, downstreamUse, primaryUsers, v); }
}
