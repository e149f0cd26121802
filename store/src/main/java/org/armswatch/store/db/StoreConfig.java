package org.armswatch.store.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives.
 *
 * @param jdbcUrl JDBC URL: an H2 file database by default, or {@code jdbc:postgresql://…}
 * @param user database user, may be empty for H2
 * @param password database password, may be empty
 */
public record StoreConfig(String jdbcUrl, String user, String password) {
    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded H2 database under an armswatch home folder. */
    public static StoreConfig embedded(Path home) {
        return new StoreConfig(
                "jdbc:h2:file:" + home.toAbsolutePath().resolve("db").resolve("armswatch"), "", "");
    }

    /** The URL without its password, for messages. */
    @Override
    public String toString() {
        return jdbcUrl;
    }
}
