package org.armswatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.armswatch.lists.Digests;
import org.armswatch.lists.ListVersion;
import org.armswatch.screen.BatchInputException;
import org.armswatch.screen.CsvScreening;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.armswatch.screen.Queries;
import org.armswatch.screen.ResultJson;
import org.armswatch.screen.ScreeningQuery;
import org.armswatch.screen.ScreeningResult;
import org.armswatch.screen.ScreeningUnavailableException;
import org.armswatch.screen.Thresholds;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.ListStore;
import org.armswatch.store.db.ScreeningIndexes;
import org.armswatch.store.db.ScreeningLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armswatch screen}: one name, or a CSV file of names, against the loaded lists. */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Screen a name, or a CSV file of names (--csv), against the active versions of the loaded lists.",
            "Each result gives the entry id, its list and version, a score in [0,1], whether it is a match, the same party's"
                    + " entries in other lists, and an explanation: how the name's tokens aligned and what each feature added.",
            "Without loaded lists screening refuses (exit 7) rather than answer 'no match'. Every run is recorded in the audit trail."
        },
        footer = {"", ExitCode.HELP})
final class ScreenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The name to screen, in any script.")
    String name;

    @Option(
            names = "--schema",
            paramLabel = "SCHEMA",
            description = "Person, Organization, Company, LegalEntity, Vessel or Airplane.")
    String schema;

    @Option(names = "--birth-date", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD; repeatable.")
    List<String> birthDates = new ArrayList<>();

    @Option(
            names = "--country",
            paramLabel = "COUNTRY",
            description = "ISO alpha-2, alpha-3 or English name; repeatable.")
    List<String> countries = new ArrayList<>();

    @Option(
            names = "--identifier",
            paramLabel = "ID",
            description = "IMO, passport, registration number …; repeatable.")
    List<String> identifiers = new ArrayList<>();

    @Option(
            names = "--lists",
            split = ",",
            paramLabel = "SOURCE",
            description = "Screen only against these lists (default: all loaded).")
    List<String> lists = new ArrayList<>();

    @Option(
            names = "--threshold",
            paramLabel = "X",
            description = "Score at or above which a result is a match (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + Thresholds.DEFAULT)
    double threshold;

    @Option(
            names = "--candidates",
            paramLabel = "N",
            defaultValue = "0",
            description = "Also list the best N results below the threshold.")
    int candidates;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "10",
            description = "At most N matches per name (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--csv",
            paramLabel = "IN.csv",
            description =
                    "Screen every row of a CSV file (header row; 'name' required; id, schema, birth_date, country, identifier used).")
    Path csv;

    @Option(names = "--out", paramLabel = "OUT", description = "Where --csv writes its results.")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "One name: text or json (default text). --csv: csv or jsonl (default csv).")
    String format;

    @Option(
            names = "--caller",
            paramLabel = "WHO",
            description = "Who screens, for the audit trail (default: the system user).")
    String caller;

    @Override
    public Integer call() throws Exception {
        validate();
        Settings settings = global.settings();
        try (Database db = GlobalOptions.open(settings)) {
            ListStore store = db.lists();
            ScreeningIndexes.Built built;
            try {
                built = new ScreeningIndexes(store, NameNormalizer.standard()).current();
            } catch (ScreeningUnavailableException e) {
                throw new CliException(ExitCode.UNAVAILABLE, e.getMessage());
            }
            List<ListVersion> versions = selectedVersions(built.versions());
            MatchIndex.Options options = new MatchIndex.Options(threshold, limit + candidates, sourcesOf(versions));
            return csv == null
                    ? single(db, built.index(), versions, options)
                    : batch(db, built.index(), versions, options);
        }
    }

    private void validate() {
        if (csv == null && name == null) {
            throw new CliException(ExitCode.USAGE, "give a NAME to screen, or --csv IN.csv --out OUT");
        }
        if (csv != null && name != null) {
            throw new CliException(ExitCode.USAGE, "give either a NAME or --csv, not both");
        }
        if (csv != null && out == null) {
            throw new CliException(ExitCode.USAGE, "--csv needs --out OUT for the results");
        }
        if (csv != null && !Files.isRegularFile(csv)) {
            throw new CliException(ExitCode.USAGE, "--csv " + csv + ": no such file");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new CliException(ExitCode.USAGE, "--threshold must be between 0 and 1, got " + threshold);
        }
        if (candidates < 0 || limit < 1) {
            throw new CliException(ExitCode.USAGE, "--candidates must be 0 or more and --limit 1 or more");
        }
        Set<String> allowed = csv == null ? Set.of("text", "json") : Set.of("csv", "jsonl");
        if (format != null && !allowed.contains(format)) {
            throw new CliException(
                    ExitCode.USAGE,
                    "--format " + format + ": use "
                            + String.join(" or ", allowed.stream().sorted().toList())
                            + (csv == null ? " for one name" : " with --csv"));
        }
    }

    private List<ListVersion> selectedVersions(List<ListVersion> active) {
        if (lists.isEmpty()) {
            return active;
        }
        Set<String> loaded = new HashSet<>();
        active.forEach(v -> loaded.add(v.source()));
        for (String l : lists) {
            if (!loaded.contains(l)) {
                throw new CliException(
                        ExitCode.UNAVAILABLE,
                        "--lists " + l + ": no such list is loaded (loaded: "
                                + String.join(", ", loaded.stream().sorted().toList())
                                + "); refusing to screen without it");
            }
        }
        return active.stream().filter(v -> lists.contains(v.source())).toList();
    }

    private static Set<String> sourcesOf(List<ListVersion> versions) {
        Set<String> s = new HashSet<>();
        versions.forEach(v -> s.add(v.source()));
        return s;
    }

    private int single(Database db, MatchIndex index, List<ListVersion> versions, MatchIndex.Options options) {
        ScreeningQuery query;
        try {
            query = Queries.parse(name, schema, birthDates, countries, identifiers);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage());
        }
        List<ScreeningResult> shown = Queries.select(index.search(query, options), candidates).stream()
                .limit(limit + (long) candidates)
                .toList();
        ListStore store = db.lists();
        List<ObjectNode> results = new ArrayList<>();
        List<List<String>> related = new ArrayList<>();
        for (ScreeningResult r : shown) {
            List<String> rel = ScreenView.related(store, r);
            related.add(rel);
            results.add(ResultJson.result(r, rel));
        }
        ObjectNode json = ResultJson.screened(null, query.name(), results);
        long audit = db.screeningLog()
                .record(new ScreeningLog.Run(
                        Instant.now(),
                        caller(),
                        VersionProvider.version(),
                        threshold,
                        versions,
                        queryJson(query),
                        json.get("results")));
        json.put("threshold", threshold);
        json.set("list_versions", versionsJson(versions));
        json.put("audit_id", audit);
        if ("json".equals(format)) {
            Json.print(spec.commandLine().getOut(), json);
        } else {
            ScreenView.print(spec.commandLine().getOut(), query, threshold, shown, related, versions, candidates > 0);
            spec.commandLine().getOut().printf("(audit record %d)%n", audit);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }

    private int batch(Database db, MatchIndex index, List<ListVersion> versions, MatchIndex.Options options)
            throws Exception {
        CsvScreening.Format f = "jsonl".equals(format) ? CsvScreening.Format.JSONL : CsvScreening.Format.CSV;
        ListStore store = db.lists();
        CsvScreening screening = new CsvScreening(index, options, candidates, r -> ScreenView.related(store, r));
        ProgressBar bar = Terminal.interactive()
                ? new ProgressBarBuilder()
                        .setTaskName("Screening")
                        .setInitialMax(-1)
                        .setUnit(" rows", 1)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .build()
                : null;
        CsvScreening.Summary summary;
        try {
            summary = screening.run(csv, out, f, done -> {
                if (bar != null) {
                    bar.stepTo(done);
                }
            });
        } catch (BatchInputException e) {
            throw new CliException(ExitCode.REFUSED, e.getMessage());
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        ObjectNode query = ResultJson.mapper().createObjectNode();
        query.put("csv", csv.toAbsolutePath().toString());
        query.put("csv_sha256", Digests.sha256(csv));
        query.put("candidates", candidates);
        ObjectNode results = ResultJson.mapper().createObjectNode();
        results.put("out", out.toAbsolutePath().toString());
        results.put("out_sha256", Digests.sha256(out));
        results.put("rows", summary.rows());
        results.put("errors", summary.errors());
        results.put("rows_with_matches", summary.withMatches());
        long audit = db.screeningLog()
                .record(new ScreeningLog.Run(
                        Instant.now(), caller(), VersionProvider.version(), threshold, versions, query, results));
        spec.commandLine()
                .getErr()
                .printf(
                        Locale.ROOT,
                        "screened %,d rows: %,d with matches, %,d errors; results in %s (audit record %d)%n",
                        summary.rows(),
                        summary.withMatches(),
                        summary.errors(),
                        out,
                        audit);
        return ExitCode.OK;
    }

    private ObjectNode queryJson(ScreeningQuery q) {
        ObjectNode o = ResultJson.mapper().createObjectNode();
        o.put("name", q.name());
        q.schema().ifPresent(s -> o.put("schema", s));
        ArrayNode d = o.putArray("birth_dates");
        q.birthDates().forEach(d::add);
        ArrayNode c = o.putArray("countries");
        q.countries().forEach(c::add);
        ArrayNode i = o.putArray("identifiers");
        q.identifiers().forEach(i::add);
        ArrayNode l = o.putArray("lists");
        lists.forEach(l::add);
        o.put("candidates", candidates);
        return o;
    }

    private static ArrayNode versionsJson(List<ListVersion> versions) {
        ArrayNode a = ResultJson.mapper().createArrayNode();
        for (ListVersion v : versions) {
            ObjectNode o = a.addObject();
            o.put("source", v.source());
            o.put("version", v.id());
            o.put("sha256", v.sha256());
        }
        return a;
    }

    private String caller() {
        if (caller != null && !caller.isBlank()) {
            return caller.strip();
        }
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
