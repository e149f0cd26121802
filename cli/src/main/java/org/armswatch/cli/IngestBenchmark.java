package org.armswatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.armswatch.news.Fingerprints;
import org.armswatch.news.NearDuplicates;
import org.armswatch.news.NewsPages;
import org.armswatch.news.SyntheticNews;
import org.armswatch.news.Variants;
import org.armswatch.screen.bench.Latencies;
import org.armswatch.store.db.ArticleIngester;
import org.armswatch.store.db.ArticleSearch;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.StoreConfig;

/**
 * {@code armswatch bench ingest}: times ingesting local HTML pages (read, extract, fingerprint,
 * check for copies, store, index for search) into a fresh embedded store, and times the
 * near-duplicate look-up as the number of stored articles grows, against a scan of every stored
 * signature.
 *
 * <p>The pages are synthetic articles ({@link SyntheticNews}, from the words of the seed reports)
 * laid out in the news-site templates of {@link NewsPages}; every fifth is an edited copy of the
 * one before it.
 */
final class IngestBenchmark {
    static final long CORPUS_SEED = 2023;
    static final long QUERY_SEED = 77;
    private static final List<String> OUTLETS =
            List.of("Harbour Times", "Valley Post", "Northern Ledger", "Capital Wire", "Coastal Herald");

    /**
     * What to run.
     *
     * @param seeds folder of sample reports (text files) whose words the articles use
     * @param articles pages ingested per run
     * @param runs timed runs, each into a fresh store
     * @param stored store sizes at which the look-up is timed, ascending
     * @param lookups look-ups timed at each size
     * @param scans look-ups the full scan runs at each size
     */
    record Settings(Path seeds, int articles, int runs, List<Integer> stored, int lookups, int scans) {}

    /**
     * The throughput of ingestion.
     *
     * @param articles pages per run
     * @param bytes their total size
     * @param seconds each run's time
     * @param outcomes what became of the pages (of the last run)
     */
    record Throughput(int articles, long bytes, List<Double> seconds, Map<ArticleIngester.Kind, Integer> outcomes) {
        double medianPerSecond() {
            return articles / BenchCommand.median(seconds);
        }
    }

    /**
     * The look-up at one store size.
     *
     * @param stored articles in the index
     * @param lsh the index's look-up
     * @param scan a scan of every stored signature
     * @param matchedShare the share of look-ups that found a copy
     * @param scanMatchedShare the share of the scanned look-ups whose scan found a copy, the truth the
     *     index's recall is judged by
     * @param scanMissed scanned look-ups whose copy the index did not find
     */
    record Lookup(
            int stored, Latencies lsh, Latencies scan, double matchedShare, double scanMatchedShare, int scanMissed) {}

    /** Everything measured. */
    record Result(Throughput throughput, List<Lookup> lookups) {}

    private IngestBenchmark() {}

    static Result run(Settings s, PrintWriter err) throws Exception {
        SyntheticNews news = new SyntheticNews(samples(s.seeds()), CORPUS_SEED);
        Throughput throughput = s.articles() == 0 ? null : throughput(s, news, err);
        List<Lookup> lookups = s.stored().isEmpty() ? List.of() : lookups(s, news, err);
        return new Result(throughput, lookups);
    }

    private static List<String> samples(Path seeds) throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(f));
            }
            if (texts.isEmpty()) {
                throw new CliException(ExitCode.USAGE, "no sample reports in " + seeds + ": give --seeds DIR");
            }
            return texts;
        }
    }

    private static Throughput throughput(Settings s, SyntheticNews news, PrintWriter err) throws Exception {
        Path pages = Files.createTempDirectory("armswatch-bench-pages");
        try {
            progress(err, "writing " + s.articles() + " pages in " + NewsPages.templates() + " templates");
            long bytes = 0;
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < s.articles(); i++) {
                int template = i % NewsPages.templates();
                Path f = pages.resolve(String.format(Locale.ROOT, "%06d.html", i));
                Files.write(
                        f, NewsPages.render(template, story(news, i), i).html().getBytes(NewsPages.charset(template)));
                bytes += Files.size(f);
                files.add(f);
            }
            progress(err, "warming up: one untimed run");
            ingestAll(files);
            List<Double> seconds = new ArrayList<>();
            Map<ArticleIngester.Kind, Integer> outcomes = Map.of();
            for (int run = 1; run <= s.runs(); run++) {
                Timed t = ingestAll(files);
                seconds.add(t.seconds());
                outcomes = t.outcomes();
                progress(
                        err,
                        String.format(
                                Locale.ROOT,
                                "run %d: %d pages in %.2f s, %.0f pages/s",
                                run,
                                files.size(),
                                t.seconds(),
                                files.size() / t.seconds()));
            }
            return new Throughput(files.size(), bytes, seconds, outcomes);
        } finally {
            ListsBenchmark.deleteTree(pages);
        }
    }

    private record Timed(double seconds, Map<ArticleIngester.Kind, Integer> outcomes) {}

    // One run: a fresh store and search index, every page read, ingested, and the index committed.
    private static Timed ingestAll(List<Path> files) throws Exception {
        Path home = Files.createTempDirectory("armswatch-bench");
        try (Database db = Database.open(StoreConfig.embedded(home));
                ArticleSearch search = ArticleSearch.open(home.resolve("index"), db.articles())) {
            ArticleIngester ingester = ArticleIngester.open(db, search, GlobalOptions.clock());
            Map<ArticleIngester.Kind, Integer> outcomes = new EnumMap<>(ArticleIngester.Kind.class);
            long start = System.nanoTime();
            IngestCommand.ingestFiles(
                    ingester, files, ArticleIngester.Overrides.NONE, o -> outcomes.merge(o.kind(), 1, Integer::sum));
            search.commit();
            return new Timed((System.nanoTime() - start) / 1e9, outcomes);
        } finally {
            ListsBenchmark.deleteTree(home);
        }
    }

    private static NewsPages.Story story(SyntheticNews news, int i) {
        List<String> paragraphs =
                new ArrayList<>(List.of(news.article(i).strip().split("\n\n")));
        String title = paragraphs.removeFirst();
        return new NewsPages.Story(
                title,
                "Staff Reporter " + (i % 13 + 1),
                LocalDate.of(2023, 1, 1).plusDays(i % 365),
                OUTLETS.get(i % OUTLETS.size()),
                "https://news.example/" + i,
                paragraphs);
    }

    private static List<Lookup> lookups(Settings s, SyntheticNews news, PrintWriter err) {
        int largest = s.stored().getLast();
        progress(err, "fingerprinting " + largest + " synthetic articles");
        long[][] signatures = IntStream.range(0, largest)
                .parallel()
                .mapToObj(i -> signature(news.article(i)))
                .toArray(long[][]::new);
        NearDuplicates index = new NearDuplicates(NearDuplicates.Settings.defaults());
        List<Lookup> lookups = new ArrayList<>();
        int added = 0;
        for (int size : s.stored()) {
            for (; added < size; added++) {
                index.add(added, signatures[added]);
            }
            long[][] queries = queries(news, size, s.lookups());
            for (long[] q : queries) {
                index.matches(q);
            }
            long[] lsh = new long[queries.length];
            boolean[] found = new boolean[queries.length];
            for (int q = 0; q < queries.length; q++) {
                long start = System.nanoTime();
                found[q] = !index.matches(queries[q]).isEmpty();
                lsh[q] = System.nanoTime() - start;
            }
            long[] scan = new long[Math.min(s.scans(), queries.length)];
            double threshold = index.settings().threshold();
            int scanFound = 0;
            int scanMissed = 0;
            for (int q = 0; q < scan.length; q++) {
                long start = System.nanoTime();
                boolean any = false;
                for (int a = 0; a < size; a++) {
                    any |= Fingerprints.estimatedJaccard(queries[q], signatures[a]) >= threshold;
                }
                scan[q] = System.nanoTime() - start;
                scanFound += any ? 1 : 0;
                scanMissed += any && !found[q] ? 1 : 0;
            }
            int matched = 0;
            for (boolean f : found) {
                matched += f ? 1 : 0;
            }
            Lookup l = new Lookup(
                    size,
                    Latencies.ofNanos(lsh),
                    scan.length == 0 ? null : Latencies.ofNanos(scan),
                    (double) matched / queries.length,
                    scan.length == 0 ? 0 : (double) scanFound / scan.length,
                    scanMissed);
            lookups.add(l);
            progress(
                    err,
                    String.format(
                            Locale.ROOT,
                            "%,d stored: look-up median %.1f µs",
                            size,
                            l.lsh().median() * 1000));
        }
        return lookups;
    }

    // Half the queries are edited copies of stored articles, half articles not stored.
    private static long[][] queries(SyntheticNews news, int stored, int count) {
        Random random = new Random(QUERY_SEED + stored);
        long[][] queries = new long[count][];
        for (int q = 0; q < count; q++) {
            String text = q % 2 == 0
                    ? Variants.apply(
                            news.article(random.nextInt(stored)), EnumSet.of(Variants.Edit.REPLACE_WORDS), random)
                    : news.article(Integer.MAX_VALUE / 2 + q);
            queries[q] = signature(text);
        }
        return queries;
    }

    private static long[] signature(String text) {
        return Fingerprints.minHash(Fingerprints.normalise(text));
    }

    private static void progress(PrintWriter err, String what) {
        err.println(what);
        err.flush();
    }

    /** The figures as a table. */
    static void text(PrintWriter out, Result r) {
        Throughput t = r.throughput();
        if (t != null) {
            out.printf(
                    Locale.ROOT,
                    "ingest of %,d local HTML pages (%.1f MB) into a fresh H2 store with full-text index:"
                            + " median %.0f pages/s over %d runs (%s)%n",
                    t.articles(),
                    t.bytes() / 1e6,
                    t.medianPerSecond(),
                    t.seconds().size(),
                    String.join(
                            ", ",
                            t.seconds().stream()
                                    .map(s -> String.format(Locale.ROOT, "%.0f/s", t.articles() / s))
                                    .toList()));
            out.println("outcomes: "
                    + t.outcomes().entrySet().stream()
                            .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                            .toList());
            out.println();
        }
        if (!r.lookups().isEmpty()) {
            Table table = new Table(
                    "STORED", "LOOK-UP MEDIAN", "P99", "SCAN MEDIAN", "SCAN / LOOK-UP", "FOUND", "MISSED OF SCAN");
            for (Lookup l : r.lookups()) {
                table.row(
                        ListViews.count(l.stored()),
                        micros(l.lsh().median()),
                        micros(l.lsh().p99()),
                        l.scan() == null ? null : micros(l.scan().median()),
                        l.scan() == null
                                ? null
                                : String.format(
                                        Locale.ROOT,
                                        "%.0fx",
                                        l.scan().median() / l.lsh().median()),
                        String.format(Locale.ROOT, "%.0f %%", 100 * l.matchedShare()),
                        l.scan() == null
                                ? null
                                : l.scanMissed() + " of " + l.scan().count());
            }
            table.print(out);
            Lookup first = r.lookups().getFirst();
            Lookup last = r.lookups().getLast();
            out.printf(
                    Locale.ROOT,
                    "near-duplicate look-up: %.1fx the store, %.1fx the median time (a scan grows with the store)%n",
                    (double) last.stored() / first.stored(),
                    last.lsh().median() / first.lsh().median());
        }
        out.flush();
    }

    /** The figures as JSON. */
    static void json(PrintWriter out, Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("benchmark", "ingest");
        Throughput t = r.throughput();
        if (t != null) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("articles", t.articles());
            tm.put("bytes", t.bytes());
            tm.put("runs_seconds", t.seconds());
            tm.put("median_articles_per_second", t.medianPerSecond());
            Map<String, Integer> outcomes = new LinkedHashMap<>();
            t.outcomes().forEach((k, v) -> outcomes.put(k.name().toLowerCase(Locale.ROOT), v));
            tm.put("outcomes", outcomes);
            m.put("throughput", tm);
        }
        List<Map<String, Object>> lookups = new ArrayList<>();
        for (Lookup l : r.lookups()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("stored", l.stored());
            lm.put("lookup_ms", ScreenBenchReport.latencies(l.lsh()));
            lm.put("scan_ms", l.scan() == null ? null : ScreenBenchReport.latencies(l.scan()));
            lm.put("matched_share", l.matchedShare());
            lm.put("scan_matched_share", l.scanMatchedShare());
            lm.put("scan_missed", l.scanMissed());
            lookups.add(lm);
        }
        m.put("lookups", lookups);
        Json.print(out, m);
    }

    private static String micros(double ms) {
        return String.format(Locale.ROOT, "%,.1f µs", ms * 1000);
    }
}
