package org.modelcards.core.model;

/** A training or evaluation dataset with its provenance, processing and licence. */
public record Dataset(
        String id,
        String name,
        String link,
        String description,
        String size,
        String provenance,
        String preprocessing,
        String sensitiveData,
        String license) {

    public static final Dataset EMPTY = new Dataset(null, null, null, null, null, null, null, null, null);

    public Dataset {
        id = Values.text(id);
        name = Values.text(name);
        link = Values.text(link);
        description = Values.text(description);
        size = Values.text(size);
        provenance = Values.text(provenance);
        preprocessing = Values.text(preprocessing);
        sensitiveData = Values.text(sensitiveData);
        license = Values.text(license);
    }

    public Dataset withId(String v) { return new Dataset(v, name, link, description, size, provenance, preprocessing, sensitiveData, license); }
    public Dataset withName(String v) { return new Dataset(id, v, link, description, size, provenance, preprocessing, sensitiveData, license); }
    public Dataset withLink(String v) { return new Dataset(id, name, v, description, size, provenance, preprocessing, sensitiveData, license); }
    public Dataset withDescription(String v) { return new Dataset(id, name, link, v, size, provenance, preprocessing, sensitiveData, license); }
    public Dataset withSize(String v) { return new Dataset(id, name, link, description, v, provenance, preprocessing, sensitiveData, license); }
    public Dataset withProvenance(String v) { return new Dataset(id, name, link, description, size, v, preprocessing, sensitiveData, license); }
    public Dataset withPreprocessing(String v) { return new Dataset(id, name, link, description, size, provenance, v, sensitiveData, license); }
    public Dataset withSensitiveData(String v) { return new Dataset(id, name, link, description, size, provenance, preprocessing, v, license); }
    public Dataset withLicense(String v) { return new Dataset(id, name, link, description, size, provenance, preprocessing, sensitiveData, v); }
}
