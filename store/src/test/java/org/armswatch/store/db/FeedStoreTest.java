package org.armswatch.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Followed feeds and the items read from them, on a real H2 database. */
class FeedStoreTest {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() throws StoreException {
        db = Database.open(StoreConfig.embedded(dir.resolve("home")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long article(String source) {
        return db.articles()
                .add(
                        new ArticleStore.NewArticle(
                                source,
                                "Harbour Times",
                                "Convoy seen at the border",
                                null,
                                null,
                                NOON,
                                "text/html",
                                "en",
                                "b".repeat(64),
                                "c".repeat(64),
                                "Trucks crossed at night.",
                                "0f".repeat(16)),
                        List.of());
    }

    @Test
    void followingAFeedTwiceKeepsOneRecord() {
        FeedStore feeds = db.feeds();
        FeedStore.Feed first = feeds.follow("https://news.example/rss");
        FeedStore.Feed again = feeds.follow("https://news.example/rss");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.checkedAt()).isNull();
        assertThat(feeds.list()).extracting(FeedStore.Feed::url).containsExactly("https://news.example/rss");
    }

    @Test
    void remembersTheItemsIngestedAndTheValidators() {
        FeedStore feeds = db.feeds();
        long feed = feeds.follow("https://news.example/rss").id();
        long article = article("https://news.example/a");

        assertThat(feeds.seen(feed, "urn:item:1")).isFalse();
        feeds.markSeen(feed, "urn:item:1", "https://news.example/a", article, NOON);
        feeds.markSeen(feed, "urn:item:1", "https://news.example/a", article, NOON);
        feeds.checked(feed, "Harbour Times: world", "\"v1\"", "Wed, 02 Dec 2026 11:00:00 GMT", NOON);

        assertThat(feeds.seen(feed, "urn:item:1")).isTrue();
        assertThat(feeds.seen(feed, "urn:item:2")).isFalse();
        FeedStore.Feed f = feeds.find("https://news.example/rss").orElseThrow();
        assertThat(f.items()).isEqualTo(1);
        assertThat(f.title()).isEqualTo("Harbour Times: world");
        assertThat(f.etag()).isEqualTo("\"v1\"");
        assertThat(f.lastModified()).isEqualTo("Wed, 02 Dec 2026 11:00:00 GMT");
        assertThat(f.checkedAt()).isEqualTo(NOON);
    }

    @Test
    void anItemIsSeenOnlyInItsOwnFeed() {
        FeedStore feeds = db.feeds();
        long world = feeds.follow("https://news.example/world.rss").id();
        long asia = feeds.follow("https://news.example/asia.rss").id();
        feeds.markSeen(world, "urn:item:9", null, article("https://news.example/9"), NOON);

        assertThat(feeds.seen(world, "urn:item:9")).isTrue();
        assertThat(feeds.seen(asia, "urn:item:9")).isFalse();
        assertThat(feeds.find("https://news.example/none")).isEmpty();
    }
}
