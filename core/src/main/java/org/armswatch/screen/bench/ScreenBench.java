package org.armswatch.screen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.armswatch.screen.JaroWinklerScan;
import org.armswatch.screen.ListedEntry;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.armswatch.screen.ScreeningQuery;

/**
 * Measures one screening index the way the targets are stated: the build time and the heap it
 * holds, the latency of single queries on one thread, the throughput of a batch on all cores, and
 * the brute-force Jaro-Winkler scan over the same names as the baseline.
 */
public final class ScreenBench {
    private final Settings settings;

    /**
     * How to measure.
     *
     * @param options the search options of every query
     * @param threads threads of the batch run
     * @param batchSeconds the batch repeats the queries until at least this long has passed
     * @param baselineQueries how many of the queries the (slow) baseline runs
     * @param baselineLimit how many best names the baseline keeps
     * @param warmupSeconds single queries run untimed for at least this long first, so that the
     *     JIT has compiled the search path
     * @param passes timed passes over the queries, pooled into one set of latencies
     */
    public record Settings(
            MatchIndex.Options options,
            int threads,
            double batchSeconds,
            int baselineQueries,
            int baselineLimit,
            double warmupSeconds,
            int passes) {
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            if (passes < 1) {
                throw new IllegalArgumentException("passes must be at least 1, got " + passes);
            }
            if (baselineQueries < 0) {
                throw new IllegalArgumentException("baselineQueries must not be negative, got " + baselineQueries);
            }
        }

        /**
         * Threshold 0.7, 10 results, every core, batch of at least 5 s, 100 baseline queries of 10
         * names, 5 s of warm-up, 3 timed passes.
         */
        public static Settings defaults() {
            return new Settings(
                    new MatchIndex.Options(0.7, 10, java.util.Set.of()),
                    Runtime.getRuntime().availableProcessors(),
                    5.0,
                    100,
                    10,
                    5.0,
                    3);
        }
    }

    /**
     * What was measured of one index.
     *
     * @param label what the index holds
     * @param entries entries indexed
     * @param names distinct names indexed
     * @param buildSeconds time to build the index from the entries
     * @param heapBytes heap in use after the build, after garbage collection, index and entries held
     * @param indexHeapBytes the part of it the index added over the entries it was built from
     * @param queries how many query timings the latencies pool (queries times passes)
     * @param single latency of one query at a time on one thread
     * @param batchNamesPerSecond names screened per second by {@code threads} threads
     * @param threads threads of the batch
     * @param matchedShare share of queries with at least one match
     * @param baseline latency of the brute-force scan, one query at a time on one thread
     * @param baselineBuildSeconds time to fold the names for the scan
     * @param medianRatio baseline median over index median
     * @param p99Ratio baseline p99 over index p99
     */
    public record Figures(
            String label,
            int entries,
            int names,
            double buildSeconds,
            long heapBytes,
            long indexHeapBytes,
            int queries,
            Latencies single,
            double batchNamesPerSecond,
            int threads,
            double matchedShare,
            Latencies baseline,
            double baselineBuildSeconds,
            double medianRatio,
            double p99Ratio) {}

    public ScreenBench(Settings settings) {
        this.settings = settings;
    }

    /** Told what is being measured, for progress output. */
    public interface Progress {
        void step(String what);

        Progress NONE = what -> {};
    }

    /**
     * Builds the index over the entries and measures it with the queries. The entries are taken
     * from the supplier once; nothing is kept after the call but the figures.
     */
    public Figures measure(String label, Supplier<List<ListedEntry>> source, List<String> queries, Progress progress) {
        List<ListedEntry> entries = source.get();
        long before = HeapUse.afterGc();
        progress.step(label + ": building the index over " + entries.size() + " entries");
        long start = System.nanoTime();
        MatchIndex index = MatchIndex.build(entries, NameNormalizer.standard());
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long after = HeapUse.afterGc();
        List<String> usable = usable(index, queries);
        progress.step(label + ": " + usable.size() + " single queries, " + settings.warmupSeconds()
                + " s of warm-up then " + settings.passes() + " timed passes");
        long warmUntil = System.nanoTime() + (long) (settings.warmupSeconds() * 1e9);
        do {
            single(index, usable);
        } while (System.nanoTime() < warmUntil);
        long[] nanos = new long[usable.size() * settings.passes()];
        for (int p = 0; p < settings.passes(); p++) {
            long[] pass = single(index, usable);
            System.arraycopy(pass, 0, nanos, p * pass.length, pass.length);
        }
        double matched = matchedShare(index, usable);
        progress.step(label + ": batch on " + settings.threads() + " threads");
        double perSecond = batch(index, usable);
        int names = index.names();
        int size = index.size();
        index = null;
        Latencies baseline = null;
        double baselineBuild = 0;
        if (settings.baselineQueries() > 0) {
            progress.step(label + ": brute-force Jaro-Winkler baseline over " + names + " names");
            long b = System.nanoTime();
            JaroWinklerScan scan = JaroWinklerScan.build(entries, NameNormalizer.standard());
            baselineBuild = (System.nanoTime() - b) / 1e9;
            List<String> sample = usable.subList(0, Math.min(settings.baselineQueries(), usable.size()));
            int warm = Math.min(10, sample.size());
            for (String q : sample.subList(0, warm)) {
                scan.search(q, settings.baselineLimit());
            }
            long[] bn = new long[sample.size()];
            for (int i = 0; i < sample.size(); i++) {
                long t = System.nanoTime();
                scan.search(sample.get(i), settings.baselineLimit());
                bn[i] = System.nanoTime() - t;
            }
            baseline = Latencies.ofNanos(bn);
        }
        Latencies one = Latencies.ofNanos(nanos);
        return new Figures(
                label,
                size,
                names,
                buildSeconds,
                after,
                after - before,
                nanos.length,
                one,
                perSecond,
                settings.threads(),
                matched,
                baseline,
                baselineBuild,
                baseline == null ? Double.NaN : baseline.median() / one.median(),
                baseline == null ? Double.NaN : baseline.p99() / one.p99());
    }

    // The queries the index accepts (a name with no letters or digits is refused).
    private List<String> usable(MatchIndex index, List<String> queries) {
        List<String> out = new ArrayList<>(queries.size());
        for (String q : queries) {
            try {
                index.search(ScreeningQuery.name(q), settings.options());
                out.add(q);
            } catch (IllegalArgumentException e) {
                // not a name: left out
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("none of the queries is a name the index accepts");
        }
        return out;
    }

    private long[] single(MatchIndex index, List<String> queries) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < nanos.length; i++) {
            ScreeningQuery q = ScreeningQuery.name(queries.get(i));
            long t = System.nanoTime();
            index.search(q, settings.options());
            nanos[i] = System.nanoTime() - t;
        }
        return nanos;
    }

    private double matchedShare(MatchIndex index, List<String> queries) {
        int matched = 0;
        for (String q : queries) {
            if (index.search(ScreeningQuery.name(q), settings.options()).stream()
                    .anyMatch(r -> r.match())) {
                matched++;
            }
        }
        return (double) matched / queries.size();
    }

    private double batch(MatchIndex index, List<String> queries) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            long start = System.nanoTime();
            long deadline = start + (long) (settings.batchSeconds() * 1e9);
            long done = 0;
            do {
                AtomicInteger next = new AtomicInteger();
                List<Future<Integer>> workers = new ArrayList<>();
                for (int t = 0; t < settings.threads(); t++) {
                    workers.add(pool.submit(() -> {
                        int n = 0;
                        for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                            index.search(ScreeningQuery.name(queries.get(i)), settings.options());
                            n++;
                        }
                        return n;
                    }));
                }
                for (Future<Integer> w : workers) {
                    done += w.get();
                }
            } while (System.nanoTime() < deadline);
            return done / ((System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
