package org.armswatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.armswatch.extract.AnalysisException;
import org.armswatch.extract.Analyzer;
import org.armswatch.extract.CoreNlp;
import org.armswatch.extract.Sentence;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.news.ArticleException;
import org.armswatch.news.ArticleExtractor;

/**
 * {@code armswatch bench nlp}: the cost of evidence extraction on one thread — the time to load
 * the CoreNLP models, the heap they hold, and tokens per second through the whole analysis
 * (CoreNLP, mentions, quotations, people and event rules) over the articles of a folder, as the
 * median of several passes after a warm-up pass.
 */
final class NlpBenchmark {
    /**
     * What was measured.
     *
     * @param loadSeconds time to load the models
     * @param heapBytes heap in use after loading and a collection
     * @param peakHeapBytes the most heap in use during the analysis passes: the sum of each heap
     *     pool's peak, so an upper bound (the pools need not peak together)
     * @param tokens tokens per pass
     * @param passSeconds each timed pass
     */
    record Result(double loadSeconds, long heapBytes, long peakHeapBytes, int tokens, List<Double> passSeconds) {
        double medianTokensPerSecond() {
            return tokens / BenchCommand.median(passSeconds);
        }
    }

    private NlpBenchmark() {}

    static Result run(Path folder, int passes, PrintWriter err) throws IOException {
        List<String> texts = texts(folder);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long start = System.nanoTime();
        CoreNlp nlp = new CoreNlp();
        double load = (System.nanoTime() - start) / 1e9;
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed();
        err.printf(Locale.ROOT, "models loaded in %.1f s%n", load);
        err.flush();
        int tokens = 0;
        for (String t : texts) {
            for (Sentence s : nlp.annotate(t)) {
                tokens += s.tokens().size();
            }
        }
        Analyzer analyzer = new Analyzer(nlp, Gazetteer.standard());
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Double> seconds = new ArrayList<>();
        for (int pass = 0; pass <= passes; pass++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                try {
                    analyzer.analyze("bench-" + i, null, null, texts.get(i));
                } catch (AnalysisException e) {
                    throw new CliException(ExitCode.REFUSED, e.getMessage());
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (pass > 0) {
                seconds.add(s);
            }
            err.printf(
                    Locale.ROOT,
                    "%s: %,d tokens in %.2f s, %,.0f tokens/s%n",
                    pass == 0 ? "warm-up" : "pass " + pass,
                    tokens,
                    s,
                    tokens / s);
            err.flush();
        }
        long peak =
                heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Result(load, heap, peak, tokens, seconds);
    }

    // The articles' texts as ingest reads them.
    private static List<String> texts(Path folder) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    texts.add(ArticleExtractor.extract(Files.readAllBytes(f), null, f.toString())
                            .text());
                } catch (ArticleException e) {
                    throw new CliException(ExitCode.REFUSED, e.getMessage());
                }
            }
        }
        if (texts.isEmpty()) {
            throw new CliException(ExitCode.USAGE, "no articles in " + folder + ": give --seeds DIR");
        }
        return texts;
    }

    static void text(PrintWriter out, Result r) {
        out.printf(
                Locale.ROOT,
                "analysis on one thread: median %,.0f tokens/s over %d passes of %,d tokens (%s); models loaded in %.1f s;"
                        + " heap after loading %.2f GB, at most %.2f GB during the analysis%n",
                r.medianTokensPerSecond(),
                r.passSeconds().size(),
                r.tokens(),
                String.join(
                        ", ",
                        r.passSeconds().stream()
                                .map(s -> String.format(Locale.ROOT, "%,.0f/s", r.tokens() / s))
                                .toList()),
                r.loadSeconds(),
                r.heapBytes() / 1e9,
                r.peakHeapBytes() / 1e9);
        out.flush();
    }

    static void json(PrintWriter out, Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("benchmark", "nlp");
        m.put("load_seconds", r.loadSeconds());
        m.put("heap_bytes_after_load", r.heapBytes());
        m.put("peak_heap_bytes_during_analysis", r.peakHeapBytes());
        m.put("tokens_per_pass", r.tokens());
        m.put("passes_seconds", r.passSeconds());
        m.put("median_tokens_per_second", r.medianTokensPerSecond());
        Json.print(out, m);
    }
}
