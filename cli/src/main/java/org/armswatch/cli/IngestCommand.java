package org.armswatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.armswatch.store.db.ArticleIngester;
import org.armswatch.store.db.ArticleSearch;
import org.armswatch.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armswatch ingest}: reporting from files and folders into the store. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Read news articles (HTML pages, plain text, Markdown) from files and folders into the store:"
                    + " clean text, provenance, duplicates and syndicated copies linked.",
            "Folders are read recursively; files other than .html, .htm, .xhtml, .txt, .md and .markdown in"
                    + " them are passed over. One line per item that failed; the exit code is 3 when any did."
        },
        footer = {"", ExitCode.HELP})
final class IngestCommand implements Callable<Integer> {
    /** Larger files are refused: no news page comes near it. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final List<String> EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".txt", ".md", ".markdown");

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Option(
            names = "--outlet",
            paramLabel = "NAME",
            description = "The outlet to record, instead of what the pages say.")
    String outlet;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "The publication date to record (YYYY-MM-DD), instead of what the pages say.")
    LocalDate published;

    @Override
    public Integer call() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            files.addAll(files(p));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<ArticleIngester.Kind, Integer> counts = new EnumMap<>(ArticleIngester.Kind.class);
        try (Database db = GlobalOptions.open(global.settings());
                ArticleSearch search = ArticleSearch.open(global.settings().searchIndex(), db.articles());
                ProgressBar bar = Terminal.interactive() ? bar(files.size()) : null) {
            ArticleIngester ingester = ArticleIngester.open(db, search, GlobalOptions.clock());
            for (Path f : files) {
                ArticleIngester.Outcome o = ingest(ingester, f);
                counts.merge(o.kind(), 1, Integer::sum);
                if (o.kind() == ArticleIngester.Kind.FAILED) {
                    err.println("failed: " + o.reason());
                }
                if (bar != null) {
                    bar.step();
                }
            }
            search.commit();
        }
        out.printf(
                "ingested %d, duplicates %d, syndicated copies %d, skipped %d (already stored), failed %d%n",
                counts.getOrDefault(ArticleIngester.Kind.INGESTED, 0),
                counts.getOrDefault(ArticleIngester.Kind.DUPLICATE, 0),
                counts.getOrDefault(ArticleIngester.Kind.SYNDICATED, 0),
                counts.getOrDefault(ArticleIngester.Kind.SKIPPED, 0),
                counts.getOrDefault(ArticleIngester.Kind.FAILED, 0));
        return counts.containsKey(ArticleIngester.Kind.FAILED) ? ExitCode.REFUSED : ExitCode.OK;
    }

    private ArticleIngester.Outcome ingest(ArticleIngester ingester, Path f) {
        String source = f.toAbsolutePath().normalize().toString();
        byte[] raw;
        try {
            long size = Files.size(f);
            if (size > MAX_BYTES) {
                return failed(source, "too large (" + size + " bytes; at most " + MAX_BYTES + ")");
            }
            raw = Files.readAllBytes(f);
        } catch (IOException e) {
            return failed(source, "cannot be read: " + e.getMessage());
        }
        return ingester.ingest(new ArticleIngester.Input(raw, null, source, outlet, published));
    }

    private static ArticleIngester.Outcome failed(String source, String why) {
        return new ArticleIngester.Outcome(ArticleIngester.Kind.FAILED, source, 0, 0, source + ": " + why);
    }

    // The files a path names: itself, or the readable files below a folder, in name order.
    private static List<Path> files(Path p) throws IOException {
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        if (!Files.isDirectory(p)) {
            throw new CliException(ExitCode.NOT_FOUND, "no such file or folder: " + p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(IngestCommand::readable)
                    .sorted()
                    .toList();
        }
    }

    private static boolean readable(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static ProgressBar bar(int files) {
        return new ProgressBarBuilder()
                .setTaskName("Ingesting")
                .setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
    }
}
