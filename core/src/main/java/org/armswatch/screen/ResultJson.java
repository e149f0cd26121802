package org.armswatch.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Screening results as JSON, in the one shape the CLI, batch files and the API share. */
public final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultJson() {}

    /**
     * One result: {@code id, caption, schema, source, list_version, score, match, related, explanation}.
     *
     * @param related ids of the same party's entries in other lists
     */
    public static ObjectNode result(ScreeningResult r, List<String> related) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", r.entry().id());
        o.put("caption", r.entry().caption());
        o.put("schema", r.entry().schema());
        o.put("source", r.entry().source());
        o.put("list_version", r.entry().version());
        o.put("score", r.score());
        o.put("match", r.match());
        ArrayNode rel = o.putArray("related");
        related.forEach(rel::add);
        ObjectNode ex = o.putObject("explanation");
        ex.put("matched_name", r.explanation().matchedName());
        ex.put("weak_alias", r.explanation().weakAlias());
        ArrayNode tokens = ex.putArray("tokens");
        for (Explanation.TokenMatch t : r.explanation().tokens()) {
            ObjectNode tm = tokens.addObject();
            tm.put("query", t.query());
            tm.put("listed", t.listed());
            tm.put("similarity", t.similarity());
            tm.put("weight", t.weight());
            tm.put("how", t.how());
        }
        ObjectNode features = ex.putObject("features");
        r.explanation().features().forEach(features::put);
        return o;
    }

    /** A screened name: {@code id, query, results}. */
    public static ObjectNode screened(String id, String query, List<ObjectNode> results) {
        ObjectNode o = MAPPER.createObjectNode();
        if (id == null) {
            o.putNull("id");
        } else {
            o.put("id", id);
        }
        o.put("query", query);
        ArrayNode arr = o.putArray("results");
        results.forEach(arr::add);
        return o;
    }

    /** A row that could not be screened: {@code id, error}. */
    public static ObjectNode error(String id, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("error", message);
        return o;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
