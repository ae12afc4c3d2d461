package org.modelcards.core.format.spdx;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of SPDX 3.0.1 that its JSON schema cannot express, checked on a written document
 * independently of the writer: written from the model's text (AI/AIPackage.md "External properties
 * restrictions", AI.md "Profile conformance", Core/Relationship), not from the writer's code.
 */
final class SpdxProfileRules {
    /** Properties the AI profile requires of every AIPackage (AIPackage.md, minCount 1). */
    static final List<String> AI_PACKAGE_REQUIRED = List.of("releaseTime", "suppliedBy", "software_downloadLocation",
            "software_packageVersion", "software_primaryPurpose");
    /** Named individuals a reference may be instead of an element of the graph. */
    private static final Set<String> INDIVIDUALS = Set.of("expandedlicensing_NoAssertionLicense",
            "expandedlicensing_NoneLicense", "SpdxOrganization", "NoAssertionElement", "NoneElement");

    private SpdxProfileRules() {
    }

    /** What in {@code document} breaks a rule; empty when it keeps them all. */
    static List<String> violations(JsonNode document) {
        List<String> problems = new ArrayList<>();
        JsonNode graph = document.path("@graph");
        Set<String> ids = new HashSet<>();
        for (JsonNode node : graph) {
            String id = node.path("spdxId").asText(node.path("@id").asText(""));
            if (!id.isEmpty() && !ids.add(id)) {
                problems.add("duplicate id " + id);
            }
        }
        boolean claimsAi = false;
        for (JsonNode node : graph) {
            if (node.path("type").asText().equals("SpdxDocument")) {
                for (JsonNode p : node.path("profileConformance")) {
                    claimsAi |= p.asText().equals("ai");
                }
                node.path("rootElement").forEach(r -> reference(r, ids, "rootElement", problems));
                node.path("element").forEach(r -> reference(r, ids, "element", problems));
            }
            if (node.path("type").asText().equals("Relationship")) {
                reference(node.path("from"), ids, "from", problems);
                node.path("to").forEach(r -> reference(r, ids, "to", problems));
            }
            reference(node.path("suppliedBy"), ids, "suppliedBy", problems);
            node.path("originatedBy").forEach(r -> reference(r, ids, "originatedBy", problems));
            node.path("createdBy").forEach(r -> reference(r, ids, "createdBy", problems));
            JsonNode info = node.path("creationInfo");
            if (!info.isMissingNode() && !ids.contains(info.asText())) {
                problems.add("creationInfo " + info.asText() + " is not in the graph");
            }
        }
        for (JsonNode node : graph) {
            if (!node.path("type").asText().equals("ai_AIPackage")) {
                continue;
            }
            String id = node.path("spdxId").asText();
            if (claimsAi) {
                for (String required : AI_PACKAGE_REQUIRED) {
                    if (!node.has(required)) {
                        problems.add(id + " claims the ai profile without " + required);
                    }
                }
            }
            for (String type : List.of("hasDeclaredLicense", "hasConcludedLicense")) {
                long n = count(graph, id, type);
                if (n != 1) {
                    problems.add(id + " has " + n + " " + type + " relationships, not exactly one");
                }
            }
        }
        return problems;
    }

    private static long count(JsonNode graph, String from, String type) {
        long n = 0;
        for (JsonNode node : graph) {
            if (node.path("type").asText().equals("Relationship") && node.path("from").asText().equals(from)
                    && node.path("relationshipType").asText().equals(type)) {
                n++;
            }
        }
        return n;
    }

    private static void reference(JsonNode ref, Set<String> ids, String where, List<String> problems) {
        if (!ref.isMissingNode() && !ids.contains(ref.asText()) && !INDIVIDUALS.contains(ref.asText())) {
            problems.add(where + " refers to " + ref.asText() + ", which is not in the graph");
        }
    }
}
