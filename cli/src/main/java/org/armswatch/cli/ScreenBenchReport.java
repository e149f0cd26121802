package org.armswatch.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.armswatch.screen.bench.Latencies;
import org.armswatch.screen.bench.ScreenBench;

/** Prints the figures of {@code armswatch bench screen} as a table or as JSON. */
final class ScreenBenchReport {
    private ScreenBenchReport() {}

    static void text(PrintWriter out, ScreenBenchmark.Result result, List<ScreenTargets.Check> checks) {
        List<ScreenBench.Figures> figures = result.figures();
        Table t = new Table(
                "INDEX", "ENTRIES", "NAMES", "BUILD", "HEAP", "MEDIAN", "P99", "BATCH", "JW MEDIAN", "JW P99", "RATIO");
        for (ScreenBench.Figures f : figures) {
            t.row(
                    f.label(),
                    ListViews.count(f.entries()),
                    ListViews.count(f.names()),
                    String.format(Locale.ROOT, "%.1f s", f.buildSeconds()),
                    String.format(Locale.ROOT, "%.0f MB", f.heapBytes() / 1e6),
                    ms(f.single().median()),
                    ms(f.single().p99()),
                    String.format(Locale.ROOT, "%,.0f/s", f.batchNamesPerSecond()),
                    f.baseline() == null ? null : ms(f.baseline().median()),
                    f.baseline() == null ? null : ms(f.baseline().p99()),
                    f.baseline() == null ? null : String.format(Locale.ROOT, "%.0fx", f.medianRatio()));
        }
        t.print(out);
        out.println();
        out.println("lists: "
                + String.join(
                        ", ",
                        result.sources().entrySet().stream()
                                .map(e -> e.getKey() + " " + ListViews.count(e.getValue()))
                                .toList()));
        out.println("MEDIAN, P99: one query at a time on one thread; BATCH: names/s on "
                + (figures.isEmpty() ? "all" : figures.get(0).threads())
                + " threads; HEAP: in use after GC, index held; JW: brute-force Jaro-Winkler over every name;"
                + " RATIO: JW median / index median.");
        out.println();
        Table c = new Table("TARGET", "INDEX", "LIMIT", "MEASURED", "MET");
        for (ScreenTargets.Check k : checks) {
            c.row(
                    k.what(),
                    k.index(),
                    k.limit(),
                    String.format(Locale.ROOT, "%,.3f", k.measured()),
                    k.met() ? "yes" : "NO");
        }
        c.print(out);
        out.flush();
    }

    static void json(PrintWriter out, ScreenBenchmark.Result result, List<ScreenTargets.Check> checks) {
        List<ScreenBench.Figures> figures = result.figures();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("benchmark", "screen");
        m.put("list_entries", result.sources());
        m.put("indexes", figures.stream().map(ScreenBenchReport::figures).toList());
        m.put("targets", checks.stream().map(ScreenBenchReport::check).toList());
        Json.print(out, m);
    }

    private static Map<String, Object> figures(ScreenBench.Figures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", f.label());
        m.put("entries", f.entries());
        m.put("names", f.names());
        m.put("build_seconds", f.buildSeconds());
        m.put("heap_bytes_after_build", f.heapBytes());
        m.put("index_heap_bytes", f.indexHeapBytes());
        m.put("queries", f.queries());
        m.put("matched_share", f.matchedShare());
        m.put("single_ms", latencies(f.single()));
        m.put("batch_names_per_second", f.batchNamesPerSecond());
        m.put("batch_threads", f.threads());
        if (f.baseline() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("method", "Jaro-Winkler of the folded query against every folded name, best 10");
            b.put("prepare_seconds", f.baselineBuildSeconds());
            b.put("single_ms", latencies(f.baseline()));
            b.put("median_ratio", f.medianRatio());
            b.put("p99_ratio", f.p99Ratio());
            m.put("baseline", b);
        }
        return m;
    }

    static Map<String, Object> latencies(Latencies l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", l.count());
        m.put("median", l.median());
        m.put("p90", l.p90());
        m.put("p99", l.p99());
        m.put("max", l.max());
        m.put("mean", l.mean());
        return m;
    }

    private static Map<String, Object> check(ScreenTargets.Check c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", c.index());
        m.put("target", c.what());
        m.put("limit", c.limit());
        m.put("measured", c.measured());
        m.put("met", c.met());
        return m;
    }

    private static String ms(double ms) {
        return ms >= 100
                ? String.format(Locale.ROOT, "%.0f ms", ms)
                : ms >= 10 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%.2f ms", ms);
    }
}
