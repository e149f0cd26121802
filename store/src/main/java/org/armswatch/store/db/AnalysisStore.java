package org.armswatch.store.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What {@code analyze} read out of each article, as the JSON of its annotations. Analysing an
 * article again replaces its results whole, in one transaction.
 */
public final class AnalysisStore {
    private final Jdbi jdbi;

    AnalysisStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * An article's stored results.
     *
     * @param article the article's id
     * @param analyzedAt when it was analysed
     * @param engine the engine and version that analysed it
     * @param annotations the results as JSON
     */
    public record Analysis(long article, Instant analyzedAt, String engine, String annotations) {}

    /** Stores an article's results in place of any earlier ones. */
    public void replace(Analysis a) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM article_analysis WHERE article_id = :id")
                    .bind("id", a.article())
                    .execute();
            h.createUpdate("INSERT INTO article_analysis (article_id, analyzed_at, engine, annotations)"
                            + " VALUES (:id, :at, :engine, :json)")
                    .bind("id", a.article())
                    .bind("at", OffsetDateTime.ofInstant(a.analyzedAt(), ZoneOffset.UTC))
                    .bind("engine", a.engine())
                    .bind("json", a.annotations())
                    .execute();
        });
    }

    /** An article's results, when it was analysed. */
    public Optional<Analysis> get(long article) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT article_id, analyzed_at, engine, annotations FROM article_analysis WHERE article_id = :id")
                .bind("id", article)
                .map((rs, ctx) -> new Analysis(
                        rs.getLong("article_id"),
                        rs.getObject("analyzed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("engine"),
                        rs.getString("annotations")))
                .findOne());
    }
}
