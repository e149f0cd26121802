package org.armswatch.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analyses stored and replaced whole, on a real H2 database. */
class AnalysisStoreTest {
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

    private long article() {
        return db.articles()
                .add(
                        new ArticleStore.NewArticle(
                                "/a.txt",
                                "Harbour Times",
                                "Shells by rail",
                                null,
                                null,
                                Instant.parse("2026-12-02T10:00:00Z"),
                                "text/plain",
                                "en",
                                "a".repeat(64),
                                "b".repeat(64),
                                "Trains carried shells north.",
                                "0f".repeat(16)),
                        List.of());
    }

    @Test
    void aSecondAnalysisReplacesTheFirst() {
        long id = article();
        AnalysisStore store = db.analyses();
        assertThat(store.get(id)).isEmpty();

        store.replace(
                new AnalysisStore.Analysis(id, Instant.parse("2026-12-02T11:00:00Z"), "armswatch 0.1", "{\"v\":1}"));
        store.replace(
                new AnalysisStore.Analysis(id, Instant.parse("2026-12-02T12:00:00Z"), "armswatch 0.2", "{\"v\":2}"));

        AnalysisStore.Analysis a = store.get(id).orElseThrow();
        assertThat(a.annotations()).isEqualTo("{\"v\":2}");
        assertThat(a.engine()).isEqualTo("armswatch 0.2");
        assertThat(a.analyzedAt()).isEqualTo(Instant.parse("2026-12-02T12:00:00Z"));
    }

    @Test
    void anAnalysisOfNoStoredArticleIsRefusedAndTheOldOneKept() {
        long id = article();
        AnalysisStore store = db.analyses();
        store.replace(new AnalysisStore.Analysis(id, Instant.parse("2026-12-02T11:00:00Z"), "e", "{}"));

        assertThatThrownBy(() -> store.replace(
                        new AnalysisStore.Analysis(404, Instant.parse("2026-12-02T11:00:00Z"), "e", "{}")))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.get(id)).isPresent();
        assertThat(store.get(404)).isEmpty();
    }

    @Test
    void allGivesEveryAnalysedArticleByIdAndJudgementsReplaceEachOther() {
        long first = article();
        db.analyses()
                .replace(new AnalysisStore.Analysis(first, Instant.parse("2026-12-02T11:00:00Z"), "e", "{\"v\":1}"));
        assertThat(db.analyses().all())
                .extracting(AnalysisStore.Analysis::article)
                .containsExactly(first);

        LinkStore links = db.links();
        Instant at = Instant.parse("2026-12-02T13:00:00Z");
        links.judge(new LinkStore.Judgement("person:ann-example", "ofac:1", true, "same birth date", at, "analyst"));
        links.judge(new LinkStore.Judgement("person:ann-example", "un:X.1", false, null, at, "analyst"));
        links.judge(new LinkStore.Judgement("person:ann-example", "ofac:1", false, "another Ann", at, "analyst"));
        assertThat(links.all())
                .extracting(j -> j.actor() + " " + j.entry() + " " + j.confirmed() + " " + j.note())
                .containsExactly("person:ann-example ofac:1 false another Ann", "person:ann-example un:X.1 false null");
    }
}
