package org.modelcards.core.format.cyclonedx;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import org.cyclonedx.Version;
import org.cyclonedx.generators.json.BomJsonGenerator;
import org.cyclonedx.model.Bom;

/**
 * The library's CycloneDX 1.6 JSON generator, but writing strings as they are. The library's own
 * serialiser for strings trims them and turns line breaks and tabs into spaces (an XML
 * {@code normalizedString} rule that JSON does not have; cyclonedx-core-java issues #135 and #394),
 * which would flatten every Markdown text of the card into one line.
 */
final class VerbatimJsonGenerator extends BomJsonGenerator {
    VerbatimJsonGenerator(Bom bom) {
        super(bom, Version.VERSION_16);
        // registered last, so Jackson asks it first for String values
        mapper.registerModule(new SimpleModule("modelcard-verbatim-strings").addSerializer(String.class, new VerbatimString()));
    }

    /**
     * Writes a string unchanged. Like the library's serialiser it counts only null as empty, so that
     * an empty text the card holds (an empty slice, an empty property value) is written, not dropped.
     */
    private static final class VerbatimString extends StdScalarSerializer<String> {
        private static final long serialVersionUID = 1L;

        VerbatimString() {
            super(String.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, String value) {
            return value == null;
        }

        @Override
        public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value);
        }
    }
}
