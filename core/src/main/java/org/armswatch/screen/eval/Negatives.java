package org.armswatch.screen.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.ScreeningQuery;
import org.armswatch.screen.ScreeningResult;

/**
 * Known negatives: people who are on no list, screened against every list; each one with at
 * least one match at the threshold is a false positive. Queries run on all cores.
 */
public final class Negatives {
    private Negatives() {}

    /** A query that matched, with its best match. */
    public record Hit(long line, String query, String entryId, String caption, String matchedName, double score) {}

    /**
     * The outcome for one file.
     *
     * @param name the file's name
     * @param withFeatures whether birth date and nationality were part of the queries
     * @param queries rows screened
     * @param hits rows with at least one match
     * @param examples the hits, highest score first
     */
    public record Result(
            String name, boolean withFeatures, double threshold, int queries, int hits, List<Hit> examples) {
        public Result {
            examples = List.copyOf(examples);
        }

        /** hits / queries. */
        public double rate() {
            return Metrics.ratio(hits, queries);
        }
    }

    /** Screens every row and counts those with a match. */
    public static Result run(
            String name, List<PersonRecord> rows, MatchIndex index, double threshold, boolean withFeatures) {
        MatchIndex.Options options = new MatchIndex.Options(threshold, 1, Set.of());
        Function<PersonRecord, ScreeningQuery> query = withFeatures ? PersonRecord::fullQuery : PersonRecord::nameQuery;
        List<Hit> hits = rows.parallelStream()
                .map(r -> {
                    List<ScreeningResult> res = UnPositives.search(index, query.apply(r), options);
                    if (res.isEmpty() || !res.get(0).match()) {
                        return null;
                    }
                    ScreeningResult b = res.get(0);
                    return new Hit(
                            r.line(),
                            r.fullName(),
                            b.entry().id(),
                            b.entry().caption(),
                            b.explanation().matchedName(),
                            b.score());
                })
                .filter(h -> h != null)
                .sorted(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparingLong(Hit::line))
                .toList();
        return new Result(name, withFeatures, threshold, rows.size(), hits.size(), hits);
    }

    /** How often each entry was hit, most often first. */
    public static Map<String, Long> byEntry(Result r) {
        return r.examples().stream().collect(Collectors.groupingBy(Hit::entryId, Collectors.counting()));
    }
}
