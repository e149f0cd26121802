package org.armswatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.armswatch.lists.ListReaders;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.bench.ListEntries;
import org.armswatch.screen.bench.NamePools;
import org.armswatch.screen.bench.QuerySet;
import org.armswatch.screen.bench.ScreenBench;
import org.armswatch.screen.bench.SyntheticNames;

/**
 * {@code armswatch bench screen}: in one run, measures the screening index over the newest
 * version of every list in a folder, then over a synthetic registry of distinct names, each
 * against the brute-force Jaro-Winkler scan over the same names.
 */
final class ScreenBenchmark {
    static final long LIST_QUERY_SEED = 42;
    static final long NAMES_SEED = 7;
    static final long SYNTHETIC_QUERY_SEED = 43;

    /**
     * What to run.
     *
     * @param lists folder of list files (walked recursively)
     * @param nameData folder holding {@code names/} and {@code namematch/}
     * @param names size of the synthetic registry; 0 to skip it
     * @param queries queries per index
     * @param baselineQueries queries the brute-force scan runs per index
     * @param threads threads of the batch
     * @param warmupSeconds untimed single queries first, at least this long
     * @param passes timed passes over the queries
     * @param batchSeconds the batch runs at least this long
     */
    record Settings(
            Path lists,
            Path nameData,
            int names,
            int queries,
            int baselineQueries,
            int threads,
            double warmupSeconds,
            int passes,
            double batchSeconds) {}

    /**
     * What was measured.
     *
     * @param figures the real lists' figures, then the synthetic registry's when it was built
     * @param sources the entries of each list source indexed
     */
    record Result(List<ScreenBench.Figures> figures, Map<String, Integer> sources) {}

    private ScreenBenchmark() {}

    static Result run(Settings s, PrintWriter err) throws IOException {
        for (String sub : List.of("names", "namematch")) {
            if (!Files.isDirectory(s.nameData().resolve(sub))) {
                throw new CliException(
                        ExitCode.USAGE,
                        "no " + sub + "/ folder in " + s.nameData()
                                + ": give --name-data DIR (the shared data folder)");
            }
        }
        NamePools pools = NamePools.read(s.nameData());
        ScreenBench bench = new ScreenBench(new ScreenBench.Settings(
                new MatchIndex.Options(0.7, 10, Set.of()),
                s.threads(),
                s.batchSeconds(),
                s.baselineQueries(),
                10,
                s.warmupSeconds(),
                s.passes()));
        ScreenBench.Progress progress = what -> {
            err.println(what);
            err.flush();
        };
        List<ScreenBench.Figures> figures = new ArrayList<>();
        progress.step("reading the newest version of every list in " + s.lists());
        ListEntries lists = ListEntries.newest(s.lists(), ListReaders.standard());
        if (lists.entries().isEmpty()) {
            throw new CliException(ExitCode.USAGE, "no list entries in " + s.lists() + ": give --lists DIR");
        }
        List<String> listQueries = QuerySet.of(lists.names(), pools.negatives(), s.queries(), LIST_QUERY_SEED)
                .queries();
        figures.add(bench.measure(
                "lists (" + lists.bySource().size() + " sources)", lists::entries, listQueries, progress));
        Map<String, Integer> sources = lists.bySource();
        lists = null;
        if (s.names() > 0) {
            progress.step("generating " + s.names() + " distinct synthetic names");
            List<String> names = new SyntheticNames(pools).generate(s.names(), NAMES_SEED);
            List<String> queries = QuerySet.of(names, pools.negatives(), s.queries(), SYNTHETIC_QUERY_SEED)
                    .queries();
            figures.add(bench.measure(
                    "synthetic (" + s.names() + " names)", () -> SyntheticNames.entries(names), queries, progress));
        }
        return new Result(figures, sources);
    }
}
