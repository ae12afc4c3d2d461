package org.modelcards.core.model;

/** The licence under which the model is released, and what it forbids. */
public record Licensing(
        String id,
        String spdxId,
        String name,
        String link,
        String acceptableUsePolicy,
        String restrictions) {

    public static final Licensing EMPTY = new Licensing(null, null, null, null, null, null);

    public Licensing {
        id = Values.text(id);
        spdxId = Values.text(spdxId);
        name = Values.text(name);
        link = Values.text(link);
        acceptableUsePolicy = Values.text(acceptableUsePolicy);
        restrictions = Values.text(restrictions);
    }

    public Licensing withId(String v) { return new Licensing(v, spdxId, name, link, acceptableUsePolicy, restrictions); }
    public Licensing withSpdxId(String v) { return new Licensing(id, v, name, link, acceptableUsePolicy, restrictions); }
    public Licensing withName(String v) { return new Licensing(id, spdxId, v, link, acceptableUsePolicy, restrictions); }
    public Licensing withLink(String v) { return new Licensing(id, spdxId, name, v, acceptableUsePolicy, restrictions); }
    public Licensing withAcceptableUsePolicy(String v) { return new Licensing(id, spdxId, name, link, v, restrictions); }
    public Licensing withRestrictions(String v) { return new Licensing(id, spdxId, name, link, acceptableUsePolicy, v); }
}
