package org.armswatch.store.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.armswatch.lists.Digests;
import org.jdbi.v3.core.Jdbi;

/**
 * The feeds that {@code ingest --feed} follows: the validators of each feed's last fetch and the
 * items already ingested from it. Items are remembered by their identity in the feed, so a second
 * run reads only what is new.
 */
public final class FeedStore {
    private static final String SELECT = "SELECT f.id, f.url, f.title, f.etag, f.last_modified, f.checked_at,"
            + " COUNT(i.item_sha256) AS items FROM feed f LEFT JOIN feed_item i ON i.feed_id = f.id";
    private static final String GROUP = "f.id, f.url, f.title, f.etag, f.last_modified, f.checked_at";

    private final Jdbi jdbi;

    FeedStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * A followed feed.
     *
     * @param id its id
     * @param url its URL
     * @param title its title as last read, or null
     * @param etag the ETag of its last fetch, or null
     * @param lastModified the Last-Modified of its last fetch, or null
     * @param checkedAt when it was last read, or null
     * @param items the number of its items ingested
     */
    public record Feed(
            long id, String url, String title, String etag, String lastModified, Instant checkedAt, int items) {}

    /** The feed at this URL, recorded first when it is new. */
    public Feed follow(String url) {
        return jdbi.inTransaction(h -> {
            if (find(url).isEmpty()) {
                h.createUpdate("INSERT INTO feed (url) VALUES (:url)")
                        .bind("url", url)
                        .execute();
            }
            return find(url).orElseThrow();
        });
    }

    /** The feed at this URL, when it is followed. */
    public Optional<Feed> find(String url) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE f.url = :url GROUP BY " + GROUP)
                .bind("url", url)
                .map((rs, ctx) -> feed(rs))
                .findOne());
    }

    /** Every followed feed, by URL. */
    public List<Feed> list() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " GROUP BY " + GROUP + " ORDER BY f.url")
                .map((rs, ctx) -> feed(rs))
                .list());
    }

    /** Records a read of the feed: its title and the validators for the next, conditional, request. */
    public void checked(long feed, String title, String etag, String lastModified, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE feed SET title = COALESCE(:title, title), etag = :etag,"
                        + " last_modified = :lastModified, checked_at = :at WHERE id = :id")
                .bind("title", title)
                .bind("etag", etag)
                .bind("lastModified", lastModified)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .bind("id", feed)
                .execute());
    }

    /** Whether the item with this identity was ingested from the feed. */
    public boolean seen(long feed, String itemId) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM feed_item WHERE feed_id = :feed AND item_sha256 = :key")
                                .bind("feed", feed)
                                .bind("key", Digests.sha256(itemId))
                                .mapTo(Integer.class)
                                .one()
                        > 0);
    }

    /**
     * Remembers an item as ingested (again is harmless).
     *
     * @param article the stored article it gave
     */
    public void markSeen(long feed, String itemId, String link, long article, Instant at) {
        jdbi.useTransaction(h -> {
            String key = Digests.sha256(itemId);
            int known = h.createQuery("SELECT COUNT(*) FROM feed_item WHERE feed_id = :feed AND item_sha256 = :key")
                    .bind("feed", feed)
                    .bind("key", key)
                    .mapTo(Integer.class)
                    .one();
            if (known == 0) {
                h.createUpdate("INSERT INTO feed_item (feed_id, item_sha256, item_id, link, article_id, seen_at)"
                                + " VALUES (:feed, :key, :id, :link, :article, :at)")
                        .bind("feed", feed)
                        .bind("key", key)
                        .bind("id", itemId)
                        .bind("link", link)
                        .bind("article", article)
                        .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .execute();
            }
        });
    }

    private static Feed feed(ResultSet rs) throws SQLException {
        OffsetDateTime checked = rs.getObject("checked_at", OffsetDateTime.class);
        return new Feed(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("title"),
                rs.getString("etag"),
                rs.getString("last_modified"),
                checked == null ? null : checked.toInstant(),
                rs.getInt("items"));
    }
}
