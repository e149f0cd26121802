package org.armswatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.armswatch.screen.Thresholds;
import org.armswatch.screen.eval.EvalDataException;
import org.armswatch.screen.eval.EvalLists;
import org.armswatch.screen.eval.Metrics;
import org.armswatch.screen.eval.NameBench;
import org.armswatch.screen.eval.Negatives;
import org.armswatch.screen.eval.PutinForms;
import org.armswatch.screen.eval.ScreeningEval;
import org.armswatch.screen.eval.UnPositives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code armswatch eval screening}: the screening quality harness. Builds an index from the
 * newest version of every list in a data folder and runs the labelled sets of its {@code
 * namematch} folder: name pairs beside logic-v2's frozen scores, UN positives with typos,
 * synthetic negatives, US Congress members, and forms of one person's name.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Measure armswatch's quality on labelled data. Evaluations:",
            "  screening  name matching and screening on the data folder's namematch sets:",
            "    names      name pairs (nomenklatura): precision, recall, F1; logic-v2 beside",
            "    un         altered UN names against the UN list: recall@1, recall@5",
            "    negatives  100,000 people on no list, against every list: false positives",
            "    congress   US Congress members against every list: how many match",
            "    putin      forms of Vladimir Putin's name: how often his entry comes first",
            "  extraction  evidence extraction against gold annotations (--gold DIR, and --articles DIR or"
                    + " --predictions DIR): transfers strict and lenient, quotations, meetings, sanctions, denials,"
                    + " people clusters (B-cubed), per article and in total"
        },
        footer = {"", ExitCode.HELP})
final class EvalCommand implements Callable<Integer> {
    static final List<String> BENCHMARKS = List.of("names", "un", "negatives", "congress", "putin");

    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption output;

    @Parameters(paramLabel = "WHAT", description = "What to evaluate: screening or extraction.")
    String what;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder with the lists and a namematch folder (default: ../shared/data when present).")
    Path data;

    @Option(
            names = "--threshold",
            paramLabel = "X",
            description = "Match threshold in [0,1] (default: the screening default, ${DEFAULT-VALUE}).")
    double threshold = Thresholds.DEFAULT;

    @Option(
            names = "--only",
            paramLabel = "LIST",
            split = ",",
            description = "Run only these benchmarks: names, un, negatives, congress, putin (default: all).")
    List<String> only;

    @Option(
            names = "--examples",
            paramLabel = "N",
            defaultValue = "0",
            description = "Show up to N errors of each benchmark (default: ${DEFAULT-VALUE}).")
    int examples;

    @Option(
            names = "--gold",
            paramLabel = "DIR",
            description = "extraction: the gold annotations (default: ../shared/gold when present).")
    Path gold;

    @Option(
            names = "--articles",
            paramLabel = "DIR",
            description = "extraction: the articles the gold annotates, to analyse.")
    Path articles;

    @Option(
            names = "--predictions",
            paramLabel = "DIR",
            description = "extraction: annotations written by analyze --format gold, to score instead.")
    Path predictions;

    @Override
    public Integer call() throws Exception {
        if (what.equals("extraction")) {
            Path folder = Optional.ofNullable(gold)
                    .or(() -> DevLayout.shared("gold"))
                    .orElseThrow(() -> new CliException(ExitCode.USAGE, "no gold folder: give --gold DIR"));
            ExtractionEval.run(
                    folder,
                    articles,
                    predictions,
                    output.json(),
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            return ExitCode.OK;
        }
        if (!what.equals("screening")) {
            throw new CliException(ExitCode.USAGE, "unknown evaluation '" + what + "' (known: screening, extraction)");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new CliException(ExitCode.USAGE, "--threshold must be in [0,1], got " + threshold);
        }
        if (examples < 0) {
            throw new CliException(ExitCode.USAGE, "--examples must not be negative");
        }
        Set<String> run = new LinkedHashSet<>(only == null ? BENCHMARKS : only);
        for (String b : run) {
            if (!BENCHMARKS.contains(b)) {
                throw new CliException(
                        ExitCode.USAGE, "unknown benchmark '" + b + "' (known: " + String.join(", ", BENCHMARKS) + ")");
            }
        }
        Path folder = Optional.ofNullable(data)
                .or(() -> DevLayout.shared("data"))
                .orElseThrow(() -> new CliException(ExitCode.USAGE, "no data folder: give --data DIR"));
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> report = new LinkedHashMap<>();
        try {
            ScreeningEval eval = ScreeningEval.of(folder);
            progress(err, "reading the lists of " + folder);
            EvalLists.Loaded lists = eval.lists();
            report.put("data", folder.toString());
            report.put("threshold", threshold);
            report.put(
                    "lists", lists.versions().stream().map(EvalCommand::version).toList());
            if (run.contains("names")) {
                progress(err, "name pairs");
                report.put("names", names(eval.nameBench(threshold)));
            }
            if (run.contains("un")) {
                progress(err, "UN positives");
                report.put("un", un(eval.unPositives(threshold)));
            }
            if (run.contains("negatives")) {
                progress(err, "negatives (100,000 queries on every list)");
                report.put(
                        "negatives",
                        eval.negatives(threshold).stream().map(this::negatives).toList());
            }
            if (run.contains("congress")) {
                progress(err, "US Congress");
                report.put("congress", negatives(eval.congress(threshold)));
            }
            if (run.contains("putin")) {
                progress(err, "Putin forms");
                report.put("putin", putin(eval.putin(threshold)));
            }
        } catch (EvalDataException e) {
            throw new CliException(ExitCode.REFUSED, e.getMessage());
        }
        if (output.json()) {
            Json.print(spec.commandLine().getOut(), report);
        } else {
            printText(spec.commandLine().getOut(), report);
        }
        return ExitCode.OK;
    }

    private static void progress(PrintWriter err, String what) {
        err.println(what + " …");
        err.flush();
    }

    private static Map<String, Object> version(EvalLists.Version v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", v.source());
        m.put("file", v.file().getFileName().toString());
        m.put("date", v.date().toString());
        m.put("entries", v.entries());
        return m;
    }

    static Map<String, Object> metrics(Metrics m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pairs", m.total());
        out.put("tp", m.tp());
        out.put("fp", m.fp());
        out.put("fn", m.fn());
        out.put("tn", m.tn());
        out.put("precision", number(m.precision()));
        out.put("recall", number(m.recall()));
        out.put("f1", number(m.f1()));
        return out;
    }

    private Map<String, Object> names(NameBench.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("threshold", r.threshold());
        out.put("all", metrics(r.overall()));
        out.put("shared_rows", r.shared());
        out.put("shared", metrics(r.sharedArmswatch()));
        out.put("logic_v2_threshold", r.referenceThreshold());
        out.put("logic_v2_shared", metrics(r.sharedReference()));
        Map<String, Object> categories = new LinkedHashMap<>();
        r.byCategory().forEach((k, v) -> categories.put(k, metrics(v)));
        out.put("by_category", categories);
        Map<String, Object> groups = new LinkedHashMap<>();
        r.byGroup().forEach((k, v) -> groups.put(k, metrics(v)));
        out.put("by_group", groups);
        out.put(
                "errors",
                r.errors().stream()
                        .limit(examples)
                        .map(s -> {
                            Map<String, Object> e = new LinkedHashMap<>();
                            e.put("line", s.pair().line());
                            e.put("schema", s.pair().schema());
                            e.put("name1", s.pair().name1());
                            e.put("name2", s.pair().name2());
                            e.put("is_match", s.pair().match());
                            e.put("score", round(s.score()));
                            e.put("logic_v2", s.reference());
                            return e;
                        })
                        .toList());
        return out;
    }

    private Map<String, Object> un(UnPositives.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", r.rows());
        out.put("resolved", r.resolved());
        Map<String, Object> unresolved = new LinkedHashMap<>();
        for (UnPositives.Unresolved u : UnPositives.Unresolved.values()) {
            unresolved.put(u.name().toLowerCase(Locale.ROOT), r.unresolved().getOrDefault(u, 0));
        }
        out.put("unresolved", unresolved);
        out.put("name_only", recall(r.nameOnly()));
        out.put("with_features", recall(r.withFeatures()));
        out.put("misses", r.misses().stream().limit(examples).toList());
        return out;
    }

    private static Map<String, Object> recall(UnPositives.Recall r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("queries", r.queries());
        out.put("at1", r.at1());
        out.put("at5", r.at5());
        out.put("matched", r.matched());
        out.put("recall_at_1", number(r.recallAt1()));
        out.put("recall_at_5", number(r.recallAt5()));
        out.put("match_rate", number(r.matchRate()));
        return out;
    }

    private Map<String, Object> negatives(Negatives.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", r.name());
        out.put("with_features", r.withFeatures());
        out.put("queries", r.queries());
        out.put("with_a_match", r.hits());
        out.put("rate", number(r.rate()));
        out.put("examples", r.examples().stream().limit(examples).toList());
        return out;
    }

    private Map<String, Object> putin(PutinForms.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("forms", r.forms());
        out.put("first", r.first());
        out.put("first_rate", number(r.firstRate()));
        out.put("matched", r.matched());
        out.put("match_rate", number(r.matchRate()));
        out.put("entries", r.entries());
        out.put(
                "misses",
                r.results().stream().filter(f -> !f.person()).limit(examples).toList());
        return out;
    }

    // ---- text ----

    @SuppressWarnings("unchecked")
    private void printText(PrintWriter out, Map<String, Object> report) {
        out.printf(Locale.ROOT, "Screening quality at threshold %.2f on %s%n", threshold, report.get("data"));
        Table lists = new Table("LIST", "FILE", "DATE", "ENTRIES");
        for (Map<String, Object> v : (List<Map<String, Object>>) report.get("lists")) {
            lists.row(v.get("source"), v.get("file"), v.get("date").toString().substring(0, 10), v.get("entries"));
        }
        lists.print(out);
        List<String[]> targets = new ArrayList<>();
        if (report.containsKey("names")) {
            Map<String, Object> n = (Map<String, Object>) report.get("names");
            out.println();
            out.println("Name pairs (nomenklatura name_bench)");
            Table t = new Table("", "PAIRS", "TP", "FP", "FN", "TN", "PRECISION", "RECALL", "F1");
            metricsRow(t, "armswatch, all pairs", (Map<String, Object>) n.get("all"));
            metricsRow(t, "armswatch, pairs logic-v2 scored", (Map<String, Object>) n.get("shared"));
            metricsRow(
                    t,
                    String.format(Locale.ROOT, "logic-v2 at %.2f, same pairs", (double) n.get("logic_v2_threshold")),
                    (Map<String, Object>) n.get("logic_v2_shared"));
            t.print(out);
            out.println();
            Table c = new Table("CATEGORY", "PAIRS", "TP", "FP", "FN", "TN", "PRECISION", "RECALL", "F1");
            ((Map<String, Object>) n.get("by_category")).forEach((k, v) -> metricsRow(c, k, (Map<String, Object>) v));
            c.print(out);
            for (Map<String, Object> e : (List<Map<String, Object>>) n.get("errors")) {
                out.printf(
                        Locale.ROOT,
                        "  %s %.3f (logic-v2 %s) [%s] %s | %s%n",
                        (boolean) e.get("is_match") ? "missed" : "false match",
                        (double) e.get("score"),
                        e.get("logic_v2") == null ? "-" : e.get("logic_v2"),
                        e.get("schema"),
                        e.get("name1"),
                        e.get("name2"));
            }
            targets.add(target(
                    "name pairs: F1 on the pairs logic-v2 scored",
                    ((Map<String, Object>) n.get("shared")).get("f1"),
                    0.88));
        }
        if (report.containsKey("un")) {
            Map<String, Object> u = (Map<String, Object>) report.get("un");
            Map<String, Object> unresolved = (Map<String, Object>) u.get("unresolved");
            out.println();
            out.printf(
                    Locale.ROOT,
                    "UN positives: %s rows, %s resolved to one UN entry by exact normalised name (%s not found, %s ambiguous)%n",
                    u.get("rows"),
                    u.get("resolved"),
                    unresolved.get("not_found"),
                    unresolved.get("ambiguous"));
            Table t = new Table("QUERY", "QUERIES", "RECALL@1", "RECALL@5", "MATCH AT THRESHOLD");
            for (String k : List.of("name_only", "with_features")) {
                Map<String, Object> r = (Map<String, Object>) u.get(k);
                t.row(
                        k.equals("name_only") ? "name only" : "name, birth date, nationality",
                        r.get("queries"),
                        percent(r.get("recall_at_1")),
                        percent(r.get("recall_at_5")),
                        percent(r.get("match_rate")));
            }
            t.print(out);
            for (Object m : (List<Object>) u.get("misses")) {
                out.println("  " + m);
            }
            Map<String, Object> name = (Map<String, Object>) u.get("name_only");
            targets.add(target("UN positives: recall@1 by name", name.get("recall_at_1"), 0.97));
            targets.add(target("UN positives: recall@5 by name", name.get("recall_at_5"), 0.99));
        }
        if (report.containsKey("negatives") || report.containsKey("congress")) {
            out.println();
            out.println("Negatives, screened with birth date and nationality against every list");
            Table t = new Table("FILE", "QUERIES", "WITH A MATCH", "RATE");
            List<Map<String, Object>> rows = new ArrayList<>();
            if (report.containsKey("negatives")) {
                rows.addAll((List<Map<String, Object>>) report.get("negatives"));
            }
            if (report.containsKey("congress")) {
                rows.add((Map<String, Object>) report.get("congress"));
            }
            for (Map<String, Object> r : rows) {
                t.row(r.get("file"), r.get("queries"), r.get("with_a_match"), percent(r.get("rate")));
            }
            t.print(out);
            for (Map<String, Object> r : rows) {
                for (Object e : (List<Object>) r.get("examples")) {
                    out.println("  " + r.get("file") + ": " + e);
                }
                if (!r.get("file").equals("us-congress")) {
                    targets.add(target("negatives " + r.get("file") + ": false-positive rate", r.get("rate"), -0.005));
                }
            }
        }
        if (report.containsKey("putin")) {
            Map<String, Object> p = (Map<String, Object>) report.get("putin");
            out.println();
            out.printf(
                    Locale.ROOT,
                    "Putin forms: %s of %s have his entry first (%s), %s of them a match at the threshold (%s)%n",
                    p.get("first"),
                    p.get("forms"),
                    percent(p.get("first_rate")),
                    p.get("matched"),
                    percent(p.get("match_rate")));
            for (Object m : (List<Object>) p.get("misses")) {
                out.println("  " + m);
            }
            targets.add(target("Putin forms: his entry first", p.get("first_rate"), 0.95));
        }
        out.println();
        Table t = new Table("TARGET", "MEASURED", "WANTED", "MET");
        targets.forEach(r -> t.row((Object[]) r));
        t.print(out);
        out.flush();
    }

    // A target row: at least the wanted value, or at most its absolute value when it is negative.
    private static String[] target(String what, Object measured, double wanted) {
        Double m = measured instanceof Number n ? n.doubleValue() : null;
        boolean atMost = wanted < 0;
        double w = Math.abs(wanted);
        boolean met = m != null && (atMost ? m <= w : m >= w);
        String shown = what.contains("F1") ? fixed(m) : percent(m);
        String wantedShown = (atMost ? "<= " : ">= ") + (what.contains("F1") ? fixed(w) : percent(w));
        return new String[] {what, shown, wantedShown, met ? "yes" : "no"};
    }

    private static void metricsRow(Table t, String label, Map<String, Object> m) {
        t.row(
                label,
                m.get("pairs"),
                m.get("tp"),
                m.get("fp"),
                m.get("fn"),
                m.get("tn"),
                fixed(m.get("precision")),
                fixed(m.get("recall")),
                fixed(m.get("f1")));
    }

    private static String fixed(Object d) {
        return d instanceof Number n ? String.format(Locale.ROOT, "%.4f", n.doubleValue()) : "-";
    }

    private static String percent(Object d) {
        return d instanceof Number n ? String.format(Locale.ROOT, "%.2f %%", 100 * n.doubleValue()) : "-";
    }

    // NaN (an undefined measure) as null, so that the JSON stays JSON.
    private static Double number(double d) {
        return Double.isNaN(d) ? null : round(d);
    }

    private static double round(double d) {
        return Math.round(d * 1_000_000) / 1_000_000.0;
    }
}
