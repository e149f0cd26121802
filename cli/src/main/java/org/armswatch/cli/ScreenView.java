package org.armswatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.armswatch.lists.ListVersion;
import org.armswatch.screen.Explanation;
import org.armswatch.screen.ScreeningQuery;
import org.armswatch.screen.ScreeningResult;
import org.armswatch.store.db.ListStore;

/** How screening results are shown as text, and the same party's entries found for them. */
final class ScreenView {
    private ScreenView() {}

    /** The ids of the entries in active lists that denote the same party as a result's entry. */
    static List<String> related(ListStore store, ScreeningResult r) {
        return store.linked(r.entry().version(), r.entry().id()).stream()
                .map(f -> f.entity().id())
                .distinct()
                .toList();
    }

    static void print(
            PrintWriter w,
            ScreeningQuery q,
            double threshold,
            List<ScreeningResult> shown,
            List<List<String>> related,
            List<ListVersion> versions,
            boolean candidatesAsked) {
        long matches = shown.stream().filter(ScreeningResult::match).count();
        w.printf(
                Locale.ROOT,
                "%s: %d match%s at threshold %.2f against %s%n",
                q.name(),
                matches,
                matches == 1 ? "" : "es",
                threshold,
                String.join(
                        ", ",
                        versions.stream().map(v -> v.source() + " v" + v.id()).toList()));
        for (int k = 0; k < shown.size(); k++) {
            ScreeningResult r = shown.get(k);
            w.printf(
                    Locale.ROOT,
                    "%n  %.3f %-9s %s  %s  %s (%s v%d)%n",
                    r.score(),
                    r.match() ? "MATCH" : "candidate",
                    r.entry().id(),
                    r.entry().schema(),
                    r.entry().caption(),
                    r.entry().source(),
                    r.entry().version());
            Explanation ex = r.explanation();
            w.printf("        name: %s%s%n", ex.matchedName(), ex.weakAlias() ? " (weak alias)" : "");
            List<String> pairs = new ArrayList<>();
            for (Explanation.TokenMatch t : ex.tokens()) {
                pairs.add(
                        t.how().equals("unmatched")
                                ? t.query() + " → (none)"
                                : String.format(
                                        Locale.ROOT,
                                        "%s → %s %s %.2f",
                                        t.query(),
                                        t.listed(),
                                        t.how(),
                                        t.similarity()));
            }
            w.println("        tokens: " + String.join("; ", pairs));
            List<String> features = new ArrayList<>();
            ex.features().forEach((f, v) -> features.add(String.format(Locale.ROOT, "%s %+.2f", f, v)));
            w.println("        features: " + String.join(", ", features));
            if (!related.get(k).isEmpty()) {
                w.println("        same party: " + String.join(", ", related.get(k)));
            }
        }
        if (shown.isEmpty()) {
            w.println("  no match" + (candidatesAsked ? " and no candidate" : "")
                    + " (use --candidates N to see the nearest names)");
        }
        w.flush();
    }
}
