package org.armswatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.armswatch.store.db.ArticleSearch;
import org.armswatch.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armswatch articles search QUERY}: full-text search of the stored articles. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Search the stored articles' titles and texts (words, \"quoted phrases\", AND, OR, NOT),"
                + " best first, each with the passage that matched.",
        footer = {"", ExitCode.HELP})
final class ArticlesSearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    FormatOption output;

    @Parameters(paramLabel = "QUERY", description = "What to look for.")
    String query;

    @Mixin
    ArticleFilterOptions only;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits (default: 20).")
    int limit;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new CliException(ExitCode.USAGE, "--limit must be at least 1, got " + limit);
        }
        List<Map<String, Object>> hits = new ArrayList<>();
        try (Database db = GlobalOptions.open(global.settings());
                ArticleSearch search = ArticleSearch.open(global.settings().searchIndex(), db.articles())) {
            List<ArticleSearch.Hit> found;
            try {
                found = search.search(query, only.filter(), limit);
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCode.USAGE, e.getMessage());
            }
            for (ArticleSearch.Hit h : found) {
                Map<String, Object> m =
                        ArticlesCommand.summary(db.articles().get(h.id()).orElseThrow());
                m.put("score", Math.round(h.score() * 1000) / 1000.0);
                m.put("snippet", h.snippet());
                hits.add(m);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            Json.print(out, hits);
            return ExitCode.OK;
        }
        for (Map<String, Object> h : hits) {
            out.printf(
                    "%s  %s  %s  %s%n",
                    h.get("id"),
                    h.get("published") == null ? "" : h.get("published"),
                    h.get("outlet") == null ? "" : h.get("outlet"),
                    h.get("title"));
            out.println("    "
                    + h.get("snippet")
                            .toString()
                            .replaceAll("\\s+", " ")
                            .replace("<b>", "«")
                            .replace("</b>", "»"));
        }
        if (hits.isEmpty()) {
            out.println("no article matches");
        }
        return ExitCode.OK;
    }
}
