package org.modelcards.core.format.mct;

import static org.modelcards.core.format.mct.MctFields.APA;
import static org.modelcards.core.format.mct.MctFields.BIBTEX;
import static org.modelcards.core.format.mct.MctShapes.items;
import static org.modelcards.core.format.mct.MctShapes.object;
import static org.modelcards.core.format.mct.MctShapes.text;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.modelcards.core.format.ShapeException;
import org.modelcards.core.format.mct.MctShapes.Item;
import org.modelcards.core.model.Details;
import org.modelcards.core.model.Licensing;
import org.modelcards.core.model.ModelCard;

/** Reads MCT's {@code model_details} (owners, version, licences, references, citations) into the card's details and licence. */
final class ModelDetailsReader {
    private static final JsonPointer AT = JsonPointer.empty().appendProperty(MctFields.MODEL_DETAILS);

    private final UnmappedKeys unmapped;

    ModelDetailsReader(UnmappedKeys unmapped) {
        this.unmapped = unmapped;
    }

    ModelCard read(ModelCard card, ObjectNode node) throws ShapeException {
        if (node == null) {
            return card;
        }
        Details d = card.details()
                .withName(text(node, "name", AT))
                .withSummary(text(node, "overview", AT))
                .withDescription(text(node, "documentation", AT));
        d = owners(d, node);
        ObjectNode version = object(node, "version", AT);
        if (version != null) {
            JsonPointer versionAt = AT.appendProperty("version");
            d = d.withVersion(text(version, "name", versionAt)).withReleaseDate(text(version, "date", versionAt));
            unmapped.keepUnknown(version, versionAt, List.of("name", "date"));
        }
        Licensing license = licenses(card.license(), node);
        d = references(d, node);
        d = citations(d, node);
        unmapped.keepUnknown(node, AT, List.of("name", "overview", "documentation", "owners", "version", "licenses",
                "references", "citations"));
        return card.withDetails(d).withLicense(license);
    }

    /** Owners' names are the developers; their contacts, without repeats, the one contact text. */
    private Details owners(Details details, ObjectNode node) throws ShapeException {
        List<String> developers = new ArrayList<>();
        Set<String> contacts = new LinkedHashSet<>();
        for (Item item : items(node, "owners", AT)) {
            ObjectNode owner = item.object();
            if (owner.hasNonNull("name")) {
                developers.add(text(owner, "name", item.at()));
            }
            String contact = text(owner, "contact", item.at());
            if (!contact.isEmpty()) {
                contacts.add(contact);
            }
            unmapped.keepUnknown(owner, item.at(), List.of("name", "contact"));
        }
        return details.withDevelopers(developers).withContact(String.join(", ", contacts));
    }

    /** The card has one licence: the first identifier and the first custom text fill it, the rest is kept. */
    private Licensing licenses(Licensing license, ObjectNode node) throws ShapeException {
        Licensing result = license;
        for (Item item : items(node, "licenses", AT)) {
            ObjectNode entry = item.object();
            String identifier = text(entry, "identifier", item.at());
            String custom = text(entry, "custom_text", item.at());
            List<String> used = new ArrayList<>();
            if (!identifier.isEmpty() && result.spdxId().isEmpty()) {
                result = result.withSpdxId(identifier);
                used.add("identifier");
            }
            if (!custom.isEmpty() && result.name().isEmpty()) {
                result = result.withName(custom);
                used.add("custom_text");
            }
            unmapped.keepUnknown(entry, item.at(), used);
        }
        return result;
    }

    /** MCT's references are bare links; {@link References} decides which is the repository, paper or demo. */
    private Details references(Details details, ObjectNode node) throws ShapeException {
        List<String> links = new ArrayList<>();
        List<Item> sources = new ArrayList<>();
        for (Item item : items(node, "references", AT)) {
            String link;
            if (item.node().isObject()) {
                ObjectNode entry = (ObjectNode) item.node();
                link = text(entry, "reference", item.at());
                unmapped.keepUnknown(entry, item.at(), List.of("reference"));
            } else {
                link = item.scalar();
            }
            if (!link.isEmpty()) {
                links.add(link);
                sources.add(item);
            }
        }
        List<References.Kind> kinds = References.assign(links);
        Details result = details;
        for (int i = 0; i < links.size(); i++) {
            References.Kind kind = kinds.get(i);
            String link = links.get(i);
            if (kind == null) {
                unmapped.keep(sources.get(i).at(), sources.get(i).node());
            } else {
                result = switch (kind) {
                    case REPOSITORY -> result.withRepositoryUrl(link);
                    case PAPER -> result.withPaperUrl(link);
                    case DEMO -> result.withDemoUrl(link);
                };
            }
        }
        return result;
    }

    /** A citation without a style is BibTeX when it looks like it, else APA; one of each fits, the rest is kept. */
    private Details citations(Details details, ObjectNode node) throws ShapeException {
        Details result = details;
        for (Item item : items(node, "citations", AT)) {
            JsonPointer entryAt = item.at();
            ObjectNode entry = item.object();
            String style = text(entry, "style", entryAt).strip().toLowerCase(Locale.ROOT);
            String citation = text(entry, "citation", entryAt);
            boolean bibtex = style.equals(BIBTEX.toLowerCase(Locale.ROOT))
                    || style.isEmpty() && citation.stripLeading().startsWith("@");
            boolean apa = style.equals(APA.toLowerCase(Locale.ROOT)) || style.isEmpty() && !bibtex;
            if (bibtex && result.citationBibtex().isEmpty() && !citation.isEmpty()) {
                result = result.withCitationBibtex(citation);
                unmapped.keepUnknown(entry, entryAt, List.of("style", "citation"));
            } else if (apa && result.citationApa().isEmpty() && !citation.isEmpty()) {
                result = result.withCitationApa(citation);
                unmapped.keepUnknown(entry, entryAt, List.of("style", "citation"));
            } else {
                unmapped.keep(entryAt, entry);
            }
        }
        return result;
    }
}
