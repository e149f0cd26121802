package org.armswatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.armswatch.lists.ListSources;
import org.armswatch.store.db.ListUpdater;
import org.armswatch.store.db.ListUpdater.Item;
import org.armswatch.store.db.ListUpdater.Status;

/** What {@code lists update} (and the demo) print about a load, and the exit code it earns. */
final class UpdateReport {
    private final List<Item> items;

    UpdateReport(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /** 4 when a download failed, 3 when an input was refused or nothing was found, else 0. */
    int exitCode() {
        if (items.stream().anyMatch(i -> i.status() == Status.FAILED)) {
            return ExitCode.NETWORK;
        }
        if (items.stream().anyMatch(i -> i.status() == Status.REFUSED)) {
            return ExitCode.REFUSED;
        }
        boolean anyList = items.stream().anyMatch(i -> i.status() == Status.LOADED || i.status() == Status.UNCHANGED);
        return anyList ? ExitCode.OK : ExitCode.REFUSED;
    }

    void printText(PrintWriter out, PrintWriter err) {
        Table table = new Table("STATUS", "SOURCE", "VERSION", "DATE", "RECORDS", "QUIRKS", "FROM");
        for (Item i : items) {
            if (i.status() == Status.LOADED || i.status() == Status.UNCHANGED) {
                var v = i.version().orElseThrow();
                table.row(
                        label(i.status()),
                        v.source(),
                        "v" + v.id(),
                        ListViews.date(v.publishedAt()),
                        ListViews.count(v.recordCount()),
                        i.status() == Status.LOADED ? ListViews.count(i.quirks().size()) : "",
                        i.origin());
            }
        }
        if (!table.isEmpty()) {
            table.print(out);
        }
        for (Item i : items) {
            switch (i.status()) {
                case LOADED -> {
                    var v = i.version().orElseThrow();
                    v.warnings().forEach(w -> err.println("warning: " + v.source() + ": " + w));
                    if (!i.quirks().isEmpty()) {
                        err.println(
                                "quirks in " + v.source() + " v" + v.id() + " (loaded around; see 'lists status'):");
                        ListViews.quirkLines(i.quirks()).forEach(l -> err.println("  " + l));
                    }
                }
                case UNCHANGED -> err.println("unchanged: " + i.origin() + ": " + i.message());
                case REFUSED -> err.println("refused: " + i.message());
                case FAILED -> err.println("failed: " + i.message());
                case SKIPPED -> {}
            }
        }
        printSkipped(err);
        termsBySource()
                .forEach((terms, sources) -> err.println("terms of " + String.join(", ", sources) + ": " + terms));
        err.println(summaryLine());
        err.flush();
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Item i : items) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("status", i.status().name().toLowerCase(Locale.ROOT));
            o.put("from", i.origin());
            o.put("source", i.version().map(v -> v.source()).orElse(null));
            o.put("version", i.version().map(ListViews::version).orElse(null));
            o.put("message", i.message().isEmpty() ? null : i.message());
            o.put("quirks", ListViews.quirkSummary(i.quirks()));
            list.add(o);
        }
        m.put("items", list);
        Map<String, Object> terms = new LinkedHashMap<>();
        loadedSources().forEach(s -> terms.put(s, ListSources.describe(s).terms()));
        m.put("terms", terms);
        m.put("summary", counts());
        return m;
    }

    // Files skipped for the same reason (a folder of notes and other data) take one line each
    // reason, naming a few of them; --format json lists every one.
    private void printSkipped(PrintWriter err) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        items.stream().filter(i -> i.status() == Status.SKIPPED).forEach(i -> byReason.computeIfAbsent(
                        i.message(), k -> new ArrayList<>())
                .add(i.origin()));
        byReason.forEach((reason, files) -> {
            if (files.size() == 1) {
                err.println("skipped: " + files.get(0) + ": " + reason);
            } else {
                err.println("skipped " + files.size() + " files: " + reason + ": "
                        + String.join(", ", files.subList(0, Math.min(3, files.size())))
                        + (files.size() > 3 ? ", … (all in --format json)" : ""));
            }
        });
    }

    private Map<String, List<String>> termsBySource() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        loadedSources().forEach(s -> out.computeIfAbsent(ListSources.describe(s).terms(), k -> new ArrayList<>())
                .add(s));
        return out;
    }

    String summaryLine() {
        StringBuilder s = new StringBuilder();
        counts().forEach((k, v) ->
                s.append(s.isEmpty() ? "" : ", ").append(v).append(' ').append(k));
        return s.toString();
    }

    private Map<String, Integer> counts() {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0);
        }
        items.forEach(i -> byStatus.merge(i.status(), 1, Integer::sum));
        Map<String, Integer> out = new LinkedHashMap<>();
        byStatus.forEach((k, v) -> out.put(k.name().toLowerCase(Locale.ROOT), v));
        return out;
    }

    private Set<String> loadedSources() {
        Set<String> sources = new LinkedHashSet<>();
        items.stream()
                .filter(i -> i.status() == Status.LOADED)
                .forEach(i -> sources.add(i.version().orElseThrow().source()));
        return sources;
    }

    private static String label(ListUpdater.Status s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
