package org.modelcards.core.format.mct;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.CardFormat;
import org.modelcards.core.format.TwoWayFormat;
import org.modelcards.core.format.FileSample;
import org.modelcards.core.format.LoadedCard;
import org.modelcards.core.format.Recognition;
import org.modelcards.core.format.SourceMap;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.JsonText;
import org.modelcards.core.format.ReadProblem;
import org.modelcards.core.format.ShapeException;
import org.modelcards.core.format.TextPosition;
import org.modelcards.core.format.WriteResult;
import org.modelcards.core.model.ModelCard;

/**
 * The Google Model Card Toolkit (MCT) JSON format: writes schema 0.0.2 and reads 0.0.2 and 0.0.1
 * (migrated as the toolkit's {@code json_util.update} does), reporting every field MCT cannot carry.
 *
 * <pre>{@code
 * MctFormat mct = new MctFormat();
 * WriteResult result = mct.write(card);            // result.losses(): what model_card.json lacks
 * Files.writeString(Path.of("model_card.json"), result.text());
 * ModelCard again = mct.read(result.text(), "model_card.json");
 * }</pre>
 *
 * <p>What is written: only the keys the published 0.0.2 schema declares, in its order; the release
 * date only when it is a YYYY-MM-DD date and links only when they are absolute URIs (otherwise a
 * loss); licences as {@code {identifier}} (SPDX, from {@code license.spdxId}) or
 * {@code {custom_text}} (from {@code license.name}); metric values as numbers. MCT has one list of
 * use cases and one of datasets, so out-of-scope uses are use cases starting "Out of scope: " (the
 * toolkit's field guide suggests listing them there), the downstream use starts "Downstream use: ",
 * the biases are a limitation starting "Biases: ", misuse risks are ethical considerations named
 * "Misuse: …", and each dataset's description starts with "Used for training." or "Used for
 * evaluation."; the reader removes these markers. A value that would still not read back the same
 * (a link the reader would take for another kind) is reported as a loss.
 *
 * <p>What is read: unknown keys, and entries the card has no room for (a second licence of the same
 * kind, a version's {@code diff}, graphics), are kept in {@code extras.unmapped} under their JSON
 * Pointer in the 0.0.2 shape. Invalid JSON, JSON that is not an MCT card, or a value of the wrong
 * shape is one {@link CardReadException} with line and column.
 */
public final class MctFormat implements TwoWayFormat {
    /** The usual file name of a toolkit card. */
    public static final String FILE_NAME = "model_card.json";
    /** The schema version this writer writes. */
    public static final String SCHEMA_VERSION = MctFields.SCHEMA_VERSION;

    private final FieldCatalog catalog;

    public MctFormat() {
        this(FieldCatalog.standard());
    }

    public MctFormat(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String id() {
        return "mct";
    }

    @Override
    public String label() {
        return "Model Card Toolkit JSON";
    }

    @Override
    public List<String> fileEndings() {
        return List.of(".mct.json");
    }

    /**
     * A {@code .json} object with one of MCT's top-level keys is a toolkit card, unless it has the
     * marks of a native card ({@code schemaVersion}) or a CycloneDX BOM ({@code bomFormat}).
     */
    @Override
    public Recognition recognise(FileSample file) {
        if (!file.hasEnding(".json")) {
            return Recognition.NONE;
        }
        boolean card = file.jsonObject().filter(root -> !root.has("schemaVersion") && !root.has("bomFormat")
                && MctFields.TOP_LEVEL_KEYS.stream().anyMatch(root::has)).isPresent();
        return card ? Recognition.BY_CONTENT : Recognition.NONE;
    }



    @Override
    public LoadedCard load(String text, String source) throws CardReadException {
        return new LoadedCard(read(text, source), Optional.empty(), SourceMap.NONE, List.of());
    }

    @Override
    public ModelCard read(String text, String source) throws CardReadException {
        // the shared reader: syntax errors and safety limits (nesting, huge numbers) at their line:column
        JsonNode root = JsonText.parse(text, source);
        if (root == null || root.isMissingNode()) {
            throw problem(ReadProblem.NOT_A_CARD, source, TextPosition.UNKNOWN,
                    "empty file: not a Model Card Toolkit card");
        }
        if (!root.isObject()) {
            throw notACard(text, source, JsonPointer.empty(), "not a Model Card Toolkit card: the top level must be "
                    + "a JSON object, not " + JsonText.describe(root));
        }
        ObjectNode object = (ObjectNode) root;
        checkIsACard(object, text, source);
        checkVersion(object, text, source);
        // like the toolkit, which migrates whatever is not valid 0.0.2: the migration changes only
        // 0.0.1 shapes, so it leaves a 0.0.2 card as it is whatever its schema_version says
        MctMigration.Migrated migrated = MctMigration.toV002(object);
        try {
            return new MctReader().read(migrated.tree(), migrated.unplaced());
        } catch (ShapeException e) {
            throw notACard(text, source, e.at(), e.getMessage());
        }
    }

    @Override
    public WriteResult write(ModelCard card) {
        return new MctWriter(catalog).write(card);
    }

    /** A card has at least one of MCT's top-level keys; anything else is some other JSON file. */
    private static void checkIsACard(ObjectNode root, String text, String source) throws CardReadException {
        if (MctFields.TOP_LEVEL_KEYS.stream().anyMatch(root::has)) {
            return;
        }
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        String found = keys.isEmpty() ? "it is an empty object"
                : "its keys are " + String.join(", ", keys.subList(0, Math.min(keys.size(), 5)))
                        + (keys.size() > 5 ? ", ..." : "");
        String hint = root.has("schemaVersion") ? " (it looks like a Model Card Studio .modelcard.json: read it as json)"
                : "";
        throw notACard(text, source, JsonPointer.empty(), "not a Model Card Toolkit card: it has none of the keys "
                + String.join(", ", MctFields.TOP_LEVEL_KEYS) + "; " + found + hint);
    }

    /** A schema_version, if there is one, must be one this reader knows. */
    private static void checkVersion(ObjectNode root, String text, String source) throws CardReadException {
        JsonNode version = root.get(MctFields.VERSION_KEY);
        if (version == null || version.isNull()) {
            return;
        }
        JsonPointer at = JsonPointer.empty().appendProperty(MctFields.VERSION_KEY);
        if (!version.isTextual()) {
            throw notACard(text, source, at, MctFields.VERSION_KEY + " must be a string such as \""
                    + MctFields.SCHEMA_VERSION + "\", not " + JsonText.describe(version));
        }
        String value = version.textValue();
        if (!value.equals(MctFields.V0_0_1) && !value.equals(MctFields.SCHEMA_VERSION)) {
            throw notACard(text, source, at, MctFields.VERSION_KEY + " \"" + value + "\" is not supported (this "
                    + "reader knows " + MctFields.V0_0_1 + " and " + MctFields.SCHEMA_VERSION + ")");
        }
    }

    private static CardReadException notACard(String text, String source, JsonPointer at, String message) {
        return problem(ReadProblem.NOT_A_CARD, source, JsonText.locate(text, at), message);
    }

    private static CardReadException problem(String code, String source, TextPosition at, String message) {
        return new CardReadException(new ReadProblem(code, source, at.line(), at.column(), message));
    }
}
