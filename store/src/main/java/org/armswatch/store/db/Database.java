package org.armswatch.store.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

/**
 * An open store: the schema brought up to date by Flyway, and JDBI over it. Close it to release
 * the database file.
 */
public final class Database implements AutoCloseable {
    private final Jdbi jdbi;
    private final Connection keepAlive;
    private final JdbcConnectionPool pool;

    private Database(Jdbi jdbi, Connection keepAlive, JdbcConnectionPool pool) {
        this.jdbi = jdbi;
        this.keepAlive = keepAlive;
        this.pool = pool;
    }

    /**
     * Opens the store and migrates its schema.
     *
     * @throws StoreException when the database cannot be opened (in use by another process, no
     *     permission, wrong credentials) or migrated
     */
    public static Database open(StoreConfig config) throws StoreException {
        Connection keepAlive;
        try {
            keepAlive = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + config + ": " + firstLine(e.getMessage()), e);
        }
        try {
            Flyway.configure()
                    .dataSource(config.jdbcUrl(), config.user(), config.password())
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            closeQuietly(keepAlive);
            throw new StoreException("cannot migrate the store " + config + ": " + firstLine(e.getMessage()), e);
        }
        // Connections to H2 are pooled: each store call takes one, and opening a session (and
        // parsing its statements afresh) would otherwise cost more than most calls themselves.
        if (config.jdbcUrl().startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(config.jdbcUrl(), config.user(), config.password());
            return new Database(Jdbi.create(pool), keepAlive, pool);
        }
        return new Database(Jdbi.create(config.jdbcUrl(), config.user(), config.password()), keepAlive, null);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public ListStore lists() {
        return new ListStore(jdbi);
    }

    public ArticleStore articles() {
        return new ArticleStore(jdbi);
    }

    public AnalysisStore analyses() {
        return new AnalysisStore(jdbi);
    }

    public LinkStore links() {
        return new LinkStore(jdbi);
    }

    public FeedStore feeds() {
        return new FeedStore(jdbi);
    }

    public ScreeningLog screeningLog() {
        return new ScreeningLog(jdbi);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.dispose();
        }
        closeQuietly(keepAlive);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing the keep-alive connection of a store being shut down: nothing left to do.
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
