package org.armswatch.screen.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.armswatch.screen.NameMatcher;

/**
 * The nomenklatura name benchmark: labelled pairs of names, each scored by the pair matcher and
 * counted as a match when the score reaches the threshold; beside it a reference system's frozen
 * scores (logic-v2) on the pairs both files hold.
 */
public final class NameBench {
    static final List<String> CASE_COLUMNS =
            List.of("case_group", "schema", "name1", "name2", "is_match", "quality", "category");
    static final List<String> REFERENCE_COLUMNS = List.of("schema", "name1", "name2", "score");
    /** The category label of pairs that have none. */
    public static final String NO_CATEGORY = "(none)";

    private NameBench() {}

    /** One labelled pair. */
    public record Case(
            long line,
            String group,
            String schema,
            String name1,
            String name2,
            boolean match,
            String quality,
            String category) {
        Key key() {
            return new Key(schema, name1, name2);
        }
    }

    /** The join key of the two files. */
    public record Key(String schema, String name1, String name2) {}

    /** A pair as scored: its case, armswatch's score, and the reference score when the reference has the pair. */
    public record Scored(Case pair, double score, boolean predicted, Double reference) {}

    /**
     * The outcome.
     *
     * @param threshold armswatch's threshold
     * @param overall every pair
     * @param byCategory per category ({@link #NO_CATEGORY} for pairs without one)
     * @param byGroup per case group
     * @param shared the pairs the reference also scored
     * @param sharedArmswatch armswatch on those pairs
     * @param sharedReference the reference on those pairs, at its own threshold
     * @param referenceThreshold the reference's threshold
     * @param scored every pair with its scores, in file order
     */
    public record Result(
            double threshold,
            Metrics overall,
            Map<String, Metrics> byCategory,
            Map<String, Metrics> byGroup,
            int shared,
            Metrics sharedArmswatch,
            Metrics sharedReference,
            double referenceThreshold,
            List<Scored> scored) {
        public Result {
            byCategory = java.util.Collections.unmodifiableMap(new TreeMap<>(byCategory));
            byGroup = java.util.Collections.unmodifiableMap(new TreeMap<>(byGroup));
            scored = List.copyOf(scored);
        }

        /** The pairs armswatch gets wrong at its threshold. */
        public List<Scored> errors() {
            return scored.stream()
                    .filter(s -> s.predicted() != s.pair().match())
                    .toList();
        }
    }

    /** Reads the labelled pairs ({@code case_group, schema, name1, name2, is_match, quality, category, notes}). */
    public static List<Case> readCases(Path file) {
        List<Case> cases = new ArrayList<>();
        for (EvalCsv.Row r : EvalCsv.read(file, CASE_COLUMNS)) {
            String category = r.get("category");
            cases.add(new Case(
                    r.line(),
                    r.get("case_group"),
                    r.required("schema"),
                    r.required("name1"),
                    r.required("name2"),
                    r.bool("is_match"),
                    r.get("quality"),
                    category.isEmpty() ? NO_CATEGORY : category));
        }
        return cases;
    }

    /**
     * Reads the reference scores ({@code schema, name1, name2, score} and other columns). A pair
     * listed twice must have the same score both times.
     */
    public static Map<Key, Double> readReference(Path file) {
        Map<Key, Double> scores = new HashMap<>();
        for (EvalCsv.Row r : EvalCsv.read(file, REFERENCE_COLUMNS)) {
            Key k = new Key(r.required("schema"), r.required("name1"), r.required("name2"));
            double s = r.number("score");
            Double previous = scores.put(k, s);
            if (previous != null && previous != s) {
                throw r.error("the pair is listed before with score " + previous + ", here " + s);
            }
        }
        return scores;
    }

    /** Scores every pair and counts. */
    public static Result run(
            List<Case> cases,
            Map<Key, Double> reference,
            NameMatcher matcher,
            double threshold,
            double referenceThreshold) {
        List<Scored> scored = cases.parallelStream()
                .map(c -> {
                    double s = matcher.compare(c.schema(), c.name1(), c.name2()).score();
                    return new Scored(c, s, s >= threshold, reference.get(c.key()));
                })
                .toList();
        Metrics overall = Metrics.EMPTY;
        Metrics sharedA = Metrics.EMPTY;
        Metrics sharedR = Metrics.EMPTY;
        int shared = 0;
        Map<String, Metrics> byCategory = new HashMap<>();
        Map<String, Metrics> byGroup = new HashMap<>();
        for (Scored s : scored) {
            Case c = s.pair();
            overall = overall.plus(c.match(), s.predicted());
            byCategory.merge(c.category(), Metrics.EMPTY.plus(c.match(), s.predicted()), Metrics::plus);
            byGroup.merge(c.group(), Metrics.EMPTY.plus(c.match(), s.predicted()), Metrics::plus);
            if (s.reference() != null) {
                shared++;
                sharedA = sharedA.plus(c.match(), s.predicted());
                sharedR = sharedR.plus(c.match(), s.reference() >= referenceThreshold);
            }
        }
        return new Result(
                threshold, overall, byCategory, byGroup, shared, sharedA, sharedR, referenceThreshold, scored);
    }
}
