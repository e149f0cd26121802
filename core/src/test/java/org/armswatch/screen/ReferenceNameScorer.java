package org.armswatch.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link NameScorer} as it was before it was made faster, kept unchanged as the reference its results
 * must equal ({@link NameScorerEquivalenceTest}).
 *
 * <p>Scores how well a query name aligns with a listed name, token by token.
 *
 * <p>Both names are cut into units: each token, each run of two or three adjacent tokens joined
 * ("Jong Un", "Jong-un" and "Jongun"; "Abd al-Aziz" and "Abdulaziz"), runs of up to eight
 * syllables of a syllabic script (블라디미르 is romanised syllable by syllable), and runs of words
 * read as their initials (PLA, People's Liberation Army). Every query unit is compared with every
 * listed unit ({@link #similarity}): equal text 1; a given-name equivalent ({@link GivenNames})
 * 0.9; equal sound key 0.9 (0.85 under four letters); sound keys that differ only in a vowel or
 * two (Mohammed, Muhammad) 0.9 less 0.1 an edit; equal consonant skeleton, when one side comes from
 * a script that leaves vowels unwritten or spells by syllables, 0.85; an initial against a word it
 * begins 0.8; a word against the initials of a run 0.8; otherwise 1 − d/L when the edit distance
 * d (with transpositions) is within a budget of one edit in four letters, none under four letters
 * ({@link #editBudget}). Numbers match only equal numbers, legal forms only the same form. Two
 * runs meet only when spelt alike or, split differently, when they sound alike; syllables of
 * Hangul or Han never meet each other unless equal, and meet Latin spellings by a key that keeps
 * their vowels ({@link ReferencePhonetic#strictKey}). Pairs are taken greedily, most similar first
 * (heavier first among equals), each token used once.
 *
 * <p>With M the similarity-weighted weight of the aligned pairs, A_q and A_n the weight of the
 * aligned query and listed tokens, U_q and U_n the weight of those left over:
 *
 * <pre>
 *   score = M / (A_q + A_n + α·U_q + β·U_n + γ·min(U_q, U_n))
 * </pre>
 *
 * Tokens left over on one side only (a middle name the list has and the query leaves out) cost
 * a little (α, β; a query's extra word costs more in the names of organisations, where it names
 * another body); tokens left over on both sides are a substitution, a name element that differs,
 * and cost much more (γ; an initial counts as the word it stands for there, a word met only by an
 * initial counts as left over, and a query's Hangul
 * or Han syllable left over counts as a substitution by itself): Sergey Ivanovich Lavrov is not
 * Sergey Viktorovich Lavrov. Factors then apply: different numbers on the two sides (Petrel 8,
 * Petrel 9) {@link #NUMBER_CONFLICT}; different legal forms {@link #FORM_CONFLICT}; a name and a
 * father's name that trade places around bin/ibn/ben (Salman bin Muhammad, Muhammad bin Salman)
 * {@link #ROLE_CONFLICT}; Hangul or Han syllables out of their order (광수 is not Su-gwang)
 * {@link #ORDER_CONFLICT}; a listed name of one word met by a query of several {@link
 * #SINGLE_NAME}. A name whose only aligned tokens are legal forms, stopwords, particles or
 * initials scores 0. Weights come from token rarity and kind.
 */
final class ReferenceNameScorer {
    /** Cost of a query token left unaligned, relative to its weight. */
    static final double UNALIGNED_QUERY = 0.5;
    /** Cost of a listed token left unaligned. */
    static final double UNALIGNED_LISTED = 0.4;
    /** The same two costs in the names of organisations, vessels and aircraft. */
    static final double UNALIGNED_QUERY_ORG = 1.0;

    static final double UNALIGNED_LISTED_ORG = 0.3;
    /** Extra cost of a substitution: the lesser of the two sides' unaligned weight. */
    static final double SUBSTITUTION = 3.0;
    /** Factor of a name whose numbers differ. */
    static final double NUMBER_CONFLICT = 0.5;
    /** Factor of a name whose legal forms differ. */
    static final double FORM_CONFLICT = 0.7;
    /**
     * Factor of a listed name of one word met by a query of several, whose other words it cannot
     * confirm (Joe, Joe Garcia; Walijan, Walijan Abdul Ghafoor Haqqani).
     */
    static final double SINGLE_NAME = 0.8;
    /** Factor of a name whose Hangul or Han syllables align out of order. */
    static final double ORDER_CONFLICT = 0.7;
    /** Factor of a name whose own and father's names trade places. */
    static final double ROLE_CONFLICT = 0.6;

    static final double EQUIVALENT = 0.9;
    static final double PHONETIC = 0.9;
    static final double PHONETIC_SHORT = 0.85;
    static final double SKELETON = 0.85;
    /** Consonants a skeleton needs to count. */
    static final int MIN_SKELETON = 3;
    /** Edits allowed per letter between two sound keys (at least one), from keys of this length on. */
    static final double KEY_EDITS_PER_LETTER = 0.2;

    static final int MIN_KEY_EDIT_LENGTH = 4;
    /** What each edit between two sound keys takes off {@link #PHONETIC}. */
    static final double KEY_EDIT_COST = 0.1;

    static final double INITIAL = 0.8;
    static final double ACRONYM = 0.8;
    /** Edits allowed per letter of the longer token. */
    static final double EDITS_PER_LETTER = 0.25;
    /** The least similarity by edits of a run to a token (FridrichBuchenberg, Friedrich Buchenberg). */
    static final double JOINED_EDITED = 0.9;
    /** Tokens shorter than this allow no edits. */
    static final int MIN_EDIT_LENGTH = 4;

    /** The legal form said of every kind of body (company), which conflicts with none. */
    private static final String ANY_FORM = "co";

    private static final int MAX_RUN = 3;
    private static final int MAX_SYLLABLE_RUN = 8;

    private ReferenceNameScorer() {}

    /** A scored alignment. */
    record Scored(double score, List<Explanation.TokenMatch> pairs) {}

    private enum UnitKind {
        WORD,
        INITIAL,
        NUMBER,
        FORM,
        ACRONYM
    }

    private record Unit(
            int from,
            int to,
            int tokens,
            String text,
            String key,
            String skeleton,
            double weight,
            boolean loose,
            boolean syllabic,
            boolean substantive,
            UnitKind kind) {
        boolean single() {
            return from == to;
        }
    }

    private record Pair(Unit q, Unit n, double sim, String how) {}

    /** Scores without knowing the schema: as a person's name. */
    static Scored score(List<NameToken> query, double[] wq, List<NameToken> listed, double[] wn) {
        return score(query, wq, listed, wn, "Person");
    }

    /**
     * Scores a query name against a listed name.
     *
     * @param schema the listed entry's schema: a person's name is read as one (acronyms do not
     *     identify, Roman numerals are words); others as names of bodies
     */
    static Scored score(List<NameToken> query, double[] wq, List<NameToken> listed, double[] wn, String schema) {
        boolean person = "Person".equals(schema);
        List<NameToken> q = person ? query : romanNumerals(query);
        List<NameToken> n = person ? listed : romanNumerals(listed);
        List<Unit> qUnits = units(q, wq, person);
        List<Unit> nUnits = units(n, wn, person);
        List<Pair> pairs = new ArrayList<>();
        for (Unit a : qUnits) {
            for (Unit b : nUnits) {
                Pair p = compare(a, b);
                if (p != null) {
                    pairs.add(p);
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim())
                .thenComparingDouble(p -> -(p.q().weight() + p.n().weight()))
                .thenComparingInt(p -> p.q().from())
                .thenComparingInt(p -> p.n().from()));
        int[] roleQ = roles(q);
        int[] roleN = roles(n);
        boolean[] usedQ = new boolean[q.size()];
        boolean[] usedN = new boolean[n.size()];
        int[] qAlign = new int[q.size()];
        java.util.Arrays.fill(qAlign, -1);
        double matched = 0;
        double guessedQ = 0;
        double guessedN = 0;
        double alignedQ = 0;
        double alignedN = 0;
        boolean substantive = false;
        boolean roleConflict = false;
        List<Explanation.TokenMatch> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (free(usedQ, p.q()) && free(usedN, p.n())) {
                take(usedQ, p.q());
                take(usedN, p.n());
                for (int k = p.q().from(); k <= p.q().to(); k++) {
                    qAlign[k] = p.n().from()
                            + (k - p.q().from()) * (p.n().to() - p.n().from()) / Math.max(1, p.q().to() - p.q().from());
                }
                matched += p.sim() * (p.q().weight() + p.n().weight());
                alignedQ += p.q().weight();
                alignedN += p.n().weight();
                substantive |= p.q().substantive() && p.n().substantive();
                if (p.how().equals("initial")) {
                    // The word an initial stands for is only guessed: it still counts as a name
                    // element that may differ (Robert B. Aderholt is not Robert Barrera).
                    if (p.q().kind() == UnitKind.INITIAL) {
                        guessedN += p.n().weight();
                    } else {
                        guessedQ += p.q().weight();
                    }
                }
                roleConflict |=
                        roleQ[p.q().from()] * roleN[p.n().from()] < 0 || roleQ[p.q().to()] * roleN[p.n().to()] < 0;
                out.add(new Explanation.TokenMatch(
                        p.q().text(), p.n().text(), round(p.sim()), round(p.q().weight() + p.n().weight()), p.how()));
            }
        }
        boolean orderConflict = !syllablesInOrder(q, n, qAlign);
        Leftover lq = leftover(q, wq, usedQ);
        Leftover ln = leftover(n, wn, usedN);
        for (int i = 0; i < q.size(); i++) {
            if (!usedQ[i]) {
                out.add(new Explanation.TokenMatch(q.get(i).text(), "", 0, round(wq[i]), "unmatched"));
            }
        }
        if (!substantive) {
            return new Scored(0, out);
        }
        double total = alignedQ
                + alignedN
                + (person ? UNALIGNED_QUERY : UNALIGNED_QUERY_ORG) * lq.weight()
                + (person ? UNALIGNED_LISTED : UNALIGNED_LISTED_ORG) * ln.weight()
                + SUBSTITUTION * Math.max(Math.min(lq.asWords() + guessedQ, ln.asWords() + guessedN), lq.syllables());
        double score = total <= 0 ? 0 : Math.min(1.0, matched / total);
        if (lq.number() && ln.number()) {
            score *= NUMBER_CONFLICT;
        }
        if (lq.form() && ln.form()) {
            score *= FORM_CONFLICT;
        }
        if (roleConflict) {
            score *= ROLE_CONFLICT;
        }
        if (orderConflict) {
            score *= ORDER_CONFLICT;
        }
        if (words(n) == 1 && lq.words() > 0) {
            score *= SINGLE_NAME;
        }
        return new Scored(score, out);
    }

    /**
     * What is left unaligned of one name: its weight; its weight with initials counted as the
     * words they stand for; whether a number and a legal form are among it.
     */
    private record Leftover(double weight, double asWords, double syllables, int words, boolean number, boolean form) {}

    private static int words(List<NameToken> tokens) {
        int words = 0;
        for (NameToken t : tokens) {
            if (t.kind() == NameToken.Kind.WORD || t.kind() == NameToken.Kind.NUMBER) {
                words++;
            }
        }
        return words;
    }

    private static Leftover leftover(List<NameToken> tokens, double[] w, boolean[] used) {
        double weight = 0;
        double asWords = 0;
        double syllables = 0;
        int words = 0;
        boolean number = false;
        boolean form = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) {
                continue;
            }
            NameToken t = tokens.get(i);
            weight += w[i];
            asWords += t.kind() == NameToken.Kind.INITIAL ? w[i] / t.kindWeight() : w[i];
            if (t.origin() == NameToken.Origin.CJK && t.kind() == NameToken.Kind.WORD) {
                syllables += w[i];
            }
            if (t.kind() == NameToken.Kind.WORD) {
                words++;
            }
            number |= t.kind() == NameToken.Kind.NUMBER;
            form |= t.kind() == NameToken.Kind.LEGAL_FORM && !t.text().equals(ANY_FORM);
        }
        return new Leftover(weight, asWords, syllables, words, number, form);
    }

    // Whether the query's Hangul or Han syllables align in their order, allowing the name to be
    // rotated (family name first or last): 광수 (Gwang-su) is not Su-gwang.
    private static boolean syllablesInOrder(List<NameToken> q, List<NameToken> n, int[] align) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            if (q.get(i).origin() == NameToken.Origin.CJK && align[i] >= 0) {
                positions.add(align[i]);
            }
        }
        int descents = 0;
        for (int i = 1; i < positions.size(); i++) {
            if (positions.get(i) < positions.get(i - 1)) {
                descents++;
            }
        }
        if (descents == 0) {
            return true;
        }
        return descents == 1 && positions.get(positions.size() - 1) < positions.get(0);
    }

    // Around a patronymic connector (bin, ibn, ben, bint), the word before is the person's own
    // name (+1), the word after the father's (-1); other tokens have no role (0).
    private static int[] roles(List<NameToken> tokens) {
        int[] roles = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (tokens.get(i).kind() == NameToken.Kind.PARTICLE
                    && (t.equals("bin") || t.equals("ibn") || t.equals("ben") || t.equals("bint"))) {
                if (i > 0 && tokens.get(i - 1).kind() == NameToken.Kind.WORD) {
                    roles[i - 1] = roles[i - 1] == 0 ? 1 : roles[i - 1];
                }
                if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == NameToken.Kind.WORD) {
                    roles[i + 1] = -1;
                }
            }
        }
        return roles;
    }

    private static Pair compare(Unit q, Unit n) {
        if (q.kind() == UnitKind.NUMBER || n.kind() == UnitKind.NUMBER) {
            return q.kind() == n.kind() && q.text().equals(n.text()) ? new Pair(q, n, 1.0, "exact") : null;
        }
        if (q.kind() == UnitKind.FORM || n.kind() == UnitKind.FORM) {
            return q.kind() == n.kind() && q.text().equals(n.text()) ? new Pair(q, n, 1.0, "exact") : null;
        }
        if (q.kind() == UnitKind.ACRONYM || n.kind() == UnitKind.ACRONYM) {
            if (q.kind() == n.kind()) {
                return null;
            }
            Unit word = q.kind() == UnitKind.ACRONYM ? n : q;
            Unit acronym = q.kind() == UnitKind.ACRONYM ? q : n;
            return word.single() && word.kind() == UnitKind.WORD && word.text().equals(acronym.text())
                    ? new Pair(q, n, ACRONYM, "acronym")
                    : null;
        }
        if (!q.single() && !n.single()) {
            // Each token of two runs is compared on its own; runs meet only when spelt alike, or,
            // split differently (Abd al-Aziz, Abdul Aziz), when they sound alike.
            if (q.text().equals(n.text())) {
                return new Pair(q, n, 1.0, "joined");
            }
            if (q.tokens() == n.tokens()) {
                return null;
            }
            if (q.key().equals(n.key())) {
                return new Pair(q, n, PHONETIC, "joined");
            }
            double sim = vowelVariant(q.text(), q.key(), n.text(), n.key());
            return sim > 0 ? new Pair(q, n, sim, "joined") : null;
        }
        double sim = similarity(q, n);
        if (sim <= 0) {
            return null;
        }
        boolean joined = !q.single() || !n.single();
        String how;
        if (sim == 1.0) {
            how = joined ? "joined" : "exact";
        } else if (q.kind() == UnitKind.INITIAL || n.kind() == UnitKind.INITIAL) {
            how = "initial";
        } else {
            how = joined ? "joined" : "similar";
        }
        return new Pair(q, n, sim, how);
    }

    private static double similarity(Unit q, Unit n) {
        String a = q.text();
        String b = n.text();
        if (a.equals(b)) {
            return 1.0;
        }
        if (q.kind() == UnitKind.INITIAL || n.kind() == UnitKind.INITIAL) {
            if (q.kind() == n.kind()) {
                return 0;
            }
            Unit initial = q.kind() == UnitKind.INITIAL ? q : n;
            Unit word = q.kind() == UnitKind.INITIAL ? n : q;
            return word.single() && word.text().charAt(0) == initial.text().charAt(0) ? INITIAL : 0;
        }
        if (q.syllabic() || n.syllabic()) {
            // Hangul and Han syllables, alone or joined, meet Latin spellings by a key that keeps
            // the vowels (Jong, Jeong and Chong; Chao is not Chai); a foreign name spelt in three
            // syllables or more (블라디미르) by its consonants.
            if (q.syllabic() && n.syllabic()) {
                return 0;
            }
            if (ReferencePhonetic.strictKey(a).equals(ReferencePhonetic.strictKey(b))) {
                return PHONETIC;
            }
            Unit syllables = q.syllabic() ? q : n;
            return syllables.tokens() >= 3
                            && q.skeleton().length() >= MIN_SKELETON
                            && q.skeleton().equals(n.skeleton())
                    ? SKELETON
                    : 0;
        }
        int la = a.length();
        int lb = b.length();
        double best = 0;
        if (q.single() && n.single() && GivenNames.equivalent(a, b)) {
            best = EQUIVALENT;
        }
        if (q.key().length() >= 2) {
            if (q.key().equals(n.key())) {
                best = Math.max(best, Math.min(la, lb) >= 4 ? PHONETIC : PHONETIC_SHORT);
            } else if (q.single() && n.single() || a.charAt(0) == b.charAt(0)) {
                best = Math.max(best, vowelVariant(q.text(), q.key(), n.text(), n.key()));
            }
        }
        boolean skeletonFits = q.single() && n.single() || (q.single() ? n.loose() : q.loose());
        if ((q.loose() || n.loose())
                && skeletonFits
                && q.skeleton().length() >= MIN_SKELETON
                && q.skeleton().equals(n.skeleton())) {
            best = Math.max(best, SKELETON);
        }
        double edited = edited(a, b);
        if (q.single() && n.single() || edited >= JOINED_EDITED) {
            best = Math.max(best, edited);
        }
        if (q.single() && n.single() && best < PHONETIC) {
            String da = declension(a);
            String db = declension(b);
            if (da != a || db != b) {
                best = Math.max(best, Math.min(PHONETIC, edited(da, db)));
            }
        }
        return best;
    }

    // 1 − d/L when the edit distance d is within the budget of the longer token's length L, else 0.
    private static double edited(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        int budget = editBudget(longer);
        if (budget == 0 || Math.abs(a.length() - b.length()) > budget) {
            return a.equals(b) ? 1 : 0;
        }
        int d = ReferenceEditDistance.bounded(a, b, budget);
        return d <= budget ? 1.0 - (double) d / longer : 0;
    }

    // Keys that differ only in their vowels, within a budget of edits: Mohammed/Muhammad,
    // Husayn/Hussein, Poutine/Putin. 0 when they differ more.
    private static double vowelVariant(String textA, String a, String textB, String b) {
        char fa = textA.isEmpty() ? 0 : textA.charAt(0);
        char fb = textB.isEmpty() ? 0 : textB.charAt(0);
        boolean sameStart = fa == fb || "aeiouy".indexOf(fa) >= 0 && "aeiouy".indexOf(fb) >= 0;
        if (!sameStart || !consonants(a).equals(consonants(b))) {
            return 0;
        }
        int kl = Math.max(a.length(), b.length());
        int budget = kl < MIN_KEY_EDIT_LENGTH ? 0 : Math.max(1, (int) Math.floor(kl * KEY_EDITS_PER_LETTER));
        int d = budget == 0 ? budget + 1 : ReferenceEditDistance.bounded(a, b, budget);
        return d <= budget ? PHONETIC - KEY_EDIT_COST * d : 0;
    }

    private static String consonants(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLowerCase(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    // A name without the nominative ending that Latvian and Lithuanian add to foreign names
    // (Vladimirs Putins, Vladimiras Putinas, Sergejs Lavrovs).
    static String declension(String t) {
        int n = t.length();
        if (n >= 7 && (t.endsWith("as") || t.endsWith("is") || t.endsWith("us") || t.endsWith("ys"))) {
            return t.substring(0, n - 2);
        }
        if (n >= 6 && t.endsWith("s")) {
            return t.substring(0, n - 1);
        }
        return t;
    }

    /** Edits allowed between tokens whose longer one has this many letters: none under four letters. */
    static int editBudget(int letters) {
        if (letters < MIN_EDIT_LENGTH) {
            return 0;
        }
        return Math.max(1, (int) Math.floor(letters * EDITS_PER_LETTER));
    }

    private static List<Unit> units(List<NameToken> tokens, double[] w, boolean person) {
        List<Unit> units = new ArrayList<>(tokens.size() * 3);
        int size = tokens.size();
        for (int i = 0; i < size; i++) {
            NameToken t = tokens.get(i);
            UnitKind kind =
                    switch (t.kind()) {
                        case NUMBER -> UnitKind.NUMBER;
                        case LEGAL_FORM -> UnitKind.FORM;
                        case INITIAL -> UnitKind.INITIAL;
                        default -> UnitKind.WORD;
                    };
            boolean cjk = t.origin() == NameToken.Origin.CJK;
            units.add(new Unit(
                    i,
                    i,
                    1,
                    t.text(),
                    t.key(),
                    t.skeleton(),
                    w[i],
                    t.loose(),
                    cjk,
                    t.kind() == NameToken.Kind.WORD || t.kind() == NameToken.Kind.NUMBER,
                    kind));
            if (kind != UnitKind.WORD) {
                continue;
            }
            boolean syllables = t.origin() == NameToken.Origin.SYLLABIC || cjk;
            int maxRun = syllables ? MAX_SYLLABLE_RUN : MAX_RUN;
            StringBuilder text = new StringBuilder(t.text());
            double weight = w[i];
            boolean loose = t.loose();
            for (int j = i + 1; j < size && j - i < maxRun; j++) {
                NameToken next = tokens.get(j);
                NameToken.Kind k = next.kind();
                if (k == NameToken.Kind.NUMBER || k == NameToken.Kind.LEGAL_FORM || k == NameToken.Kind.INITIAL) {
                    break;
                }
                boolean nextSyllable =
                        next.origin() == NameToken.Origin.SYLLABIC || next.origin() == NameToken.Origin.CJK;
                if (j - i >= MAX_RUN && !nextSyllable) {
                    break;
                }
                text.append(next.text());
                weight += w[j];
                loose |= next.loose();
                cjk &= next.origin() == NameToken.Origin.CJK;
                String joined = text.toString();
                units.add(new Unit(
                        i,
                        j,
                        j - i + 1,
                        joined,
                        ReferencePhonetic.key(joined),
                        ReferencePhonetic.skeleton(joined, loose),
                        weight,
                        loose,
                        cjk,
                        true,
                        UnitKind.WORD));
            }
        }
        acronyms(tokens, w, units, !person);
        return units;
    }

    // Runs of two to five words (stopwords and particles inside a run skipped) read as their
    // initials: People's Liberation Army → pla. In a person's name they do not identify alone.
    private static void acronyms(List<NameToken> tokens, double[] w, List<Unit> units, boolean identify) {
        int size = tokens.size();
        for (int i = 0; i < size; i++) {
            if (tokens.get(i).kind() != NameToken.Kind.WORD) {
                continue;
            }
            StringBuilder letters = new StringBuilder();
            double weight = 0;
            int words = 0;
            for (int j = i; j < size && letters.length() < 5; j++) {
                NameToken t = tokens.get(j);
                if (t.kind() == NameToken.Kind.WORD) {
                    letters.append(t.text().charAt(0));
                    words++;
                } else if (t.kind() != NameToken.Kind.STOPWORD && t.kind() != NameToken.Kind.PARTICLE) {
                    break;
                }
                weight += w[j];
                if (words >= 2 && t.kind() == NameToken.Kind.WORD) {
                    String text = letters.toString();
                    units.add(new Unit(
                            i, j, j - i + 1, text, text, text, weight, false, false, identify, UnitKind.ACRONYM));
                }
            }
        }
    }

    // Outside persons' names, Roman numerals of two letters or more (II, IV, VIII, XII) are numbers.
    private static List<NameToken> romanNumerals(List<NameToken> tokens) {
        List<NameToken> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            NameToken t = tokens.get(i);
            if (t.kind() == NameToken.Kind.WORD || t.kind() == NameToken.Kind.STOPWORD) {
                int value = roman(t.text());
                if (value > 0) {
                    if (out == null) {
                        out = new ArrayList<>(tokens);
                    }
                    String digits = Integer.toString(value);
                    out.set(i, new NameToken(digits, digits, digits, NameToken.Kind.NUMBER, t.origin()));
                }
            }
        }
        return out == null ? tokens : out;
    }

    /** The value of a Roman numeral of 2 to 7 letters up to 39, else 0. */
    static int roman(String t) {
        if (t.length() < 2 || t.length() > 7) {
            return 0;
        }
        if (!t.matches("x{0,3}(ix|iv|v?i{0,3})")) {
            return 0;
        }
        int value = 0;
        int prev = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v =
                    switch (t.charAt(i)) {
                        case 'i' -> 1;
                        case 'v' -> 5;
                        default -> 10;
                    };
            value += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return value;
    }

    private static boolean free(boolean[] used, Unit u) {
        for (int i = u.from(); i <= u.to(); i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(boolean[] used, Unit u) {
        for (int i = u.from(); i <= u.to(); i++) {
            used[i] = true;
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
