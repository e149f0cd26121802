package org.armswatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.LoadPolicy;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.ListLoader;
import org.armswatch.store.db.ListUpdater;
import org.armswatch.store.db.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code armswatch bench lists}: times loading the current version of every list in a folder
 * into a fresh embedded store, several times, and reports each run and the median.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Measure armswatch on real data. Benchmarks:",
            "  lists  read, check and store the newest version of every list in a folder into a fresh embedded H2 store"
        },
        footer = {"", ExitCode.HELP})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption output;

    @Parameters(paramLabel = "BENCHMARK", description = "What to measure: lists.")
    String benchmark;

    @Option(
            names = "--lists",
            paramLabel = "DIR",
            description = "Folder of list files (default: ../shared/data when present).")
    Path lists;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "3",
            description = "Number of timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        if (!benchmark.equals("lists")) {
            throw new CliException(ExitCode.USAGE, "unknown benchmark '" + benchmark + "' (known: lists)");
        }
        if (runs < 1) {
            throw new CliException(ExitCode.USAGE, "--runs must be at least 1");
        }
        Path folder = Optional.ofNullable(lists)
                .or(() -> DevLayout.shared("data"))
                .orElseThrow(() -> new CliException(ExitCode.USAGE, "no list folder: give --lists DIR"));
        PrintWriter err = spec.commandLine().getErr();
        List<Double> seconds = new ArrayList<>();
        Map<String, Integer> records = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            Path home = Files.createTempDirectory("armswatch-bench");
            try (Database db = Database.open(StoreConfig.embedded(home))) {
                ListUpdater updater = new ListUpdater(db.lists(), ListReaders.standard(), GlobalOptions.clock());
                long start = System.nanoTime();
                List<ListUpdater.Item> items = updater.fromFiles(
                        List.of(folder),
                        Optional.empty(),
                        ListLoader.Options.of(Optional.empty(), LoadPolicy.SAFE),
                        true,
                        ListUpdater.Listener.NONE);
                double s = (System.nanoTime() - start) / 1e9;
                seconds.add(s);
                records.clear();
                items.stream()
                        .filter(i -> i.status() == ListUpdater.Status.LOADED)
                        .forEach(i -> records.put(
                                i.version().orElseThrow().source(),
                                i.version().orElseThrow().recordCount()));
                err.printf(
                        Locale.ROOT,
                        "run %d: %.2f s, %d lists, %,d records%n",
                        run,
                        s,
                        records.size(),
                        records.values().stream().mapToInt(Integer::intValue).sum());
                err.flush();
            } finally {
                deleteTree(home);
            }
        }
        double median = median(seconds);
        if (output.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark", "lists");
            m.put("folder", folder.toString());
            m.put("runs_seconds", seconds);
            m.put("median_seconds", median);
            m.put("records", records);
            Json.print(spec.commandLine().getOut(), m);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            Table t = new Table("SOURCE", "RECORDS");
            records.forEach((k, v) -> t.row(k, ListViews.count(v)));
            t.print(out);
            out.printf(
                    Locale.ROOT,
                    "load of the current lists into a fresh H2 store: median %.2f s over %d runs (%s)%n",
                    median,
                    runs,
                    String.join(
                            ", ",
                            seconds.stream()
                                    .map(s -> String.format(Locale.ROOT, "%.2f", s))
                                    .toList()));
            out.flush();
        }
        return ExitCode.OK;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
