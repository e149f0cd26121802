package org.armswatch.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Entities as FollowTheMoney JSON objects ({@code id, caption, schema, properties, referents,
 * datasets, target}), the form armswatch stores and exports. Writing is deterministic: the same
 * entity always gives the same text.
 */
public final class FtmJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FtmJson() {}

    public static ObjectNode toNode(Entity e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", e.id());
        node.put("caption", e.caption());
        node.put("schema", e.schema());
        ObjectNode props = node.putObject("properties");
        e.properties().forEach((k, values) -> {
            ArrayNode arr = props.putArray(k);
            values.forEach(arr::add);
        });
        ArrayNode refs = node.putArray("referents");
        e.referents().forEach(refs::add);
        ArrayNode ds = node.putArray("datasets");
        e.datasets().forEach(ds::add);
        node.put("target", e.target());
        return node;
    }

    public static String write(Entity e) {
        try {
            return MAPPER.writeValueAsString(toNode(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise entity " + e.id(), ex);
        }
    }

    /** Reads an entity this class wrote; fails on anything else. */
    public static Entity read(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            for (String field : List.of("id", "schema", "caption")) {
                if (!node.path(field).isTextual()) {
                    throw new IllegalArgumentException("not an armswatch entity: no text field " + field);
                }
            }
            if (!node.path("properties").isObject()) {
                throw new IllegalArgumentException("not an armswatch entity: no properties object");
            }
            SortedMap<String, List<String>> props = new TreeMap<>();
            for (Map.Entry<String, JsonNode> p : node.get("properties").properties()) {
                if (!p.getValue().isArray()) {
                    throw new IllegalArgumentException(
                            "not an armswatch entity: property " + p.getKey() + " is not an array");
                }
                List<String> values = new ArrayList<>();
                p.getValue().forEach(v -> values.add(v.asText()));
                props.put(p.getKey(), values);
            }
            return new Entity(
                    node.get("id").asText(),
                    node.get("schema").asText(),
                    node.get("caption").asText(),
                    props,
                    node.path("target").asBoolean(false),
                    strings(node.path("referents")),
                    strings(node.path("datasets")));
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not an armswatch entity: " + ex.getOriginalMessage(), ex);
        }
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(v -> out.add(v.asText()));
        return out;
    }
}
