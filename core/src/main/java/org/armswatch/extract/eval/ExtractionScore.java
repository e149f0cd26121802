package org.armswatch.extract.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Scores predicted annotations against the gold, by the rules of {@code shared/gold/README.md}.
 *
 * <p><b>Documents.</b> The gold and the predictions must cover the same docs: a gold doc with no
 * prediction, or a prediction for a doc with no gold, is an {@link IllegalArgumentException} that
 * names the docs. (An article where the extractor found nothing is a prediction with empty lists.)
 *
 * <p><b>Comparison.</b> Texts are compared by a key that ignores case, punctuation and white space
 * ({@code "Kim Jong-un"} equals {@code "kim jong un"}); "contains" is containment of keys.
 *
 * <p><b>Matching.</b> Every kind is matched one-to-one within an article: a prediction matches at
 * most one gold item and the other way round, by a maximum bipartite matching. Optional gold items
 * ({@code optional: true}) are neither rewarded nor penalised: the matching first pairs as many
 * required gold items as possible (their number is tp; required items left over are fn), then pairs
 * leftover predictions with optional gold items as far as possible; a prediction paired with an
 * optional item counts nowhere, any other unpaired prediction is fp. The {@code optional} flag of a
 * prediction is ignored.
 *
 * <ul>
 *   <li><b>Transfers</b> match when supplier and recipient are equal and the item sets share a
 *       category (lenient); strict also needs equal status. The two are separate matchings.
 *   <li><b>Meetings, sanctions, denials</b> match when the predicted evidence contains the gold
 *       evidence.
 *   <li><b>Quotes</b>: a gold quote is detected when a predicted quote's {@link Quote#span()}
 *       contains its {@code starts} (else its {@code text}); it is attributed when, in addition,
 *       the predicted speaker resolves to the gold speaker: equal keys, or both are forms (or the
 *       name or id) of one cluster of {@code clusters.json} (people or parties), or the predicted
 *       speaker is a form of the article's gold person named as the gold speaker. Detection and
 *       attribution are separate one-to-one matchings.
 *   <li><b>People clusters</b> (total): {@link BCubed} over the people forms of
 *       {@code clusters.json}; the predicted cluster of a form is every form that any prediction
 *       lists under the same canonical {@code name} (names compared by key, across all articles),
 *       groups that share a form merged. Per article: the same, with the gold clusters taken from
 *       that article's gold {@code people} and the predicted ones from its predicted
 *       {@code people}.
 * </ul>
 *
 * <p>Totals are micro-averages: the counts of all articles summed, then the ratios.
 */
public final class ExtractionScore {
    private ExtractionScore() {}

    /**
     * Scores {@code predictions} against {@code gold}, both keyed by doc (as {@link
     * GoldFiles#readFolder} returns them).
     *
     * @throws IllegalArgumentException when the two do not cover the same docs
     */
    public static ScoreReport score(
            Map<String, Annotations> gold, Map<String, Annotations> predictions, Clusters clusters) {
        checkDocs(gold, predictions);
        SpeakerClusters speakers = new SpeakerClusters(clusters);
        Map<String, Scores> perArticle = new LinkedHashMap<>();
        Counts strict = Counts.ZERO;
        Counts lenient = Counts.ZERO;
        QuoteCounts quotes = QuoteCounts.ZERO;
        Counts meetings = Counts.ZERO;
        Counts sanctions = Counts.ZERO;
        Counts denials = Counts.ZERO;
        for (String doc : new TreeSet<>(gold.keySet())) {
            Scores s = article(gold.get(doc), predictions.get(doc), speakers);
            perArticle.put(doc, s);
            strict = strict.plus(s.transfersStrict());
            lenient = lenient.plus(s.transfersLenient());
            quotes = quotes.plus(s.quotes());
            meetings = meetings.plus(s.meetings());
            sanctions = sanctions.plus(s.sanctions());
            denials = denials.plus(s.denials());
        }
        List<List<String>> predictedGroups = new ArrayList<>(nameGroups(predictions.values().stream()
                        .flatMap(a -> a.people().stream())
                        .toList())
                .values());
        BCubed b3 = BCubed.score(clusters.people().values(), predictedGroups);
        return new ScoreReport(new Scores(strict, lenient, quotes, meetings, sanctions, denials, b3), perArticle);
    }

    private static void checkDocs(Map<String, Annotations> gold, Map<String, Annotations> predictions) {
        Set<String> unpredicted = new TreeSet<>(gold.keySet());
        unpredicted.removeAll(predictions.keySet());
        Set<String> ungolded = new TreeSet<>(predictions.keySet());
        ungolded.removeAll(gold.keySet());
        List<String> problems = new ArrayList<>();
        if (!unpredicted.isEmpty()) {
            problems.add("no prediction for gold doc(s) " + String.join(", ", unpredicted));
        }
        if (!ungolded.isEmpty()) {
            problems.add("no gold for predicted doc(s) " + String.join(", ", ungolded));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        gold.forEach((doc, a) -> checkKey("gold", doc, a));
        predictions.forEach((doc, a) -> checkKey("prediction", doc, a));
    }

    private static void checkKey(String what, String doc, Annotations a) {
        if (!doc.equals(a.doc())) {
            throw new IllegalArgumentException(what + " keyed " + doc + " has doc " + a.doc());
        }
    }

    private static Scores article(Annotations gold, Annotations predicted, SpeakerClusters speakers) {
        List<Transfer> gt = gold.transfers();
        List<Transfer> pt = predicted.transfers();
        boolean[] gtOptional = optional(gt.size(), i -> gt.get(i).optional());
        Counts lenient = OneToOne.match(gtOptional, pt.size(), (g, p) -> sameTransfer(gt.get(g), pt.get(p)))
                .counts();
        Counts strict = OneToOne.match(
                        gtOptional,
                        pt.size(),
                        (g, p) -> sameTransfer(gt.get(g), pt.get(p))
                                && gt.get(g).status().equals(pt.get(p).status()))
                .counts();
        Counts meetings = byEvidence(gold.meetings(), predicted.meetings(), Meeting::evidence, Meeting::optional);
        Counts sanctions = byEvidence(gold.sanctions(), predicted.sanctions(), Sanction::evidence, Sanction::optional);
        Counts denials = byEvidence(gold.denials(), predicted.denials(), Denial::evidence, Denial::optional);
        QuoteCounts quotes = quotes(gold, predicted, speakers);
        BCubed b3 = BCubed.score(
                gold.people().stream().map(Person::forms).toList(),
                nameGroups(predicted.people()).values());
        return new Scores(strict, lenient, quotes, meetings, sanctions, denials, b3);
    }

    private static boolean sameTransfer(Transfer gold, Transfer predicted) {
        return TextKey.of(gold.supplier()).equals(TextKey.of(predicted.supplier()))
                && TextKey.of(gold.recipient()).equals(TextKey.of(predicted.recipient()))
                && gold.items().stream().anyMatch(predicted.items()::contains);
    }

    private static <T> Counts byEvidence(
            List<T> gold, List<T> predicted, Function<T, String> evidence, Predicate<T> isOptional) {
        boolean[] optional = optional(gold.size(), i -> isOptional.test(gold.get(i)));
        return OneToOne.match(
                        optional,
                        predicted.size(),
                        (g, p) -> TextKey.contains(evidence.apply(predicted.get(p)), evidence.apply(gold.get(g))))
                .counts();
    }

    private static QuoteCounts quotes(Annotations gold, Annotations predicted, SpeakerClusters speakers) {
        List<Quote> gq = gold.quotes();
        List<Quote> pq = predicted.quotes();
        boolean[] required = new boolean[gq.size()];
        OneToOne.Edge found = (g, p) -> TextKey.contains(pq.get(p).span(), firstWords(gq.get(g)));
        int detected = OneToOne.match(required, pq.size(), found).counts().tp();
        int attributed = OneToOne.match(
                        required,
                        pq.size(),
                        (g, p) -> found.test(g, p)
                                && speakers.same(gq.get(g).speaker(), pq.get(p).speaker(), gold.people()))
                .counts()
                .tp();
        return new QuoteCounts(gq.size(), pq.size(), detected, attributed);
    }

    private static String firstWords(Quote gold) {
        return gold.starts() != null && !gold.starts().isBlank() ? gold.starts() : gold.text();
    }

    /** Forms by the key of their canonical name, in first-seen order; a person's name is not itself a form. */
    private static Map<String, List<String>> nameGroups(Collection<Person> people) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Person p : people) {
            groups.computeIfAbsent(TextKey.of(p.name()), k -> new ArrayList<>()).addAll(p.forms());
        }
        return groups;
    }

    private static boolean[] optional(int size, IntPredicate isOptional) {
        boolean[] optional = new boolean[size];
        for (int i = 0; i < size; i++) {
            optional[i] = isOptional.test(i);
        }
        return optional;
    }

    /** The clusters of {@code clusters.json} (people and parties) as sets of keys, for speakers. */
    private static final class SpeakerClusters {
        private final Map<String, Set<Integer>> clustersOf = new LinkedHashMap<>();

        SpeakerClusters(Clusters clusters) {
            List<Map.Entry<String, List<String>>> all =
                    new ArrayList<>(clusters.people().entrySet());
            all.addAll(clusters.parties().entrySet());
            for (int id = 0; id < all.size(); id++) {
                add(all.get(id).getKey(), id);
                for (String form : all.get(id).getValue()) {
                    add(form, id);
                }
            }
        }

        private void add(String form, int id) {
            clustersOf.computeIfAbsent(TextKey.of(form), k -> new HashSet<>()).add(id);
        }

        boolean same(String goldSpeaker, String predictedSpeaker, List<Person> goldPeople) {
            String g = TextKey.of(goldSpeaker);
            String p = TextKey.of(predictedSpeaker);
            if (p.isEmpty()) {
                return false;
            }
            if (g.equals(p)) {
                return true;
            }
            Set<Integer> shared = new HashSet<>(clustersOf.getOrDefault(g, Set.of()));
            shared.retainAll(clustersOf.getOrDefault(p, Set.of()));
            if (!shared.isEmpty()) {
                return true;
            }
            return goldPeople.stream()
                    .filter(person -> TextKey.of(person.name()).equals(g))
                    .flatMap(person -> person.forms().stream())
                    .anyMatch(form -> TextKey.of(form).equals(p));
        }
    }
}
