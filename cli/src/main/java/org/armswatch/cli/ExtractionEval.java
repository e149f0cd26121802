package org.armswatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.armswatch.extract.AnalysisException;
import org.armswatch.extract.Analyzer;
import org.armswatch.extract.Resolution;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.Clusters;
import org.armswatch.extract.eval.ExtractionScore;
import org.armswatch.extract.eval.GoldFiles;
import org.armswatch.extract.eval.GoldFormatException;
import org.armswatch.extract.eval.ScoreReport;
import org.armswatch.extract.eval.Scores;

/**
 * {@code armswatch eval extraction}: scores extraction against gold annotations, either analysing
 * the articles the gold names or reading predictions written by {@code analyze --format gold}.
 */
final class ExtractionEval {
    private ExtractionEval() {}

    static void run(Path gold, Path articles, Path predictions, boolean json, PrintWriter out, PrintWriter err)
            throws Exception {
        if ((articles == null) == (predictions == null)) {
            throw new CliException(ExitCode.USAGE, "give exactly one of --articles DIR and --predictions DIR");
        }
        Map<String, Annotations> expected;
        Clusters clusters;
        try {
            expected = GoldFiles.readFolder(gold);
            clusters = GoldFiles.readClusters(gold.resolve(GoldFiles.CLUSTERS_FILE));
        } catch (GoldFormatException e) {
            throw new CliException(ExitCode.REFUSED, gold + ": " + e.getMessage());
        }
        Map<String, Annotations> predicted;
        if (predictions != null) {
            try {
                predicted = GoldFiles.readFolder(predictions);
            } catch (GoldFormatException e) {
                throw new CliException(ExitCode.REFUSED, predictions + ": " + e.getMessage());
            }
        } else {
            predicted = analyse(expected, articles, err);
        }
        ScoreReport report;
        try {
            report = ExtractionScore.score(expected, predicted, clusters);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage());
        }
        if (json) {
            out.println(report.toJsonText());
        } else {
            text(out, report);
        }
        out.flush();
    }

    private static Map<String, Annotations> analyse(Map<String, Annotations> gold, Path articles, PrintWriter err)
            throws Exception {
        for (String doc : gold.keySet()) {
            if (!Files.isRegularFile(articles.resolve(doc))) {
                throw new CliException(
                        ExitCode.NOT_FOUND, "the gold annotates " + doc + ", which is not in " + articles);
            }
        }
        Analyzer analyzer = AnalyzeCommand.loadAnalyzer(err);
        Map<String, Annotations> out = new LinkedHashMap<>();
        for (Map.Entry<String, Annotations> e : gold.entrySet()) {
            String text = Files.readString(articles.resolve(e.getKey()));
            try {
                out.put(
                        e.getKey(),
                        analyzer.analyze(
                                e.getKey(), e.getValue().outlet(), e.getValue().published(), text));
            } catch (AnalysisException x) {
                throw new CliException(ExitCode.REFUSED, x.getMessage());
            }
        }
        // The people of the analysed articles resolved across them, as analyze does for several articles.
        Map<String, Annotations> resolved = new LinkedHashMap<>();
        for (Annotations a : new Resolution(analyzer.gazetteer())
                .resolve(List.copyOf(out.values()))
                .articles()) {
            resolved.put(a.doc(), a);
        }
        return resolved;
    }

    private static void text(PrintWriter out, ScoreReport report) {
        Table t = new Table(
                "ARTICLE",
                "TRANSFERS STRICT F1",
                "LENIENT F1",
                "QUOTES ATTRIBUTED",
                "MEETINGS F1",
                "SANCTIONS F1",
                "DENIALS F1",
                "PEOPLE B3 F1");
        report.perArticle().forEach((doc, s) -> row(t, doc, s));
        row(t, "all", report.total());
        t.print(out);
        Scores s = report.total();
        out.printf(
                Locale.ROOT,
                "transfers: strict P %.3f R %.3f, lenient P %.3f R %.3f; quotes detected %.3f; meetings P %.3f R %.3f%n",
                s.transfersStrict().precision(),
                s.transfersStrict().recall(),
                s.transfersLenient().precision(),
                s.transfersLenient().recall(),
                s.quotes().detectedRate(),
                s.meetings().precision(),
                s.meetings().recall());
    }

    private static void row(Table t, String doc, Scores s) {
        t.row(
                doc,
                f(s.transfersStrict().f1()),
                f(s.transfersLenient().f1()),
                f(s.quotes().attributedRate()),
                f(s.meetings().f1()),
                f(s.sanctions().f1()),
                f(s.denials().f1()),
                f(s.clusters().f1()));
    }

    private static String f(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
