package org.armswatch.store.db;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The stored articles: their provenance, clean text, near-duplicate signature and group. An
 * article is stored whole or not at all, and linking it into a group happens in the same
 * transaction.
 */
public final class ArticleStore {
    private static final String COLUMNS = "id, source, outlet, title, author, published, fetched_at, content_type,"
            + " language, raw_sha256, text_sha256, group_id, relation, similarity";

    private final Jdbi jdbi;

    ArticleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * An article to store.
     *
     * @param source the file path or URL it was read from
     * @param outlet the publication, or null when unknown
     * @param title its headline
     * @param author its byline, or null
     * @param published its publication date, or null
     * @param fetchedAt when it was read
     * @param contentType the media type it was read as ({@code text/html}, {@code text/plain} …)
     * @param language ISO 639-1 code, or {@code und}
     * @param rawSha256 SHA-256 of the bytes read
     * @param textSha256 SHA-256 of the normalised text
     * @param text the clean text
     * @param signature its near-duplicate signature, hexadecimal
     */
    public record NewArticle(
            String source,
            String outlet,
            String title,
            String author,
            LocalDate published,
            Instant fetchedAt,
            String contentType,
            String language,
            String rawSha256,
            String textSha256,
            String text,
            String signature) {}

    /**
     * How a new article joins an existing one.
     *
     * @param article the stored article it copies
     * @param relation {@code duplicate} (the same normalised text) or {@code syndicated}
     * @param similarity the estimated similarity of the two
     */
    public record Link(long article, String relation, double similarity) {}

    /** A stored article without its text. */
    public record Stored(
            long id,
            String source,
            String outlet,
            String title,
            String author,
            LocalDate published,
            Instant fetchedAt,
            String contentType,
            String language,
            String rawSha256,
            String textSha256,
            Long group,
            String relation,
            Double similarity) {}

    /** A stored article's signature, for rebuilding the near-duplicate index. */
    public record Signature(long id, String signature) {}

    /**
     * Which articles to list; null fields do not filter.
     *
     * @param outlet only this outlet (case-insensitive)
     * @param since published on or after
     * @param until published on or before
     */
    public record Filter(String outlet, LocalDate since, LocalDate until) {}

    /**
     * Stores an article, linked into the group of the articles it copies: {@code links}, strongest
     * first, name them (the first gives the new article's relation and similarity). When they
     * belong to different groups the groups are merged, since one story joins them; a group keeps
     * the id of its first article. One transaction.
     *
     * @return the new article's id
     * @throws IllegalArgumentException if a linked article is not stored
     */
    public long add(NewArticle a, List<Link> links) {
        return jdbi.inTransaction(h -> {
            Long group = null;
            Set<Long> groups = new TreeSet<>();
            for (Link link : links) {
                groups.add(h.createQuery("SELECT COALESCE(group_id, id) FROM article WHERE id = :id")
                        .bind("id", link.article())
                        .mapTo(Long.class)
                        .findOne()
                        .orElseThrow(() -> new IllegalArgumentException("no stored article " + link.article())));
            }
            if (!groups.isEmpty()) {
                group = groups.iterator().next();
                h.createUpdate("UPDATE article SET group_id = :group WHERE id IN (<groups>) OR group_id IN (<groups>)")
                        .bind("group", group)
                        .bindList("groups", List.copyOf(groups))
                        .execute();
            }
            Optional<Link> link = links.stream().findFirst();
            return h.createUpdate("INSERT INTO article (source, outlet, title, author, published, fetched_at,"
                            + " content_type, language, raw_sha256, text_sha256, text, signature, group_id,"
                            + " relation, similarity) VALUES (:source, :outlet, :title, :author, :published,"
                            + " :fetchedAt, :contentType, :language, :raw, :textHash, :text, :signature, :group,"
                            + " :relation, :similarity)")
                    .bind("source", a.source())
                    .bind("outlet", a.outlet())
                    .bind("title", a.title())
                    .bind("author", a.author())
                    .bind("published", a.published())
                    .bind("fetchedAt", OffsetDateTime.ofInstant(a.fetchedAt(), ZoneOffset.UTC))
                    .bind("contentType", a.contentType())
                    .bind("language", a.language())
                    .bind("raw", a.rawSha256())
                    .bind("textHash", a.textSha256())
                    .bind("text", a.text())
                    .bind("signature", a.signature())
                    .bind("group", group)
                    .bind("relation", link.map(Link::relation).orElse(null))
                    .bind("similarity", link.map(Link::similarity).orElse(null))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
        });
    }

    /** The article already stored from this source with these bytes, if any. */
    public Optional<Stored> sameSource(String source, String rawSha256) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM article WHERE source = :source AND raw_sha256 = :raw ORDER BY id")
                .bind("source", source)
                .bind("raw", rawSha256)
                .map((rs, ctx) -> row(rs))
                .findFirst());
    }

    /** The first stored article with this normalised-text hash, if any. */
    public Optional<Stored> sameText(String textSha256) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT " + COLUMNS + " FROM article WHERE text_sha256 = :hash ORDER BY id")
                        .bind("hash", textSha256)
                        .map((rs, ctx) -> row(rs))
                        .findFirst());
    }

    /** One article, without its text. */
    public Optional<Stored> get(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM article WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne());
    }

    /** An article's clean text. */
    public Optional<String> text(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT text FROM article WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne());
    }

    /** The articles the filter lets through, by publication date (undated last), then id. */
    public List<Stored> list(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM article WHERE 1 = 1");
        if (f.outlet() != null) {
            sql.append(" AND LOWER(outlet) = LOWER(:outlet)");
        }
        if (f.since() != null) {
            sql.append(" AND published >= :since");
        }
        if (f.until() != null) {
            sql.append(" AND published <= :until");
        }
        sql.append(" ORDER BY CASE WHEN published IS NULL THEN 1 ELSE 0 END, published, id");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString());
            if (f.outlet() != null) {
                q.bind("outlet", f.outlet());
            }
            if (f.since() != null) {
                q.bind("since", f.since());
            }
            if (f.until() != null) {
                q.bind("until", f.until());
            }
            return q.map((rs, ctx) -> row(rs)).list();
        });
    }

    /** The stored articles whose id is greater than this one, by id. */
    public List<Stored> after(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM article WHERE id > :id ORDER BY id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .list());
    }

    /** Every stored article's signature, by id. */
    public List<Signature> signatures() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, signature FROM article ORDER BY id")
                .map((rs, ctx) -> new Signature(rs.getLong("id"), rs.getString("signature")))
                .list());
    }

    private static Stored row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long group = rs.getLong("group_id");
        boolean noGroup = rs.wasNull();
        double similarity = rs.getDouble("similarity");
        boolean noSimilarity = rs.wasNull();
        java.sql.Date published = rs.getDate("published");
        return new Stored(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("outlet"),
                rs.getString("title"),
                rs.getString("author"),
                published == null ? null : published.toLocalDate(),
                rs.getObject("fetched_at", OffsetDateTime.class).toInstant(),
                rs.getString("content_type"),
                rs.getString("language"),
                rs.getString("raw_sha256"),
                rs.getString("text_sha256"),
                noGroup ? null : group,
                rs.getString("relation"),
                noSimilarity ? null : similarity);
    }
}
