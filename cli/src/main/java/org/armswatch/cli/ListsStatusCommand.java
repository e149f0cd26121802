package org.armswatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.armswatch.lists.ListSources;
import org.armswatch.lists.ListVersion;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code armswatch lists status}: the active version of every source, and whether it is stale. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Show each source's active version: publisher date, record count, SHA-256, when it was loaded, its age,"
                    + " record-level quirks and warnings, and whether it is stale against its expected cadence.",
            "Cadences: stale-after.<source> in <home>/armswatch.properties (e.g. stale-after.un=2d), or --stale-after for all."
        },
        footer = {"", ExitCode.HELP})
final class ListsStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    FormatOption output;

    @Option(
            names = "--stale-after",
            paramLabel = "DURATION",
            description = "Age past which every list is stale (e.g. 7d, 36h), overriding the configured cadences.")
    String staleAfter;

    @Override
    public Integer call() throws Exception {
        Settings settings = global.settings();
        Duration override = staleAfter == null ? null : Settings.duration(staleAfter, "--stale-after");
        List<Map<String, Object>> rows;
        try (Database db = GlobalOptions.open(settings)) {
            rows = rows(db.lists(), settings, override, GlobalOptions.clock().instant());
        }
        if (output.json()) {
            Json.print(spec.commandLine().getOut(), rows);
        } else {
            printText(spec.commandLine().getOut(), spec.commandLine().getErr(), rows);
        }
        return ExitCode.OK;
    }

    /** One row per source: its active version, age, staleness, terms and quirks. */
    static List<Map<String, Object>> rows(ListStore store, Settings settings, Duration override, Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ListVersion v : store.activeVersions()) {
            Duration cadence = override != null ? override : settings.cadence(v.source());
            Duration age = Duration.between(v.publishedAt(), now);
            Map<String, Object> row = ListViews.version(v);
            row.put("age_days", age.toDays());
            row.put("cadence_days", cadence.toDays());
            row.put("stale", age.compareTo(cadence) > 0);
            row.put("terms", ListSources.describe(v.source()).terms());
            row.put("quirk_summary", ListViews.quirkSummary(store.quirks(v.id())));
            rows.add(row);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    static void printText(PrintWriter out, PrintWriter err, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            err.println("no lists loaded: run 'armswatch lists update' (or with --from PATH)");
            err.flush();
            return;
        }
        Table table =
                new Table("SOURCE", "VERSION", "PUBLISHED", "RECORDS", "SHA-256", "LOADED", "AGE", "QUIRKS", "STALE");
        for (Map<String, Object> r : rows) {
            table.row(
                    r.get("source"),
                    "v" + r.get("version"),
                    ListViews.date(Instant.parse((String) r.get("published")))
                            + ("publisher".equals(r.get("date_basis")) ? "" : "*"),
                    ListViews.count((Integer) r.get("records")),
                    ListViews.shortHash((String) r.get("sha256")),
                    ListViews.date(Instant.parse((String) r.get("loaded_at"))),
                    ListViews.age(Duration.ofDays((Long) r.get("age_days"))),
                    r.get("quirks"),
                    (Boolean) r.get("stale") ? "STALE (>" + r.get("cadence_days") + "d)" : "ok");
        }
        table.print(out);
        boolean guessed = rows.stream().anyMatch(r -> !"publisher".equals(r.get("date_basis")));
        if (guessed) {
            out.println(
                    "* date not in the file: taken from --date, the download, the file name or the load time (see warnings)");
        }
        rows.stream()
                .filter(r -> ((String) r.get("source")).startsWith(ListSources.OPENSANCTIONS))
                .findFirst()
                .ifPresent(r -> out.println("opensanctions-*: " + r.get("terms")));
        for (Map<String, Object> r : rows) {
            List<String> warnings = (List<String>) r.get("warnings");
            Map<String, Map<String, Object>> quirks = (Map<String, Map<String, Object>>) r.get("quirk_summary");
            if (warnings.isEmpty() && quirks.isEmpty()) {
                continue;
            }
            out.println();
            out.println(r.get("source") + " v" + r.get("version") + ":");
            warnings.forEach(w -> out.println("  warning: " + w));
            quirks.forEach((code, q) -> {
                List<String> ids = (List<String>) q.get("records");
                out.println("  quirk " + code + " ×" + q.get("count") + ": "
                        + String.join(", ", ids.subList(0, Math.min(8, ids.size())))
                        + (ids.size() > 8 ? ", … " + (ids.size() - 8) + " more" : "") + " — e.g. " + q.get("example"));
            });
        }
        out.flush();
    }
}
