package org.modelcards.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.modelcards.core.catalog.CardField;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Column;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.catalog.Requirement;
import org.modelcards.core.catalog.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the catalogue's field ids, the names scripts use with {@code set} and in rules. */
@Command(name = "fields", mixinStandardHelpOptions = true,
        description = "List every field id of the card, by section, with its kind and label.")
final class FieldsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--columns", description = "Also list the columns of table fields.")
    boolean columns;

    @Option(names = "--profile", paramLabel = "P",
            description = "Mark what profile P requires (*) or recommends (+): huggingface, mitchell, eu-gpai, classroom.")
    String profile;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        CatalogTexts texts = CatalogTexts.forLocale(Locale.getDefault());
        Profile chosen = profile == null ? null : Profile.byId(profile).orElseThrow(() ->
                new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown profile: " + profile));
        for (Section section : FieldCatalog.standard().sections()) {
            out.println(texts.sectionLabel(section.id()));
            for (CardField field : section.fields()) {
                out.printf("  %s%-32s %-9s %s%n", mark(field, chosen), field.id(),
                        field.kind().name().toLowerCase(Locale.ROOT), texts.label(field.id()));
                if (columns && field.table().isPresent()) {
                    for (Column column : field.table().get().columns()) {
                        out.printf("      %-30s %-9s %s%n", column.id(), column.kind().name().toLowerCase(Locale.ROOT),
                                texts.label(column.textKey()));
                    }
                }
            }
        }
    }

    private static String mark(CardField field, Profile profile) {
        if (profile == null) {
            return "";
        }
        Requirement requirement = field.requirement(profile);
        return requirement == Requirement.REQUIRED ? "* " : requirement == Requirement.RECOMMENDED ? "+ " : "  ";
    }
}
