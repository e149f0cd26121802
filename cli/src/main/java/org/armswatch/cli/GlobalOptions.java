package org.armswatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.StoreException;
import picocli.CommandLine.Option;

/** The options every command that touches the store takes. */
final class GlobalOptions {
    @Option(
            names = "--home",
            paramLabel = "DIR",
            description = "armswatch's home folder (default: $ARMSWATCH_HOME, else ~/.local/share/armswatch).")
    Path home;

    @Option(
            names = "--db",
            paramLabel = "JDBC-URL",
            description = "Store to use instead of the embedded H2 database in the home folder.")
    String db;

    /** The settings these options and the environment give. */
    Settings settings() {
        return Settings.resolve(Optional.ofNullable(home), Optional.ofNullable(db), System.getenv());
    }

    /** Opens the store, creating the home folder when needed. */
    static Database open(Settings settings) throws StoreException {
        try {
            Files.createDirectories(settings.home());
        } catch (IOException e) {
            throw new CliException(
                    ExitCode.STORE, "cannot create the home folder " + settings.home() + ": " + e.getMessage());
        }
        return Database.open(settings.store());
    }

    static Clock clock() {
        return Clock.systemUTC();
    }
}
