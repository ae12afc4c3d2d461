package org.modelcards.core.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SPDX licence ids and the Hub licence ids that stand for them, from the SPDX licence list that
 * cyclonedx-core-java bundles ({@code spdx.schema.json}) and validates against, so an id written by
 * any exporter (CycloneDX, SPDX) is one the list has.
 *
 * <pre>{@code
 * SpdxLicenceIds.spdxForHubId("apache-2.0");   // Optional[Apache-2.0]
 * SpdxLicenceIds.isSpdx("apache-2.0");         // false: SPDX ids are case-sensitive
 * }</pre>
 *
 * <p>A Hub licence id maps to SPDX when it is an SPDX id but for case ({@code apache-2.0} is
 * {@code Apache-2.0}) or is one of the few Hub ids listed in {@link #HUB_ONLY}.
 */
public final class SpdxLicenceIds {
    /** Hub ids that are not SPDX ids in another case. */
    public static final Map<String, String> HUB_ONLY = Map.of(
            "odbl", "ODbL-1.0",
            "pddl", "PDDL-1.0",
            "odc-by", "ODC-By-1.0",
            "c-uda", "C-UDA-1.0");

    private SpdxLicenceIds() {
    }

    /** Whether {@code id} is an SPDX licence id, exactly (SPDX ids are case-sensitive). */
    public static boolean isSpdx(String id) {
        return id != null && id.equals(Spdx.BY_LOWER_CASE.get(id.toLowerCase(Locale.ROOT)));
    }

    /** The SPDX id a Hub licence id stands for, if any: {@code apache-2.0} → {@code Apache-2.0}. */
    public static Optional<String> spdxForHubId(String hubId) {
        if (hubId == null || hubId.isBlank()) {
            return Optional.empty();
        }
        String key = hubId.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(Spdx.BY_LOWER_CASE.getOrDefault(key, HUB_ONLY.get(key)));
    }

    /** Holder idiom: the SPDX list is read from the library's jar once, on first use. */
    private static final class Spdx {
        static final Map<String, String> BY_LOWER_CASE = load();

        private static Map<String, String> load() {
            Map<String, String> ids = new LinkedHashMap<>();
            try (InputStream in = SpdxLicenceIds.class.getResourceAsStream("/spdx.schema.json")) {
                if (in != null) {
                    for (JsonNode id : new ObjectMapper().readTree(in).path("enum")) {
                        ids.put(id.asText().toLowerCase(Locale.ROOT), id.asText());
                    }
                }
            } catch (IOException e) {
                // without the list no licence is written as an SPDX id, only by name, which still validates
            }
            return Map.copyOf(ids);
        }
    }
}
