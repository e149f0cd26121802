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
import java.util.stream.Stream;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.LoadPolicy;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.ListLoader;
import org.armswatch.store.db.ListUpdater;
import org.armswatch.store.db.StoreConfig;

/**
 * {@code armswatch bench lists}: times loading the current version of every list in a folder
 * into a fresh embedded store, several times, and reports each run and the median.
 */
final class ListsBenchmark {
    private ListsBenchmark() {}

    static void run(Path folder, int runs, boolean json, PrintWriter out, PrintWriter err) throws Exception {
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
        double median = BenchCommand.median(seconds);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("benchmark", "lists");
            m.put("folder", folder.toString());
            m.put("runs_seconds", seconds);
            m.put("median_seconds", median);
            m.put("records", records);
            Json.print(out, m);
        } else {
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
    }

    /** Deletes a folder and everything in it. */
    static void deleteTree(Path root) throws IOException {
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
