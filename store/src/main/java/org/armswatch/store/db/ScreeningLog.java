package org.armswatch.store.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.armswatch.lists.Digests;
import org.armswatch.lists.ListVersion;
import org.jdbi.v3.core.Jdbi;

/**
 * The audit trail of screening: every run (one name, or one batch file) with its query, its
 * results, the list versions and their SHA-256, the threshold, the engine version and the caller.
 * Each record carries the SHA-256 of its canonical content, so that a hash chain over the records
 * can be added later without changing what is stored.
 */
public final class ScreeningLog {
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private final Jdbi jdbi;

    ScreeningLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * One screening run.
     *
     * @param at when it ran
     * @param caller who ran it
     * @param engineVersion the armswatch version
     * @param threshold the threshold in force
     * @param versions the list versions screened against
     * @param query what was screened
     * @param results what was found
     */
    public record Run(
            Instant at,
            String caller,
            String engineVersion,
            double threshold,
            List<ListVersion> versions,
            JsonNode query,
            JsonNode results) {
        public Run {
            versions = List.copyOf(versions);
        }
    }

    /** Stores a run and returns its record id. */
    public long record(Run run) {
        ArrayNode versions = CANONICAL.createArrayNode();
        for (ListVersion v : run.versions()) {
            ObjectNode o = versions.addObject();
            o.put("source", v.source());
            o.put("version", v.id());
            o.put("sha256", v.sha256());
            o.put("published", v.publishedAt().toString());
        }
        ObjectNode content = CANONICAL.createObjectNode();
        content.put("at", run.at().toString());
        content.put("caller", run.caller());
        content.put("engine_version", run.engineVersion());
        content.put("threshold", run.threshold());
        content.set("list_versions", versions);
        content.set("query", run.query());
        content.set("results", run.results());
        String hash = Digests.sha256(canonical(content));
        return jdbi.withHandle(
                h -> h.createUpdate("INSERT INTO screening_run (run_at, caller, engine_version, threshold,"
                                + " list_versions, query, results, record_hash) VALUES (:at, :caller, :engine, :threshold, :versions,"
                                + " :query, :results, :hash)")
                        .bind("at", run.at().atOffset(ZoneOffset.UTC))
                        .bind("caller", run.caller())
                        .bind("engine", run.engineVersion())
                        .bind("threshold", run.threshold())
                        .bind("versions", canonical(versions))
                        .bind("query", canonical(run.query()))
                        .bind("results", canonical(run.results()))
                        .bind("hash", hash)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one());
    }

    /** How many runs are recorded. */
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM screening_run")
                .mapTo(Long.class)
                .one());
    }

    static String canonical(JsonNode node) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a screening record: " + e.getOriginalMessage(), e);
        }
    }
}
