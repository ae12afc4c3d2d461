package org.modelcards.core.format.cyclonedx;

import org.modelcards.core.format.SpdxLicenceIds;
import static org.modelcards.core.format.cyclonedx.BomValues.set;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.MISUSE_HARMED;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.MISUSE_MITIGATION;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.MISUSE_RISK;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.OUT_OF_SCOPE;
import static org.modelcards.core.format.cyclonedx.CycloneDxFormat.SUMMARY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cyclonedx.model.Ancestors;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.Pedigree;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.Tags;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.MisuseRisk;
import org.modelcards.core.model.ModelCard;

/** Maps the card's details, licence and kept properties onto the model component, and its authors onto the BOM metadata. */
final class ModelComponentMapping {
    private final MappingNotes notes;

    ModelComponentMapping(MappingNotes notes) {
        this.notes = notes;
    }

    /** The model component, without its model card. */
    Component component(ModelCard card) {
        Component model = new Component();
        model.setType(Component.Type.MACHINE_LEARNING_MODEL);
        details(card.details(), model);
        licence(card.license(), model);
        properties(card, model);
        return model;
    }

    /** The metadata that describes {@code model}; without a timestamp, which would make the output differ from run to run. */
    static Metadata metadata(ModelCard card, Component model) {
        Metadata metadata = new Metadata();
        metadata.setTimestamp(null);
        metadata.setComponent(model);
        if (!card.more().cardAuthors().isEmpty()) {
            metadata.setAuthors(contacts(card.more().cardAuthors()));
        }
        return metadata;
    }

    private void details(Details d, Component model) {
        model.setName(d.name());
        set(d.version(), model::setVersion);
        set(d.description(), model::setDescription);
        if (!d.developers().isEmpty()) {
            model.setAuthors(contacts(d.developers()));
        }
        if (d.sharers().size() == 1) {
            model.setPublisher(d.sharers().get(0));
        } else if (d.sharers().size() > 1) {
            notes.put("details.sharers", "a CycloneDX component has one publisher, so only a single sharer fits");
        }
        if (!d.tags().isEmpty()) {
            model.setTags(new Tags(d.tags()));
        }
        link("details.repositoryUrl", d.repositoryUrl(), ExternalReference.Type.VCS, CardToBom.REPOSITORY, model);
        link("details.paperUrl", d.paperUrl(), ExternalReference.Type.DOCUMENTATION, CardToBom.PAPER, model);
        link("details.demoUrl", d.demoUrl(), ExternalReference.Type.WEBSITE, CardToBom.DEMO, model);
        if (!d.baseModels().isEmpty()) {
            Ancestors ancestors = new Ancestors();
            for (String base : d.baseModels()) {
                Component ancestor = new Component();
                ancestor.setType(Component.Type.MACHINE_LEARNING_MODEL);
                ancestor.setName(base);
                ancestors.addComponent(ancestor);
            }
            Pedigree pedigree = new Pedigree();
            pedigree.setAncestors(ancestors);
            model.setPedigree(pedigree);
        }
    }

    private void link(String fieldId, String url, ExternalReference.Type type, String comment, Component model) {
        if (!notes.writableUrl(fieldId, url)) {
            return;
        }
        ExternalReference ref = new ExternalReference();
        ref.setType(type);
        ref.setUrl(url);
        ref.setComment(comment);
        model.addExternalReference(ref);
    }

    /**
     * The licence: its SPDX id ({@code license.spdxId}, else the SPDX id the Hub id stands for) or
     * else its name (else the Hub id as a name); the Hub id itself in {@code licensing.altIds}; the
     * link as the licence URL.
     */
    private void licence(Licensing l, Component model) {
        if (!l.spdxId().isEmpty() && !SpdxLicenceIds.isSpdx(l.spdxId())) {
            notes.put("license.spdxId", "not an SPDX licence id known to CycloneDX 1.6 (SPDX ids are case-sensitive, e.g. Apache-2.0)");
        }
        Optional<String> spdx = SpdxLicenceIds.isSpdx(l.spdxId()) ? Optional.of(l.spdxId()) : SpdxLicenceIds.spdxForHubId(l.id());
        License licence = new License();
        if (spdx.isPresent()) {
            licence.setId(spdx.get());
        } else if (!l.name().isEmpty()) {
            licence.setName(l.name());
        } else if (!l.id().isEmpty()) {
            licence.setName(l.id());
        } else {
            if (!l.link().isEmpty()) {
                notes.put("license.link", "CycloneDX needs a licence id or name to attach the link to");
            }
            return;
        }
        if (spdx.isPresent() && !l.name().isEmpty()) {
            notes.put("license.name", "a CycloneDX licence has an SPDX id or a name, not both; the SPDX id "
                    + spdx.get() + " is written");
        }
        if (!l.id().isEmpty()) {
            org.cyclonedx.model.Licensing licensing = new org.cyclonedx.model.Licensing();
            licensing.setAltIds(List.of(l.id()));
            licence.setLicensing(licensing);
        }
        if (notes.writableUrl("license.link", l.link())) {
            licence.setUrl(l.link());
        }
        LicenseChoice choice = new LicenseChoice();
        choice.addLicense(licence);
        model.setLicenses(choice);
    }

    /** The card's fields CycloneDX has no field for but asked to be kept: see {@link CycloneDxFormat}. */
    private static void properties(ModelCard card, Component model) {
        List<Property> properties = new ArrayList<>();
        if (!card.details().summary().isEmpty()) {
            properties.add(new Property(SUMMARY, card.details().summary()));
        }
        for (String use : card.intendedUse().outOfScope()) {
            properties.add(new Property(OUT_OF_SCOPE, use));
        }
        for (MisuseRisk risk : card.misuse().risks()) {
            properties.add(new Property(MISUSE_RISK, risk.risk()));
            properties.add(new Property(MISUSE_HARMED, risk.harmed()));
            properties.add(new Property(MISUSE_MITIGATION, risk.mitigation()));
        }
        if (!properties.isEmpty()) {
            model.setProperties(properties);
        }
    }

    private static List<OrganizationalContact> contacts(List<String> names) {
        List<OrganizationalContact> contacts = new ArrayList<>();
        for (String name : names) {
            OrganizationalContact contact = new OrganizationalContact();
            contact.setName(name);
            contacts.add(contact);
        }
        return contacts;
    }
}
