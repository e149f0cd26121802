package org.armswatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.armswatch.extract.Actors;
import org.armswatch.extract.AnalysisException;
import org.armswatch.extract.Analyzer;
import org.armswatch.extract.CoreNlp;
import org.armswatch.extract.Resolution;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.GoldFiles;
import org.armswatch.extract.eval.Transfer;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.store.db.AnalysisStore;
import org.armswatch.store.db.ArticleIngester;
import org.armswatch.store.db.ArticleSearch;
import org.armswatch.store.db.ArticleStore;
import org.armswatch.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armswatch analyze}: the evidence of stored articles, or of files read in first. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Read the evidence out of articles: transfers (supplier, recipient, items, status, who claims it), meetings,"
                    + " sanctions designations, denials, quotations with their speakers, and the people named, each"
                    + " with the sentence that carries it. Results are stored; analysing an article again replaces"
                    + " them. The people of the articles analysed together are resolved across them first: one"
                    + " person spelt differently by different outlets gets one name.",
            "An argument that names an existing file is read into the store first (as ingest does); any other is"
                    + " an article id. --format gold writes one JSON file per article in the schema of the gold"
                    + " annotations into --out DIR.",
            "English only: other languages are skipped with a message. Loading the language models takes several"
                    + " seconds."
        },
        footer = {"", ExitCode.HELP})
final class AnalyzeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What {@code analyze} prints. */
    enum Output {
        text,
        json,
        gold
    }

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Parameters(arity = "0..*", paramLabel = "ARTICLE-ID|PATH", description = "Stored articles or files.")
    List<String> targets = List.of();

    @Option(names = "--all", description = "Analyse every stored article.")
    boolean all;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Output form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Output format;

    @Option(names = "--out", paramLabel = "DIR", description = "With --format gold: the folder to write into.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (targets.isEmpty() && !all) {
            throw new CliException(ExitCode.USAGE, "nothing to analyse: give article ids, files, or --all");
        }
        if (format == Output.gold && out == null) {
            throw new CliException(ExitCode.USAGE, "--format gold needs --out DIR");
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Settings settings = global.settings();
        boolean failed = false;
        List<Map<String, Object>> printed = new ArrayList<>();
        try (Database db = GlobalOptions.open(settings)) {
            List<Long> ids = new ArrayList<>();
            failed |= resolve(db, settings, ids, err);
            Analyzer analyzer = AnalyzeCommand.loadAnalyzer(err);
            List<ArticleStore.Stored> articles = new ArrayList<>();
            for (long id : ids) {
                articles.add(db.articles().get(id).orElseThrow());
            }
            Map<ArticleStore.Stored, Annotations> results = analyzeAndStore(db, analyzer, articles, err);
            failed |= results.size() < articles.size();
            for (Map.Entry<ArticleStore.Stored, Annotations> e : results.entrySet()) {
                long id = e.getKey().id();
                ArticleStore.Stored a = e.getKey();
                Annotations result = e.getValue();
                switch (format) {
                    case gold -> GoldFiles.write(result, out.resolve(stem(result.doc()) + ".json"));
                    case json -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("article", id);
                        m.putAll(JSON.readValue(GoldFiles.toJson(result), Map.class));
                        m.put("actors", Actors.of(result));
                        printed.add(m);
                    }
                    case text -> printText(stdout, id, a, result);
                }
            }
        }
        if (format == Output.json) {
            Json.print(stdout, printed);
        } else if (format == Output.gold) {
            stdout.println("wrote " + out);
        }
        stdout.flush();
        return failed ? ExitCode.REFUSED : ExitCode.OK;
    }

    /** Loads the language models and gazetteers (several seconds), saying so on {@code err}. */
    static Analyzer loadAnalyzer(PrintWriter err) {
        err.println("loading the language models …");
        err.flush();
        return new Analyzer(new CoreNlp(), Gazetteer.standard());
    }

    /**
     * Analyses stored articles, resolves their people across them, and stores each article's results
     * in place of earlier ones. An article that cannot be analysed is skipped with a line on {@code
     * err}; the others go on.
     *
     * @return the results of the articles analysed, in the given order
     */
    static Map<ArticleStore.Stored, Annotations> analyzeAndStore(
            Database db, Analyzer analyzer, List<ArticleStore.Stored> articles, PrintWriter err) {
        List<ArticleStore.Stored> analysedArticles = new ArrayList<>();
        List<Annotations> analysed = new ArrayList<>();
        for (ArticleStore.Stored a : articles) {
            try {
                analysed.add(analyzer.analyze(
                        docName(a),
                        a.outlet(),
                        a.published(),
                        db.articles().text(a.id()).orElseThrow()));
                analysedArticles.add(a);
            } catch (AnalysisException e) {
                err.println("skipped: article " + a.id() + ": " + e.getMessage());
            }
        }
        // The people of the articles analysed together are resolved across them before anything is kept.
        List<Annotations> resolved =
                new Resolution(analyzer.gazetteer()).resolve(analysed).articles();
        Map<ArticleStore.Stored, Annotations> out = new LinkedHashMap<>();
        for (int i = 0; i < resolved.size(); i++) {
            store(db, analysedArticles.get(i), resolved.get(i));
            out.put(analysedArticles.get(i), resolved.get(i));
        }
        return out;
    }

    // Stores an article's results in place of earlier ones.
    private static void store(Database db, ArticleStore.Stored a, Annotations result) {
        db.analyses()
                .replace(new AnalysisStore.Analysis(
                        a.id(),
                        GlobalOptions.clock().instant(),
                        "armswatch " + VersionProvider.version() + " (CoreNLP 4.5.10)",
                        GoldFiles.toJson(result)));
    }

    // The stored articles the arguments name: files are ingested first. Whether any could not be.
    private boolean resolve(Database db, Settings settings, List<Long> ids, PrintWriter err) throws Exception {
        boolean failed = false;
        List<Path> files = new ArrayList<>();
        for (String t : targets) {
            Path p = Path.of(t);
            if (Files.exists(p)) {
                files.addAll(IngestCommand.files(p));
            } else if (t.matches("\\d{1,18}")) {
                long id = Long.parseLong(t);
                if (db.articles().get(id).isPresent()) {
                    ids.add(id);
                } else {
                    err.println("failed: no article " + id + " (and no file " + t + ")");
                    failed = true;
                }
            } else {
                err.println("failed: " + t + ": no such file, and not an article id");
                failed = true;
            }
        }
        if (!files.isEmpty()) {
            List<ArticleIngester.Outcome> outcomes = new ArrayList<>();
            try (ArticleSearch search = ArticleSearch.open(settings.searchIndex(), db.articles())) {
                ArticleIngester ingester = ArticleIngester.open(db, search, GlobalOptions.clock());
                IngestCommand.ingestFiles(ingester, files, ArticleIngester.Overrides.NONE, outcomes::add);
                search.commit();
            }
            for (ArticleIngester.Outcome o : outcomes) {
                if (o.kind() == ArticleIngester.Kind.FAILED) {
                    err.println("failed: " + o.reason());
                    failed = true;
                } else {
                    ids.add(o.article());
                }
            }
        }
        if (all) {
            db.articles().list(new ArticleStore.Filter(null, null, null)).forEach(a -> ids.add(a.id()));
        }
        return failed;
    }

    // The name results carry: the source's file name ("000_x.txt"), or article-ID for a page without one.
    static String docName(ArticleStore.Stored a) {
        String source = a.source();
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        String name = source.substring(slash + 1);
        int query = name.indexOf('?');
        if (query >= 0) {
            name = name.substring(0, query);
        }
        return name.isBlank() ? "article-" + a.id() : name;
    }

    private static String stem(String doc) {
        int dot = doc.lastIndexOf('.');
        return dot > 0 ? doc.substring(0, dot) : doc;
    }

    private static void printText(PrintWriter out, long id, ArticleStore.Stored a, Annotations r) {
        out.printf(
                "== article %d · %s · %s · %s%n",
                id,
                Optional.ofNullable(a.outlet()).orElse("?"),
                Optional.ofNullable(a.published()).map(Object::toString).orElse("undated"),
                a.title());
        if (r.transfers().isEmpty()) {
            out.println("no transfers");
        } else {
            Table t = new Table("SUPPLIER", "RECIPIENT", "ITEMS", "STATUS", "CLAIMED BY", "EVIDENCE");
            for (Transfer x : r.transfers()) {
                t.row(
                        x.supplier(),
                        x.recipient(),
                        String.join(", ", x.items()),
                        x.status(),
                        Optional.ofNullable(x.claimedBy()).orElse(""),
                        shorten(x.evidence()));
            }
            t.print(out);
        }
        r.meetings()
                .forEach(m -> out.printf(
                        "meeting (%s): %s · %s%n",
                        m.status(), String.join(", ", m.participants()), shorten(m.evidence())));
        r.sanctions()
                .forEach(s -> out.printf("sanction: %s on %s · %s%n", s.imposer(), s.target(), shorten(s.evidence())));
        r.denials().forEach(d -> out.printf("denial by %s · %s%n", d.denier(), shorten(d.evidence())));
        r.quotes().forEach(q -> out.printf("quote (%s): “%s”%n", q.speaker(), shorten(q.span())));
        out.println("actors: "
                + String.join(", ", Actors.of(r).stream().map(Actors.Actor::id).toList()));
        out.println("people: "
                + String.join(
                        "; ",
                        r.people().stream()
                                .map(p -> p.name()
                                        + (p.forms().size() > 1 ? " (" + String.join(", ", p.forms()) + ")" : ""))
                                .toList()));
        out.println();
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 110 ? one : one.substring(0, 107) + "…";
    }
}
