package org.armswatch.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.armswatch.store.db.ArticleStore;
import org.armswatch.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code armswatch articles}: the stored articles, and {@code articles show} one of them. */
@Command(
        name = "articles",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List the stored articles by publication date (undated last).",
        subcommands = {ArticlesShowCommand.class, ArticlesSearchCommand.class},
        footer = {"", ExitCode.HELP})
final class ArticlesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    FormatOption output;

    @Mixin
    ArticleFilterOptions only;

    @Override
    public Integer call() throws Exception {
        List<ArticleStore.Stored> articles;
        try (Database db = GlobalOptions.open(global.settings())) {
            articles = db.articles().list(only.filter());
        }
        if (output.json()) {
            Json.print(
                    spec.commandLine().getOut(),
                    articles.stream().map(ArticlesCommand::summary).toList());
            return ExitCode.OK;
        }
        printTable(spec.commandLine().getOut(), articles);
        return ExitCode.OK;
    }

    /** The articles as a table: id, date, outlet, duplicate group and title. */
    static void printTable(PrintWriter out, List<ArticleStore.Stored> articles) {
        Table table = new Table("ID", "PUBLISHED", "OUTLET", "GROUP", "TITLE");
        for (ArticleStore.Stored a : articles) {
            table.row(
                    a.id(),
                    a.published() == null ? "" : a.published(),
                    a.outlet() == null ? "" : a.outlet(),
                    a.group() == null ? "" : a.group(),
                    a.title());
        }
        table.print(out);
    }

    /** The flat JSON form of an article in a list. */
    static Map<String, Object> summary(ArticleStore.Stored a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("author", a.author());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("outlet", a.outlet());
        m.put("source", a.source());
        m.put("group", a.group());
        return m;
    }
}
