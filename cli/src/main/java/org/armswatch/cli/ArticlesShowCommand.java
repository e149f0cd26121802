package org.armswatch.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.armswatch.store.db.ArticleStore;
import org.armswatch.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armswatch articles show ID}: one article whole, with its provenance. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print one stored article: its fields, its provenance and its clean text.",
        footer = {"", ExitCode.HELP})
final class ArticlesShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    FormatOption output;

    @Parameters(paramLabel = "ID", description = "The article's id, as `articles` lists it.")
    long id;

    @Override
    public Integer call() throws Exception {
        ArticleStore.Stored a;
        String text;
        try (Database db = GlobalOptions.open(global.settings())) {
            a = db.articles()
                    .get(id)
                    .orElseThrow(() -> new CliException(ExitCode.NOT_FOUND, "no article " + id + " is stored"));
            text = db.articles().text(id).orElseThrow();
        }
        Map<String, Object> m = ArticlesCommand.summary(a);
        m.put("fetched_at", a.fetchedAt().toString());
        m.put("content_type", a.contentType());
        m.put("language", a.language());
        m.put("raw_sha256", a.rawSha256());
        m.put("text_sha256", a.textSha256());
        m.put("relation", a.relation());
        m.put("similarity", a.similarity());
        m.put("text", text);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            Json.print(out, m);
            return ExitCode.OK;
        }
        m.forEach((k, v) -> {
            if (!k.equals("text")) {
                out.printf("%-13s %s%n", k + ":", v == null ? "" : v);
            }
        });
        out.println();
        out.println(text);
        return ExitCode.OK;
    }
}
