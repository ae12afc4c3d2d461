package org.modelcards.core.format.spdx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcards.core.format.JsonText;

/**
 * The {@code @graph} of one SPDX 3.0.1 JSON-LD document being built: elements get ids under the
 * document's namespace, share one creation info, and are listed in the document in the order made.
 * Agents are made once per name, so a developer who is also the supplier is one element.
 */
final class SpdxGraph {
    static final String CREATION_INFO = "_:creationinfo";
    private static final JsonNodeFactory NODES = JsonText.nodes();

    private final String namespace;
    private final ObjectNode creationInfo = NODES.objectNode();
    private final List<ObjectNode> elements = new ArrayList<>();
    private final Map<String, String> agentIds = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();

    /** A graph whose element ids start with {@code namespace} (an IRI ending in a separator). */
    SpdxGraph(String namespace, String created) {
        this.namespace = namespace;
        creationInfo.put("type", "CreationInfo");
        creationInfo.put("@id", CREATION_INFO);
        creationInfo.put("specVersion", SpdxFormat.SPEC_VERSION);
        creationInfo.put("created", created);
        creationInfo.putArray("createdBy");
    }

    /** A new element of {@code type}, with an id made from {@code idStem} and a running number. */
    ObjectNode element(String type, String idStem) {
        int n = counters.merge(idStem, 1, Integer::sum);
        ObjectNode element = NODES.objectNode();
        element.put("type", type);
        element.put("spdxId", namespace + idStem + (n == 1 ? "" : "-" + n));
        element.put("creationInfo", CREATION_INFO);
        elements.add(element);
        return element;
    }

    /** The id of the agent called {@code name}, made on first use (SPDX's plain Agent: the card does not say person or organisation). */
    String agent(String name) {
        return agentIds.computeIfAbsent(name, n -> {
            ObjectNode agent = element("Agent", "Agent");
            agent.put("name", n);
            return agent.get("spdxId").asText();
        });
    }

    /** Records {@code agentId} as one who made this document. */
    void createdBy(String agentId) {
        ((ArrayNode) creationInfo.get("createdBy")).add(agentId);
    }

    boolean hasCreator() {
        return !creationInfo.get("createdBy").isEmpty();
    }

    /** Says the tool that made the document, as a Tool element in {@code createdUsing}. */
    void createdUsing(String toolName) {
        ObjectNode tool = element("Tool", "Tool");
        tool.put("name", toolName);
        creationInfo.putArray("createdUsing").add(tool.get("spdxId").asText());
    }

    /** A relationship {@code from} → {@code to} of {@code type}. */
    void relate(String from, String type, List<String> to) {
        ObjectNode relationship = element("Relationship", "Relationship");
        relationship.put("from", from);
        relationship.put("relationshipType", type);
        ArrayNode targets = relationship.putArray("to");
        to.forEach(targets::add);
    }

    /** The whole document: context, creation info first, then every element in the order made. */
    ObjectNode document() {
        ObjectNode root = NODES.objectNode();
        root.put("@context", SpdxFormat.CONTEXT);
        ArrayNode graph = root.putArray("@graph");
        graph.add(creationInfo);
        elements.forEach(graph::add);
        return root;
    }

    /** The ids of every element made so far, for the document's {@code element} list. */
    List<String> ids() {
        return elements.stream().map(e -> e.get("spdxId").asText()).toList();
    }
}
