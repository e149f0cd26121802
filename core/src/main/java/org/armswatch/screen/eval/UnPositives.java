package org.armswatch.screen.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.armswatch.screen.BirthDates;
import org.armswatch.screen.ListedEntry;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.armswatch.screen.ScreeningQuery;
import org.armswatch.screen.ScreeningResult;

/**
 * Known positives: row i of the untreated file is a person on the UN list, row i of the treated
 * file the same person with typos and reordering. The untreated row is resolved to its UN entry
 * by exact normalised full name (the folded name equal to the fold of one of the entry's names;
 * where several entries share it, the birth date decides); each treated row is then screened
 * against the whole list and the entry looked for among the results.
 */
public final class UnPositives {
    /** Results asked for per query: enough for recall@5. */
    static final int LIMIT = 5;

    private UnPositives() {}

    /** Why a row could not be resolved to one UN entry. */
    public enum Unresolved {
        /** No entry has that name. */
        NOT_FOUND,
        /** Several entries have it and the birth date does not tell them apart. */
        AMBIGUOUS
    }

    /**
     * Recall of one way of querying, over the resolved rows.
     *
     * @param queries resolved rows screened
     * @param at1 rows whose entry came first
     * @param at5 rows whose entry was among the first five
     * @param matched rows whose entry was among the results and a match at the threshold
     */
    public record Recall(int queries, int at1, int at5, int matched) {
        public double recallAt1() {
            return Metrics.ratio(at1, queries);
        }

        public double recallAt5() {
            return Metrics.ratio(at5, queries);
        }

        public double matchRate() {
            return Metrics.ratio(matched, queries);
        }
    }

    /** A resolved row whose entry did not come first by name alone. */
    public record Miss(
            long line, String query, String target, String targetId, int rank, String first, double firstScore) {}

    /**
     * The outcome.
     *
     * @param rows rows in the files
     * @param resolved rows resolved to one entry
     * @param unresolved the rest, by reason
     * @param nameOnly screening by name alone
     * @param withFeatures screening with birth date and nationality
     * @param misses rows whose entry was not first by name alone
     */
    public record Result(
            double threshold,
            int rows,
            int resolved,
            Map<Unresolved, Integer> unresolved,
            Recall nameOnly,
            Recall withFeatures,
            List<Miss> misses) {
        public Result {
            unresolved = Map.copyOf(unresolved);
            misses = List.copyOf(misses);
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param untreated the original rows
     * @param treated the altered rows, same order and count
     * @param entries the UN list's entries
     * @param index an index over those entries
     */
    public static Result run(
            List<PersonRecord> untreated,
            List<PersonRecord> treated,
            List<ListedEntry> entries,
            MatchIndex index,
            double threshold) {
        if (untreated.size() != treated.size()) {
            throw new EvalDataException("the untreated file has " + untreated.size() + " rows, the treated file "
                    + treated.size() + ": row i of both must be the same person");
        }
        NameNormalizer normalizer = index.normalizer();
        Map<String, List<ListedEntry>> byName = new HashMap<>();
        for (ListedEntry e : entries) {
            e.names().stream().map(n -> normalizer.fold(n.text())).distinct().forEach(f -> byName.computeIfAbsent(
                            f, k -> new ArrayList<>())
                    .add(e));
        }
        String[] targets = new String[untreated.size()];
        Map<Unresolved, Integer> unresolved = new HashMap<>();
        for (int i = 0; i < untreated.size(); i++) {
            PersonRecord u = untreated.get(i);
            List<ListedEntry> found = byName.getOrDefault(normalizer.fold(u.fullName()), List.of()).stream()
                    .distinct()
                    .toList();
            if (found.size() > 1 && !u.birthDate().isEmpty()) {
                found = found.stream()
                        .filter(e -> e.birthDates().stream().anyMatch(d -> BirthDates.agree(d, u.birthDate())))
                        .toList();
            }
            if (found.size() == 1) {
                targets[i] = found.get(0).id();
            } else {
                unresolved.merge(found.isEmpty() ? Unresolved.NOT_FOUND : Unresolved.AMBIGUOUS, 1, Integer::sum);
            }
        }
        MatchIndex.Options options = new MatchIndex.Options(threshold, LIMIT, Set.of());
        record Outcome(int rankName, boolean matchName, int rankFull, boolean matchFull, Miss miss) {}
        List<Outcome> outcomes = IntStream.range(0, treated.size())
                .parallel()
                .filter(i -> targets[i] != null)
                .mapToObj(i -> {
                    PersonRecord t = treated.get(i);
                    List<ScreeningResult> byName2 = search(index, t.nameQuery(), options);
                    List<ScreeningResult> byAll = search(index, t.fullQuery(), options);
                    int rn = rank(byName2, targets[i]);
                    int rf = rank(byAll, targets[i]);
                    Miss miss = null;
                    if (rn != 1) {
                        miss = new Miss(
                                t.line(),
                                t.fullName(),
                                untreated.get(i).fullName(),
                                targets[i],
                                rn,
                                byName2.isEmpty() ? "" : byName2.get(0).entry().caption(),
                                byName2.isEmpty() ? 0 : byName2.get(0).score());
                    }
                    return new Outcome(rn, matched(byName2, targets[i]), rf, matched(byAll, targets[i]), miss);
                })
                .toList();
        int resolved = outcomes.size();
        Recall nameOnly = new Recall(
                resolved,
                (int) outcomes.stream().filter(o -> o.rankName() == 1).count(),
                (int) outcomes.stream().filter(o -> o.rankName() >= 1).count(),
                (int) outcomes.stream().filter(Outcome::matchName).count());
        Recall full = new Recall(
                resolved,
                (int) outcomes.stream().filter(o -> o.rankFull() == 1).count(),
                (int) outcomes.stream().filter(o -> o.rankFull() >= 1).count(),
                (int) outcomes.stream().filter(Outcome::matchFull).count());
        List<Miss> misses =
                outcomes.stream().map(Outcome::miss).filter(m -> m != null).toList();
        return new Result(threshold, untreated.size(), resolved, unresolved, nameOnly, full, misses);
    }

    static List<ScreeningResult> search(MatchIndex index, ScreeningQuery q, MatchIndex.Options options) {
        try {
            return index.search(q, options);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    // The 1-based rank of the entry among the results, 0 when absent.
    private static int rank(List<ScreeningResult> results, String id) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).entry().id().equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean matched(List<ScreeningResult> results, String id) {
        return results.stream().anyMatch(r -> r.match() && r.entry().id().equals(id));
    }
}
