package org.armswatch.store.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.armswatch.lists.DateBasis;
import org.armswatch.lists.Digests;
import org.armswatch.lists.LinkKeys;
import org.armswatch.lists.ListDiff;
import org.armswatch.lists.ListVersion;
import org.armswatch.lists.Quirk;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmJson;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** List versions, their entities, keys and quirks, and which version of each source is active. */
public final class ListStore {
    private static final String VERSION_COLUMNS =
            "v.id, v.source, v.format, v.published_at, v.date_basis, v.record_count,"
                    + " v.entity_count, v.sha256, v.content_hash, v.origin, v.loaded_at, v.quirk_count, v.warnings,"
                    + " (a.version_id IS NOT NULL) AS active";
    private static final String VERSION_FROM = " FROM list_version v LEFT JOIN list_active a ON a.version_id = v.id";
    private static final int BATCH = 2_000;

    private final Jdbi jdbi;

    ListStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** An entry of an active version, with the version it belongs to. */
    public record Found(ListVersion version, Entity entity) {}

    /** Checks a version against the one it would replace, inside the storing transaction. */
    @FunctionalInterface
    public interface Check {
        void against(Optional<ListVersion> active) throws Exception;
    }

    /** The active version of a source. */
    public Optional<ListVersion> active(String source) {
        return jdbi.withHandle(h -> active(h, source));
    }

    /** Every active version, by source name. */
    public List<ListVersion> activeVersions() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS + VERSION_FROM
                        + " WHERE a.version_id IS NOT NULL ORDER BY v.source")
                .map((rs, ctx) -> version(rs))
                .list());
    }

    /** All versions, of one source or of all, oldest first. */
    public List<ListVersion> versions(Optional<String> source) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT " + VERSION_COLUMNS + VERSION_FROM
                    + (source.isPresent() ? " WHERE v.source = :source" : "") + " ORDER BY v.source, v.id");
            source.ifPresent(s -> query.bind("source", s));
            return query.map((rs, ctx) -> version(rs)).list();
        });
    }

    public Optional<ListVersion> version(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS + VERSION_FROM + " WHERE v.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> version(rs))
                .findOne());
    }

    /** A version of the source with these bytes, if one was loaded before. */
    public Optional<ListVersion> bySha256(String source, String sha256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS + VERSION_FROM
                        + " WHERE v.source = :source AND v.sha256 = :sha ORDER BY v.id DESC")
                .bind("source", source)
                .bind("sha", sha256)
                .map((rs, ctx) -> version(rs))
                .findFirst());
    }

    /** The ETag and Last-Modified of a download, as a conditional request sends them back. */
    public record Validators(Optional<String> etag, Optional<String> lastModified) {
        static final Validators NONE = new Validators(Optional.empty(), Optional.empty());
    }

    /** The validators of the download the source's active version came from; none for a version loaded from a file. */
    public Validators downloadValidators(String source) {
        return jdbi.withHandle(h -> h.createQuery("SELECT v.etag, v.last_modified" + VERSION_FROM
                        + " WHERE v.source = :source AND a.version_id IS NOT NULL")
                .bind("source", source)
                .map((rs, ctx) ->
                        new Validators(Optional.ofNullable(rs.getString(1)), Optional.ofNullable(rs.getString(2))))
                .findOne()
                .orElse(Validators.NONE));
    }

    /**
     * Stores a version and makes it the source's active version, in one transaction: either all
     * of it is stored and active, or nothing changes.
     *
     * @param check run inside the transaction against the active version; an exception from it
     *     rolls everything back and is rethrown
     * @return the stored version
     */
    public ListVersion save(NewVersion v, Check check) throws Exception {
        return jdbi.inTransaction(h -> {
            check.against(active(h, v.source()));
            Instant now = Instant.now();
            long id = h.createUpdate("INSERT INTO list_version (source, format, published_at, date_basis, record_count,"
                            + " entity_count, sha256, content_hash, origin, loaded_at, quirk_count, warnings, etag, last_modified)"
                            + " VALUES (:source, :format, :published, :basis, :records, :entities, :sha, :content, :origin,"
                            + " :loaded, :quirks, :warnings, :etag, :lastModified)")
                    .bind("source", v.source())
                    .bind("format", v.data().format())
                    .bind("published", utc(v.publishedAt()))
                    .bind("basis", v.dateBasis().name())
                    .bind("records", v.data().recordCount())
                    .bind("entities", v.data().entities().size())
                    .bind("sha", v.sha256())
                    .bind("content", v.contentHash())
                    .bind("origin", v.origin())
                    .bind("loaded", utc(now))
                    .bind("quirks", v.data().quirks().size())
                    .bind("warnings", String.join("\n", v.warnings()))
                    .bind("etag", v.etag().orElse(null))
                    .bind("lastModified", v.lastModified().orElse(null))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            insertEntities(h, id, v.data().entities());
            insertKeys(h, id, LinkKeys.of(v.data().entities()));
            insertQuirks(h, id, v.data().quirks());
            h.createUpdate("DELETE FROM list_active WHERE source = :source")
                    .bind("source", v.source())
                    .execute();
            h.createUpdate("INSERT INTO list_active (source, version_id, activated_at) VALUES (:source, :id, :at)")
                    .bind("source", v.source())
                    .bind("id", id)
                    .bind("at", utc(now))
                    .execute();
            return version(h, id);
        });
    }

    /** The target entries of a version, for a diff. */
    public Map<String, ListDiff.Row> diffRows(long versionId) {
        return jdbi.withHandle(h -> {
            Map<String, ListDiff.Row> rows = new LinkedHashMap<>();
            h.createQuery("SELECT entity_id, schema_name, caption, content_hash FROM list_entity"
                            + " WHERE version_id = :v AND target = TRUE")
                    .bind("v", versionId)
                    .map((rs, ctx) ->
                            new ListDiff.Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .forEach(r -> rows.put(r.id(), r));
            return rows;
        });
    }

    /** One entity of a version. */
    public Optional<Entity> entity(long versionId, String entityId) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT body FROM list_entity WHERE version_id = :v AND entity_id = :id")
                        .bind("v", versionId)
                        .bind("id", entityId)
                        .mapTo(String.class)
                        .findOne()
                        .map(FtmJson::read));
    }

    /** The entity with this id in every active version that has it. */
    public List<Found> findActive(String entityId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + VERSION_COLUMNS + ", e.body" + VERSION_FROM
                        + " JOIN list_entity e ON e.version_id = v.id WHERE a.version_id IS NOT NULL AND e.entity_id = :id"
                        + " ORDER BY v.source")
                .bind("id", entityId)
                .map((rs, ctx) -> new Found(version(rs), FtmJson.read(rs.getString("body"))))
                .list());
    }

    /** Calls {@code action} with every target entry of every active version, one version after another. */
    public void forEachActiveTarget(Consumer<Found> action) {
        for (ListVersion v : activeVersions()) {
            jdbi.useHandle(h -> h.createQuery("SELECT body FROM list_entity WHERE version_id = :v AND target = TRUE")
                    .bind("v", v.id())
                    .setFetchSize(1000)
                    .mapTo(String.class)
                    .forEach(body -> action.accept(new Found(v, FtmJson.read(body)))));
        }
    }

    /** The records of a version that refer to an entry: its sanctions and relationships. */
    public List<Entity> adjacent(long versionId, String entityId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT e.body FROM list_entity_key k JOIN list_entity e"
                        + " ON e.version_id = k.version_id AND e.entity_id = k.entity_id"
                        + " WHERE k.version_id = :v AND k.kind = 'REF' AND k.entity_key = :id ORDER BY e.entity_id")
                .bind("v", versionId)
                .bind("id", entityId)
                .mapTo(String.class)
                .map(FtmJson::read)
                .list());
    }

    /** The entries of active versions that share a link key with an entry: the same party elsewhere. */
    public List<Found> linked(long versionId, String entityId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT " + VERSION_COLUMNS + ", e.body, e.entity_id"
                        + " FROM list_entity_key k1 JOIN list_entity_key k2 ON k2.entity_key = k1.entity_key AND k2.kind = 'LINK'"
                        + " JOIN list_version v ON v.id = k2.version_id JOIN list_active a ON a.version_id = v.id"
                        + " JOIN list_entity e ON e.version_id = k2.version_id AND e.entity_id = k2.entity_id"
                        + " WHERE k1.version_id = :v AND k1.entity_id = :id AND k1.kind = 'LINK'"
                        + " AND NOT (k2.version_id = :v AND k2.entity_id = :id) ORDER BY v.source, e.entity_id")
                .bind("v", versionId)
                .bind("id", entityId)
                .map((rs, ctx) -> new Found(version(rs), FtmJson.read(rs.getString("body"))))
                .list());
    }

    /** The record-level quirks of a version, in file order. */
    public List<Quirk> quirks(long versionId) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT record_id, code, message FROM list_quirk WHERE version_id = :v ORDER BY seq")
                        .bind("v", versionId)
                        .map((rs, ctx) -> new Quirk(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list());
    }

    private static Optional<ListVersion> active(Handle h, String source) {
        return h.createQuery("SELECT " + VERSION_COLUMNS + VERSION_FROM + " WHERE a.source = :source")
                .bind("source", source)
                .map((rs, ctx) -> version(rs))
                .findOne();
    }

    private static ListVersion version(Handle h, long id) {
        return h.createQuery("SELECT " + VERSION_COLUMNS + VERSION_FROM + " WHERE v.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> version(rs))
                .one();
    }

    private static void insertEntities(Handle h, long versionId, List<Entity> entities) {
        PreparedBatch batch =
                h.prepareBatch("INSERT INTO list_entity (version_id, entity_id, schema_name, caption, target,"
                        + " content_hash, body) VALUES (:v, :id, :schema, :caption, :target, :hash, :body)");
        for (Entity e : entities) {
            String body = FtmJson.write(e);
            batch.bind("v", versionId)
                    .bind("id", e.id())
                    .bind("schema", e.schema())
                    .bind("caption", truncate(e.caption(), 4000))
                    .bind("target", e.target())
                    .bind("hash", Digests.sha256(body))
                    .bind("body", body)
                    .add();
            if (batch.size() >= BATCH) {
                batch.execute();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static void insertKeys(Handle h, long versionId, List<LinkKeys.Key> keys) {
        PreparedBatch batch = h.prepareBatch(
                "INSERT INTO list_entity_key (version_id, entity_id, kind, entity_key) VALUES (:v, :id, :kind, :key)");
        for (LinkKeys.Key k : keys) {
            batch.bind("v", versionId)
                    .bind("id", k.entityId())
                    .bind("kind", k.kind().name())
                    .bind("key", truncate(k.key(), 600))
                    .add();
            if (batch.size() >= BATCH) {
                batch.execute();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static void insertQuirks(Handle h, long versionId, List<Quirk> quirks) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO list_quirk (version_id, seq, record_id, code, message)"
                + " VALUES (:v, :seq, :record, :code, :message)");
        int seq = 0;
        for (Quirk q : quirks) {
            batch.bind("v", versionId)
                    .bind("seq", seq++)
                    .bind("record", truncate(q.recordId(), 512))
                    .bind("code", truncate(q.code(), 64))
                    .bind("message", truncate(q.message(), 4000))
                    .add();
            if (batch.size() >= BATCH) {
                batch.execute();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static ListVersion version(ResultSet rs) throws SQLException {
        String warnings = rs.getString("warnings");
        return new ListVersion(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("format"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                DateBasis.valueOf(rs.getString("date_basis")),
                rs.getInt("record_count"),
                rs.getInt("entity_count"),
                rs.getString("sha256"),
                rs.getString("content_hash"),
                rs.getString("origin"),
                rs.getObject("loaded_at", OffsetDateTime.class).toInstant(),
                rs.getInt("quirk_count"),
                warnings == null || warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split("\n")),
                rs.getBoolean("active"));
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
