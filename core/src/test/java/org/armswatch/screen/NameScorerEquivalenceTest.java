package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.TestData;
import org.armswatch.screen.bench.ListEntries;
import org.armswatch.screen.bench.Perturbation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scorer gives exactly the scores and explanations of {@link ReferenceNameScorer}, the scorer as
 * it was before it was made faster: the same double, the same token matches in the same order,
 * through both the one-call and the prepared-query entry points, read as a person's name and as a
 * body's.
 *
 * <p>The pairs: names of every real list, perturbed as queries perturb them, each against the
 * listed names that share a token or a sound key with it (as the index picks candidates) and a few
 * drawn at random; hand-made names in Cyrillic, Arabic, Hangul, Han, Katakana, with numbers, legal
 * forms, initials, Roman numerals and patronymic particles, each against all the others and their
 * perturbations; and token lists made up of random letters, kinds and scripts. Weights are by
 * rarity among the listed names, uniform, or of a few values with zero among them (which makes
 * pairs that tie on everything but the order they were found in common).
 */
class NameScorerEquivalenceTest {
    private static final List<String> SCHEMAS = List.of("Person", "Organization", "Company", "Vessel");
    private static final int CANDIDATES = 16;

    private static final List<String> HAND_MADE = List.of(
            "Владимир Владимирович Путин",
            "Путин Владимир",
            "Сергей Кужугетович Шойгу",
            "Шойгу Сергей",
            "ООО Ромашка",
            "АО Кронштадт",
            "Дмитрий Анатольевич Медведев",
            "Сергей Викторович Лавров",
            "Сергей Иванович Лавров",
            "فلاديمير بوتين",
            "محمد بن سلمان",
            "سلمان بن محمد",
            "عبد العزيز بن عبد الرحمن آل سعود",
            "أسامة بن لادن",
            "حسين علي",
            "김정은",
            "김 정은",
            "김정일",
            "블라디미르 푸틴",
            "조춘룡",
            "광수",
            "수광",
            "박근혜",
            "习近平",
            "毛泽东",
            "金正恩",
            "ウラジーミル・プーチン",
            "プーチン",
            "キム・ジョンウン",
            "Kim Jong Un",
            "Kim Jong-un",
            "Kim Jongun",
            "Jong Un Kim",
            "Gim Jeong-eun",
            "Mao Zedong",
            "Mao Tse-tung",
            "Xi Jinping",
            "Hsi Chin-ping",
            "Jo Chun Ryong",
            "Chun-Ryong Cho",
            "Vladimir Putin",
            "Wladimir Wladimirowitsch Putin",
            "Vladimir Poutine",
            "PUTIN, Vladimir",
            "Vladimirs Putins",
            "Vladimiras Putinas",
            "Sergey Viktorovich Lavrov",
            "Sergejs Lavrovs",
            "Mohammed bin Salman",
            "Muhammad ibn Salman Al Saud",
            "Salman bin Muhammad",
            "Osama bin Laden",
            "Usama bin Ladin",
            "Abd al-Aziz",
            "Abdulaziz",
            "Abdul Aziz bin Abdul Rahman",
            "Husayn Ali",
            "Hussein Ali",
            "Yusuf al-Qaradawi",
            "Yousef Qaradawi",
            "Muammar Qaddafi",
            "Moammar Gaddafi",
            "Robert B. Aderholt",
            "Robert Barrera",
            "R. B. Aderholt",
            "J. R. R. Tolkien",
            "John Ronald Reuel Tolkien",
            "Pope John Paul II",
            "John Paul 2",
            "Henry VIII",
            "Louis XIV",
            "Elizabeth II",
            "Petrel 8",
            "Petrel 9",
            "Petrel VIII",
            "Petrel IX Shipping Co",
            "Boeing 737-800",
            "Flight 1492",
            "Forty-Four Trading LLC",
            "44 Trading Ltd",
            "First National Bank",
            "1st National Bank",
            "People's Liberation Army",
            "PLA",
            "Islamic Revolutionary Guard Corps",
            "IRGC",
            "Korea Mining Development Trading Corporation",
            "KOMID",
            "Munitions Industry Department",
            "Military Supplies Industry Department",
            "Romashka LLC",
            "Limited Liability Company Romashka",
            "OOO Romashka",
            "Alpha Trading LLC",
            "Omega Trading LLC",
            "Samsung Electronics Co., Ltd.",
            "SAMSUNG ELECTRONICS CO LTD",
            "Siemens Aktiengesellschaft",
            "Siemens AG",
            "GmbH & Co. KG",
            "The Company",
            "Joe",
            "Joe Garcia",
            "Walijan",
            "Walijan Abdul Ghafoor Haqqani",
            "Friedrich Buchenberg",
            "FridrichBuchenberg",
            "Alexander Shchetinin",
            "Aleksandr Szczecinin",
            "Tsvetkov Kharlamov Zhukov",
            "Dzhokhar Tsarnaev",
            "Djokhar Tchoukov",
            "Nikolaj Sergej Dmitrij",
            "Yuri Iuri Young Yong",
            "Xenia Xi Hsi",
            "Ahmadinejad",
            "Ahmadinezhad",
            "Zelensky",
            "Selenskyj",
            "Mustapha Mustafa",
            "Van der Berg",
            "de la Cruz",
            "Mr. President Sheikh Mohammed",
            "A",
            "X Y Z");

    private static List<String> listed;
    private static Map<String, Integer> frequency;
    private static Map<String, List<Integer>> byToken;
    private static List<List<NameToken>> analysed;
    private static NameNormalizer normalizer;

    @BeforeAll
    static void load() throws IOException {
        normalizer = NameNormalizer.standard();
        ListEntries lists = ListEntries.newest(TestData.shared("data"), ListReaders.standard());
        listed = new ArrayList<>(new LinkedHashSet<>(lists.names()));
        analysed = new ArrayList<>(listed.size());
        frequency = new HashMap<>();
        byToken = new HashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            List<NameToken> tokens = normalizer.analyse(listed.get(i));
            analysed.add(tokens);
            Set<String> seen = new LinkedHashSet<>();
            for (NameToken t : tokens) {
                if (seen.add(t.text())) {
                    frequency.merge(t.text(), 1, Integer::sum);
                }
                seen.add("#" + t.key());
            }
            for (String s : seen) {
                byToken.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** Weights by rarity among the listed names, as the index weighs them (an unseen token as the rarest). */
    private static double[] rarity(List<NameToken> tokens) {
        double[] w = new double[tokens.size()];
        double max = Math.log(1.0 + analysed.size());
        for (int i = 0; i < w.length; i++) {
            NameToken t = tokens.get(i);
            Integer f = frequency.get(t.text());
            w[i] = (f == null ? max : Math.log(1.0 + (double) analysed.size() / f)) * t.kindWeight();
        }
        return w;
    }

    private static double[] uniform(List<NameToken> tokens) {
        double[] w = new double[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = tokens.get(i).kindWeight();
        }
        return w;
    }

    /** A query made from a listed name, perturbed as queries perturb names; empty when it has no letters left. */
    private static List<NameToken> perturbedListedName(Random random) {
        String name = listed.get(random.nextInt(listed.size()));
        return normalizer.analyse(Perturbation.apply(name, random).text());
    }

    /**
     * The listed names a query would meet in a search: those sharing the most weight of tokens or
     * sound keys with it, then four at random.
     */
    private static List<List<NameToken>> candidates(List<NameToken> query, Random random) {
        Map<Integer, Double> shared = new HashMap<>();
        double[] w = rarity(query);
        for (int i = 0; i < query.size(); i++) {
            NameToken t = query.get(i);
            Set<Integer> hits = new LinkedHashSet<>(byToken.getOrDefault(t.text(), List.of()));
            hits.addAll(byToken.getOrDefault("#" + t.key(), List.of()));
            if (hits.size() > 5000) {
                continue;
            }
            for (int name : hits) {
                shared.merge(name, w[i], Double::sum);
            }
        }
        List<List<NameToken>> out = new ArrayList<>();
        shared.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(CANDIDATES)
                .forEach(e -> out.add(analysed.get(e.getKey())));
        for (int i = 0; i < 4; i++) {
            out.add(analysed.get(random.nextInt(analysed.size())));
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void perturbedListedNamesAgainstTheirCandidates(long seed) {
        Random random = new Random(seed);
        Comparisons c = new Comparisons();
        for (int i = 0; i < 500; i++) {
            List<NameToken> query = perturbedListedName(random);
            if (query.isEmpty()) {
                continue;
            }
            Function<List<NameToken>, double[]> weights =
                    random.nextInt(4) != 0 ? NameScorerEquivalenceTest::rarity : NameScorerEquivalenceTest::uniform;
            c.all(query, candidates(query, random), weights);
        }
        c.assertSame(40_000);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void handMadeNamesAgainstEachOtherAndTheirPerturbations(long seed) {
        Random random = new Random(seed);
        List<List<NameToken>> names = new ArrayList<>();
        for (String name : HAND_MADE) {
            names.add(normalizer.analyse(name));
            names.add(normalizer.analyse(Perturbation.apply(name, random).text()));
        }
        names.removeIf(List::isEmpty);
        Comparisons c = new Comparisons();
        for (List<NameToken> query : names) {
            c.all(query, names, seed == 1 ? NameScorerEquivalenceTest::rarity : NameScorerEquivalenceTest::uniform);
        }
        c.assertSame(100_000);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void madeUpTokensOfEveryKindAndScript(long seed) {
        Random random = new Random(seed);
        Comparisons c = new Comparisons();
        List<List<NameToken>> names = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            names.add(madeUp(random));
        }
        for (List<NameToken> query : names) {
            int from = random.nextInt(names.size() - 24);
            c.all(query, names.subList(from, from + 24), tokens -> coarse(tokens, random));
        }
        c.assertSame(70_000);
    }

    // Weights of a few values, zero among them, so that pairs often tie in similarity and weight
    // and the order they were found in decides.
    private static double[] coarse(List<NameToken> tokens, Random random) {
        double[] w = new double[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextInt(3) * 0.5;
        }
        return w;
    }

    // Words built from letters and letter groups the sound keys rewrite, so that runs of them cross
    // every rule; kinds and scripts drawn at random, so that combinations the normaliser never
    // makes are scored as well.
    private static List<NameToken> madeUp(Random random) {
        String[] pieces = {
            "a", "e", "i", "o", "u", "y", "w", "j", "h", "b", "p", "d", "t", "g", "k", "q", "c", "s", "z", "x", "l",
            "r", "f", "v", "m", "n", "sh", "ch", "zh", "kh", "ts", "tz", "sch", "shch", "szcz", "tsch", "tsj", "cz",
            "sz", "dzh", "tch", "dj", "ck", "ph", "th", "dh", "eo", "eu", "ce", "ci", "cy", "hs", "ia", "yu", "ej",
            "ay", "7", "é", "ß"
        };
        String[] particles = {"bin", "ibn", "ben", "bint", "al", "van"};
        String[] forms = {"llc", "co", "jsc", "ltd"};
        String[] romans = {"ii", "iv", "ix", "xii", "viii", "xiv", "vi", "xx", "iii"};
        int size = 1 + random.nextInt(6);
        List<NameToken> tokens = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            NameToken.Origin origin = NameToken.Origin.values()[random.nextInt(NameToken.Origin.values().length)];
            int roll = random.nextInt(20);
            if (roll == 0) {
                String digits = Integer.toString(random.nextInt(12));
                tokens.add(new NameToken(digits, digits, digits, NameToken.Kind.NUMBER, origin));
            } else if (roll == 1) {
                String form = forms[random.nextInt(forms.length)];
                tokens.add(new NameToken(form, form, form, NameToken.Kind.LEGAL_FORM, origin));
            } else if (roll == 2) {
                tokens.add(NameToken.of(particles[random.nextInt(particles.length)], NameToken.Kind.PARTICLE, origin));
            } else if (roll == 3) {
                tokens.add(
                        NameToken.of(String.valueOf((char) ('a' + random.nextInt(6))), NameToken.Kind.INITIAL, origin));
            } else if (roll == 4) {
                tokens.add(NameToken.of(romans[random.nextInt(romans.length)], NameToken.Kind.WORD, origin));
            } else if (roll == 5) {
                tokens.add(NameToken.of("the", NameToken.Kind.STOPWORD, origin));
            } else {
                StringBuilder word = new StringBuilder();
                int parts = 1 + random.nextInt(origin == NameToken.Origin.CJK ? 2 : 5);
                for (int p = 0; p < parts; p++) {
                    word.append(pieces[random.nextInt(pieces.length)]);
                }
                tokens.add(NameToken.of(word.toString(), NameToken.Kind.WORD, origin));
            }
        }
        return tokens;
    }

    /**
     * Scores each pair by the reference and by both entry points of the scorer, a prepared query
     * reused over all the names it meets, and keeps the first results that differ.
     */
    private static final class Comparisons {
        private final List<String> differences = new ArrayList<>();
        private int compared;

        void all(List<NameToken> query, List<List<NameToken>> names, Function<List<NameToken>, double[]> weights) {
            double[] wq = weights.apply(query);
            NameScorer.Query prepared = NameScorer.prepare(query, wq);
            for (List<NameToken> name : names) {
                double[] wn = weights.apply(name);
                for (String schema : SCHEMAS) {
                    ReferenceNameScorer.Scored expected = ReferenceNameScorer.score(query, wq, name, wn, schema);
                    check(query, name, schema, "one call", expected, NameScorer.score(query, wq, name, wn, schema));
                    check(query, name, schema, "prepared", expected, NameScorer.score(prepared, name, wn, schema));
                }
            }
        }

        private void check(
                List<NameToken> query,
                List<NameToken> name,
                String schema,
                String how,
                ReferenceNameScorer.Scored expected,
                NameScorer.Scored actual) {
            compared++;
            boolean same = Double.doubleToRawLongBits(expected.score()) == Double.doubleToRawLongBits(actual.score())
                    && expected.pairs().equals(actual.pairs());
            if (!same && differences.size() < 10) {
                differences.add(how + " " + schema + ": " + query + " / " + name + "\n  expected " + expected.score()
                        + " " + expected.pairs() + "\n  actual   " + actual.score() + " " + actual.pairs());
            }
        }

        /** Asserts that no result differed, among at least so many compared. */
        void assertSame(int atLeast) {
            assertThat(differences).as("pairs scored differently").isEmpty();
            assertThat(compared).isGreaterThanOrEqualTo(atLeast);
        }
    }
}
