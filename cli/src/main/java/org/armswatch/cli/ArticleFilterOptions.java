package org.armswatch.cli;

import java.time.LocalDate;
import org.armswatch.store.db.ArticleStore;
import picocli.CommandLine.Option;

/** The options that narrow a listing or a search of articles to an outlet and a date range. */
final class ArticleFilterOptions {
    @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet (case-insensitive).")
    String outlet;

    @Option(names = "--since", paramLabel = "DATE", description = "Only articles published on or after DATE.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only articles published on or before DATE.")
    LocalDate until;

    ArticleStore.Filter filter() {
        return new ArticleStore.Filter(outlet, since, until);
    }
}
