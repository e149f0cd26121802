package org.armswatch.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles stored whole, linked into groups, listed and read back, on a real H2 database. */
class ArticleStoreTest {
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

    private static ArticleStore.NewArticle article(String source, String outlet, LocalDate published, String text) {
        return new ArticleStore.NewArticle(
                source,
                outlet,
                "Shells for sale",
                "A. Reporter",
                published,
                Instant.parse("2026-12-01T08:00:00Z"),
                "text/html",
                "en",
                "a".repeat(64),
                String.format("%064x", text.hashCode() & 0xffffffffL),
                text,
                "0f".repeat(16));
    }

    @Test
    void storesAnArticleWithItsProvenanceAndText() {
        ArticleStore store = db.articles();
        long id = store.add(
                article("/news/a.html", "Harbour Times", LocalDate.of(2023, 9, 4), "The ship left port."), List.of());
        ArticleStore.Stored s = store.get(id).orElseThrow();
        assertThat(s.source()).isEqualTo("/news/a.html");
        assertThat(s.outlet()).isEqualTo("Harbour Times");
        assertThat(s.published()).isEqualTo(LocalDate.of(2023, 9, 4));
        assertThat(s.fetchedAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(s.group()).isNull();
        assertThat(store.text(id)).contains("The ship left port.");
        assertThat(store.sameSource("/news/a.html", "a".repeat(64)))
                .map(ArticleStore.Stored::id)
                .contains(id);
        assertThat(store.sameText(s.textSha256())).map(ArticleStore.Stored::id).contains(id);
        assertThat(store.signatures())
                .extracting(ArticleStore.Signature::signature)
                .containsExactly("0f".repeat(16));
    }

    @Test
    void aCopyJoinsTheGroupOfItsFirstArticle() {
        ArticleStore store = db.articles();
        long first = store.add(article("/a.html", "A", null, "one"), List.of());
        long second =
                store.add(article("/b.html", "B", null, "one"), List.of(new ArticleStore.Link(first, "duplicate", 1)));
        long third = store.add(
                article("/c.html", "C", null, "one, trimmed"),
                List.of(new ArticleStore.Link(second, "syndicated", 0.8)));
        assertThat(store.get(first).orElseThrow().group()).isEqualTo(first);
        assertThat(store.get(second).orElseThrow().group()).isEqualTo(first);
        ArticleStore.Stored c = store.get(third).orElseThrow();
        assertThat(c.group()).isEqualTo(first);
        assertThat(c.relation()).isEqualTo("syndicated");
        assertThat(c.similarity()).isEqualTo(0.8);
    }

    @Test
    void aStoryThatCopiesTwoGroupsMergesThemIntoTheOlder() {
        ArticleStore store = db.articles();
        long a = store.add(article("/a.html", "A", null, "lead and body"), List.of());
        long b = store.add(
                article("/b.html", "B", null, "lead, body"), List.of(new ArticleStore.Link(a, "syndicated", 0.5)));
        long c = store.add(article("/c.html", "C", null, "body and tail"), List.of());
        long d = store.add(
                article("/d.html", "D", null, "body, tail"), List.of(new ArticleStore.Link(c, "syndicated", 0.6)));
        long e = store.add(
                article("/e.html", "E", null, "lead, body and tail"),
                List.of(new ArticleStore.Link(d, "syndicated", 0.7), new ArticleStore.Link(b, "syndicated", 0.4)));
        long other = store.add(article("/f.html", "F", null, "another story"), List.of());

        for (long id : List.of(a, b, c, d, e)) {
            assertThat(store.get(id).orElseThrow().group()).as("article %d", id).isEqualTo(a);
        }
        assertThat(store.get(e).orElseThrow().similarity()).isEqualTo(0.7);
        assertThat(store.get(other).orElseThrow().group()).isNull();
    }

    @Test
    void aLinkToNoArticleStoresNothing() {
        ArticleStore store = db.articles();
        assertThatThrownBy(() -> store.add(
                        article("/x.html", "X", null, "text"), List.of(new ArticleStore.Link(404, "syndicated", 0.9))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("404");
        assertThat(store.list(new ArticleStore.Filter(null, null, null))).isEmpty();
    }

    @Test
    void listsByOutletAndPublicationDate() {
        ArticleStore store = db.articles();
        store.add(article("/1", "Harbour Times", LocalDate.of(2023, 9, 1), "a"), List.of());
        store.add(article("/2", "Valley Post", LocalDate.of(2023, 9, 10), "b"), List.of());
        store.add(article("/3", "harbour times", LocalDate.of(2023, 10, 2), "c"), List.of());
        store.add(article("/4", "Harbour Times", null, "d"), List.of());
        assertThat(store.list(new ArticleStore.Filter(null, null, null)))
                .extracting(ArticleStore.Stored::source)
                .containsExactly("/1", "/2", "/3", "/4");
        assertThat(store.list(new ArticleStore.Filter("HARBOUR TIMES", null, null)))
                .extracting(ArticleStore.Stored::source)
                .containsExactly("/1", "/3", "/4");
        assertThat(store.list(new ArticleStore.Filter(null, LocalDate.of(2023, 9, 5), LocalDate.of(2023, 9, 30))))
                .extracting(ArticleStore.Stored::source)
                .containsExactly("/2");
    }
}
