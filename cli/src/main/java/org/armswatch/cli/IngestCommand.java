package org.armswatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.armswatch.news.PageFetcher;
import org.armswatch.store.db.ArticleIngester;
import org.armswatch.store.db.ArticleSearch;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.WebIngester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armswatch ingest}: reporting from files, folders, web pages and feeds into the store. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Read news articles (HTML pages, plain text, Markdown) from files, folders and web pages, and the new items of"
                    + " RSS and Atom feeds, into the store: clean text, provenance, duplicates and syndicated copies"
                    + " linked.",
            "Folders are read recursively; files other than .html, .htm, .xhtml, .txt, .md and .markdown in them are"
                    + " passed over. Pages are fetched only from public addresses unless fetch.allow-addresses in"
                    + " armswatch.properties allows others. A feed's items are remembered: the next run reads only new"
                    + " ones. One line per item that failed; the exit code is 3 when any did."
        },
        footer = {"", ExitCode.HELP})
final class IngestCommand implements Callable<Integer> {
    /** Larger files and pages are refused: no news page comes near it. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final List<String> EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".txt", ".md", ".markdown");

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Parameters(arity = "0..*", paramLabel = "PATH|URL", description = "Files, folders or web pages (http, https).")
    List<String> sources = List.of();

    @Option(
            names = "--feed",
            paramLabel = "URL",
            description = "An RSS or Atom feed whose new items to read (repeatable).")
    List<String> feeds = List.of();

    @Option(names = "--watch", description = "Keep reading the feeds every --every until interrupted (Ctrl-C).")
    boolean watch;

    @Option(
            names = "--every",
            paramLabel = "DURATION",
            defaultValue = "15m",
            description =
                    "With --watch, the pause between reads of the feeds, as 15m, 2h or 90s (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            description = "With --watch, stop after N reads of the feeds in all (default: until interrupted).")
    Integer rounds;

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
        if (sources.isEmpty() && feeds.isEmpty()) {
            throw new CliException(ExitCode.USAGE, "nothing to ingest: give files, folders, URLs or --feed URL");
        }
        if (watch && feeds.isEmpty()) {
            throw new CliException(ExitCode.USAGE, "--watch needs at least one --feed");
        }
        if (rounds != null && (!watch || rounds < 1)) {
            throw new CliException(ExitCode.USAGE, "--rounds needs --watch and a number of at least 1");
        }
        Duration pause = pause();
        List<URI> feedUrls = new ArrayList<>();
        for (String f : feeds) {
            feedUrls.add(url(f).orElseThrow(
                            () -> new CliException(ExitCode.USAGE, "--feed " + f + ": not an http or https URL")));
        }
        List<Path> files = new ArrayList<>();
        List<URI> pages = new ArrayList<>();
        for (String s : sources) {
            Optional<URI> u = url(s);
            if (u.isPresent()) {
                pages.add(u.get());
            } else {
                files.addAll(files(Path.of(s)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Settings settings = global.settings();
        try (Database db = GlobalOptions.open(settings);
                ArticleSearch search = ArticleSearch.open(settings.searchIndex(), db.articles());
                PageFetcher fetcher = new PageFetcher(settings.fetch())) {
            ArticleIngester ingester = ArticleIngester.open(db, search, GlobalOptions.clock());
            WebIngester web = new WebIngester(ingester, db.feeds(), fetcher, GlobalOptions.clock());
            ArticleIngester.Overrides overrides = new ArticleIngester.Overrides(outlet, published);
            Tally tally = new Tally(err);
            try (ProgressBar bar = Terminal.interactive() && files.size() + pages.size() > 0
                    ? bar(files.size() + pages.size())
                    : null) {
                Consumer<ArticleIngester.Outcome> step = o -> {
                    tally.add(o);
                    if (bar != null) {
                        bar.step();
                    }
                };
                ingestFiles(ingester, files, overrides, step);
                for (URI page : pages) {
                    step.accept(web.page(page, overrides));
                }
            }
            readFeeds(web, feedUrls, overrides, tally, out);
            search.commit();
            tally.print(out, "");
            boolean failed = tally.failed();
            if (watch) {
                int more = rounds == null ? Integer.MAX_VALUE : rounds - 1;
                failed |= watch(web, feedUrls, overrides, pause, more, search, out, err);
            }
            return failed ? ExitCode.REFUSED : ExitCode.OK;
        }
    }

    // Reads the feeds again after each pause, `more` times or until the thread is interrupted;
    // whether any round had a failure. Each round's articles are committed to the search index.
    private static boolean watch(
            WebIngester web,
            List<URI> feedUrls,
            ArticleIngester.Overrides overrides,
            Duration pause,
            int more,
            ArticleSearch search,
            PrintWriter out,
            PrintWriter err)
            throws IOException {
        boolean failed = false;
        try {
            for (int done = 0; done < more; done++) {
                out.println("next read of the feeds in "
                        + pause.toString().substring(2).toLowerCase(Locale.ROOT));
                out.flush();
                Thread.sleep(pause.toMillis());
                Tally round = new Tally(err);
                readFeeds(web, feedUrls, overrides, round, out);
                search.commit();
                round.print(out, LocalTime.now(GlobalOptions.clock()).truncatedTo(ChronoUnit.SECONDS) + " ");
                failed |= round.failed();
            }
            return failed;
        } catch (InterruptedException e) {
            // Interrupted while waiting: what was read so far is stored and committed.
            out.println("stopped watching");
            return failed;
        }
    }

    private Duration pause() {
        Duration d =
                Settings.duration(every.matches("\\d+s") ? "PT" + every.toUpperCase(Locale.ROOT) : every, "--every");
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new CliException(ExitCode.USAGE, "--every " + every + ": at least one second");
        }
        return d;
    }

    private static void readFeeds(
            WebIngester web, List<URI> feedUrls, ArticleIngester.Overrides overrides, Tally tally, PrintWriter out)
            throws InterruptedException {
        for (URI f : feedUrls) {
            WebIngester.FeedRead read = web.feed(f, overrides, tally::add);
            if (read.failure() != null) {
                tally.feedFailed(read.failure());
            } else if (read.notModified()) {
                out.println("feed " + f + ": not modified since the last read");
            } else {
                out.println("feed " + f + ": " + read.fresh() + " new of " + read.items() + " items");
            }
        }
    }

    /**
     * Ingests files in the order given, reading and preparing several at once on all cores while
     * storing them one by one; each outcome goes to {@code each} in that order. A file that cannot
     * be read, or is too large, fails alone.
     */
    static void ingestFiles(
            ArticleIngester ingester,
            List<Path> files,
            ArticleIngester.Overrides overrides,
            Consumer<ArticleIngester.Outcome> each)
            throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // A window of files being prepared ahead of the one being stored, so that extraction
            // and fingerprinting (most of the work) run in parallel while the store sees one
            // article at a time, in order.
            Deque<Future<ArticleIngester.Prepared>> window = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !window.isEmpty()) {
                while (next.hasNext() && window.size() < 2 * threads) {
                    Path f = next.next();
                    window.add(pool.submit(() -> prepareFile(f, overrides)));
                }
                each.accept(ingester.store(result(window.poll())));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ArticleIngester.Prepared result(Future<ArticleIngester.Prepared> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ArticleIngester.Prepared prepareFile(Path f, ArticleIngester.Overrides overrides) {
        String source = f.toAbsolutePath().normalize().toString();
        byte[] raw;
        try {
            long size = Files.size(f);
            if (size > MAX_BYTES) {
                return ArticleIngester.Prepared.failed(
                        source, source + ": too large (" + size + " bytes; at most " + MAX_BYTES + ")");
            }
            raw = Files.readAllBytes(f);
        } catch (IOException e) {
            return ArticleIngester.Prepared.failed(source, source + ": cannot be read: " + e.getMessage());
        }
        return ArticleIngester.prepare(new ArticleIngester.Input(raw, null, source, overrides, null));
    }

    // A source that names a scheme is a URL (only http and https are fetched); anything else a path.
    private static Optional<URI> url(String source) {
        if (!source.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            return Optional.empty();
        }
        try {
            URI u = new URI(source);
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                throw new CliException(ExitCode.USAGE, source + ": only http and https URLs can be read");
            }
            return Optional.of(u);
        } catch (URISyntaxException e) {
            throw new CliException(ExitCode.USAGE, source + ": not a valid URL (" + e.getReason() + ")");
        }
    }

    // The files a path names: itself, or the readable files below a folder, in name order.
    static List<Path> files(Path p) throws IOException {
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

    private static ProgressBar bar(int items) {
        return new ProgressBarBuilder()
                .setTaskName("Ingesting")
                .setInitialMax(items)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
    }

    /** The outcomes of a run: counted, and a line on stderr for each failure. */
    private static final class Tally {
        private final Map<ArticleIngester.Kind, Integer> counts = new EnumMap<>(ArticleIngester.Kind.class);
        private final PrintWriter err;

        Tally(PrintWriter err) {
            this.err = err;
        }

        void add(ArticleIngester.Outcome o) {
            counts.merge(o.kind(), 1, Integer::sum);
            if (o.kind() == ArticleIngester.Kind.FAILED) {
                err.println("failed: " + o.reason());
            }
        }

        void feedFailed(String reason) {
            counts.merge(ArticleIngester.Kind.FAILED, 1, Integer::sum);
            err.println("failed: " + reason);
        }

        boolean failed() {
            return counts.containsKey(ArticleIngester.Kind.FAILED);
        }

        void print(PrintWriter out, String prefix) {
            out.printf(
                    "%singested %d, duplicates %d, syndicated copies %d, skipped %d (already stored), failed %d%n",
                    prefix,
                    count(ArticleIngester.Kind.INGESTED),
                    count(ArticleIngester.Kind.DUPLICATE),
                    count(ArticleIngester.Kind.SYNDICATED),
                    count(ArticleIngester.Kind.SKIPPED),
                    count(ArticleIngester.Kind.FAILED));
        }

        private int count(ArticleIngester.Kind kind) {
            return counts.getOrDefault(kind, 0);
        }
    }
}
