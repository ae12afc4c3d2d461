package org.modelcards.core.euact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The items of the EU GPAI Code of Practice's Model Documentation Form, in the form's order, read
 * from the one table ({@code model-documentation-form.tsv}) that maps each item to its card field,
 * its recipients and their precision.
 *
 * <pre>{@code
 * ModelDocumentationForm form = ModelDocumentationForm.standard();
 * form.items(Recipient.DOWNSTREAM);          // what a downstream provider is given
 * form.itemsOf("training.flops");            // [7.2]
 * }</pre>
 */
public final class ModelDocumentationForm {
    private static final String TABLE = "model-documentation-form.tsv";
    /** The form's sections by number, with our short headings. */
    private static final Map<String, String> SECTIONS = Map.of(
            "H", "Document", "1", "General information", "2", "Model properties",
            "3", "Methods of distribution and licences", "4", "Use", "5", "Training process",
            "6", "Information on the data used for training, testing and validation",
            "7", "Computational resources", "8", "Energy consumption");

    private final List<FormItem> items;

    ModelDocumentationForm(List<FormItem> items) {
        this.items = List.copyOf(items);
    }

    /** The form as the bundled table gives it (immutable, shared). */
    public static ModelDocumentationForm standard() {
        return Standard.INSTANCE;
    }

    /** Every item, in the form's order. */
    public List<FormItem> items() {
        return items;
    }

    /** The items {@code recipient} is given, in the form's order. */
    public List<FormItem> items(Recipient recipient) {
        return items.stream().filter(i -> i.isFor(recipient)).toList();
    }

    /** The item with this number, e.g. {@code 7.2}. */
    public Optional<FormItem> item(String number) {
        return items.stream().filter(i -> i.number().equals(number)).findFirst();
    }

    /** The items answered by the field {@code fieldId} (usually one, or none). */
    public List<FormItem> itemsOf(String fieldId) {
        return items.stream().filter(i -> i.fieldId().equals(fieldId)).toList();
    }

    /** Every field that answers an item, in the form's order. */
    public Set<String> fieldIds() {
        Set<String> ids = new LinkedHashSet<>();
        items.forEach(i -> ids.add(i.fieldId()));
        return ids;
    }

    /** The heading of a form section, by its number ({@code 7}: Computational resources). */
    public static String sectionTitle(String sectionNumber) {
        return SECTIONS.getOrDefault(sectionNumber, sectionNumber);
    }

    static List<FormItem> parse(BufferedReader in) throws IOException {
        List<FormItem> items = new ArrayList<>();
        String line;
        int lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 11) {
                throw new IllegalStateException(TABLE + ":" + lineNumber + ": expected 11 columns, found " + cells.length);
            }
            Map<Recipient, Disclosure> disclosures = new EnumMap<>(Recipient.class);
            int at = lineNumber;
            Recipient[] order = {Recipient.AI_OFFICE, Recipient.AUTHORITY, Recipient.DOWNSTREAM};
            for (int i = 0; i < order.length; i++) {
                String cell = cells[4 + i];
                disclosures.put(order[i], Disclosure.byId(cell).orElseThrow(() ->
                        new IllegalStateException(TABLE + ":" + at + ": unknown disclosure " + cell)));
            }
            items.add(new FormItem(cells[0], cells[1], cells[2], "required".equals(cells[3]), disclosures,
                    "confirmed".equals(cells[7]), cells[8], cells[9], "-".equals(cells[10]) ? "" : cells[10]));
        }
        return items;
    }

    /** Holder idiom: the table is read on first use, once. */
    private static final class Standard {
        static final ModelDocumentationForm INSTANCE = load();

        private static ModelDocumentationForm load() {
            try (InputStream stream = ModelDocumentationForm.class.getResourceAsStream(TABLE)) {
                if (stream == null) {
                    throw new IllegalStateException("missing resource " + TABLE);
                }
                return new ModelDocumentationForm(parse(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
