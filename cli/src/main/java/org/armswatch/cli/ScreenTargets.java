package org.armswatch.cli;

import java.util.ArrayList;
import java.util.List;
import org.armswatch.screen.bench.ScreenBench;

/**
 * The screening speed targets, checked against measured figures: on the real lists a query median
 * of at most 0.3 ms, a p99 of at most 3 ms and a batch of at least 5,000 names/s; on the
 * synthetic registry a build of at most 60 s, at most 2 GB of heap and a p99 of at most 10 ms.
 */
final class ScreenTargets {
    private ScreenTargets() {}

    /** One target: what, its limit, the measured value, and whether it is met. */
    record Check(String index, String what, String limit, double measured, boolean met) {}

    /** The checks for the figures, the first being the real lists' and the second the synthetic registry's. */
    static List<Check> check(List<ScreenBench.Figures> figures) {
        List<Check> checks = new ArrayList<>();
        if (!figures.isEmpty()) {
            ScreenBench.Figures f = figures.get(0);
            checks.add(atMost("lists", "query median (ms)", f.single().median(), 0.3));
            checks.add(atMost("lists", "query p99 (ms)", f.single().p99(), 3));
            checks.add(atLeast("lists", "batch (names/s)", f.batchNamesPerSecond(), 5000));
        }
        if (figures.size() > 1) {
            ScreenBench.Figures f = figures.get(1);
            checks.add(atMost("synthetic", "build (s)", f.buildSeconds(), 60));
            checks.add(atMost("synthetic", "heap (GB)", f.heapBytes() / 1e9, 2));
            checks.add(atMost("synthetic", "query p99 (ms)", f.single().p99(), 10));
        }
        return checks;
    }

    private static Check atMost(String index, String what, double measured, double limit) {
        return new Check(index, what, "<= " + format(limit), measured, measured <= limit);
    }

    private static Check atLeast(String index, String what, double measured, double limit) {
        return new Check(index, what, ">= " + format(limit), measured, measured >= limit);
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.format(java.util.Locale.ROOT, "%,d", (long) d) : Double.toString(d);
    }
}
