package org.modelcards.cli;

import java.util.Locale;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.format.json.NativeJsonSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the JSON Schema of the native format, generated from the field catalogue. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the native .modelcard.json format.")
final class SchemaCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(
                new NativeJsonSchema(FieldCatalog.standard(), CatalogTexts.forLocale(Locale.ENGLISH)).generate());
    }
}
