package org.armswatch.store.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

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
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE article_id = :id")
                .bind("id", article)
                .map(AnalysisStore::analysis)
                .findOne());
    }

    /** Every analysed article's results, by article id. */
    public List<Analysis> all() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY article_id")
                .map(AnalysisStore::analysis)
                .list());
    }

    private static final String SELECT = "SELECT article_id, analyzed_at, engine, annotations FROM article_analysis";

    private static Analysis analysis(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Analysis(
                rs.getLong("article_id"),
                rs.getObject("analyzed_at", OffsetDateTime.class).toInstant(),
                rs.getString("engine"),
                rs.getString("annotations"));
    }
}
