package org.armswatch.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scores how well a query name aligns with a listed name, token by token.
 *
 * <p>Both names are cut into units: each token, each run of two or three adjacent tokens joined
 * ("Jong Un", "Jong-un" and "Jongun"; "Abd al-Aziz" and "Abdulaziz"), runs of up to eight
 * syllables of a syllabic script (블라디미르 is romanised syllable by syllable), and runs of words
 * read as their initials (PLA, People's Liberation Army). Every query unit is compared with every
 * listed unit ({@link #similarity}): equal text 1; a given-name equivalent ({@link GivenNames})
 * 0.9; equal sound key 0.9 (0.85 under four letters); sound keys that differ only in a vowel or
 * two, of words that begin with the same letter or both with a vowel (Mohammed, Muhammad; Osama,
 * Usama; not Peskov, Baskov) 0.9 less 0.1 an edit; equal consonant skeleton, when one side comes from
 * a script that leaves vowels unwritten or spells by syllables, 0.85; an initial against a word it
 * begins 0.8; a word against the initials of a run 0.8; otherwise 1 − d/L when the edit distance
 * d (with transpositions) is within a budget of one edit in four letters, none under four letters
 * ({@link #editBudget}). Numbers match only equal numbers, legal forms only the same form. Two
 * runs meet only when spelt alike or, split differently, when they sound alike; syllables of
 * Hangul or Han never meet each other unless equal, and meet Latin spellings by a key that keeps
 * their vowels ({@link Phonetic#strictKey}). Pairs are taken greedily, most similar first
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
 *
 * <p>A query scored against many listed names is cut into units once ({@link #prepare}); the
 * scores are those of scoring each pair on its own.
 */
final class NameScorer {
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
    private static final int MAX_ACRONYM = 5;

    private static final String HOW_EXACT = "exact";
    private static final String HOW_JOINED = "joined";
    private static final String HOW_ACRONYM = "acronym";
    private static final String HOW_INITIAL = "initial";
    private static final String HOW_SIMILAR = "similar";

    private NameScorer() {}

    /** A scored alignment. */
    record Scored(double score, List<Explanation.TokenMatch> pairs) {}

    /**
     * A query name cut into its units once, to be scored against many listed names: its units as a
     * person's name and as a body's (Roman numerals and acronyms read differently), with their
     * sound keys, skeletons and other derived forms computed. Immutable, so one query may be scored
     * from several threads.
     */
    static final class Query {
        private final Reading person;
        private final Reading body;

        private Query(Reading person, Reading body) {
            this.person = person;
            this.body = body;
        }
    }

    /**
     * A query name read as a person's or a body's: its tokens (Roman numerals read), weights, units
     * (the first {@code count} of {@code units}) and roles, and the texts of its single words that
     * a listed name's acronym could equal.
     */
    private record Reading(
            List<NameToken> tokens, double[] weights, Unit[] units, int count, int[] roles, String[] words) {
        /** Reads a name, its units made in {@code units}, emptied first. */
        static Reading of(List<NameToken> tokens, double[] weights, boolean person, Units units) {
            List<NameToken> read = person ? tokens : romanNumerals(tokens);
            units.size = 0;
            NameScorer.units(read, weights, person, units, null, new long[read.size()]);
            int words = 0;
            String[] texts = new String[units.size];
            for (int i = 0; i < units.size; i++) {
                Unit u = units.items[i];
                if (u.kind == UnitKind.WORD && u.single() && u.length >= 2 && u.length <= MAX_ACRONYM) {
                    texts[words++] = u.text();
                }
            }
            return new Reading(
                    read, weights, units.items, units.size, NameScorer.roles(read), Arrays.copyOf(texts, words));
        }
    }

    private enum UnitKind {
        WORD,
        INITIAL,
        NUMBER,
        FORM,
        ACRONYM
    }

    /**
     * A token, a run of tokens joined, or the initials of a run of words. What is derived from the
     * text (the joined text itself, sound keys, skeleton, consonants, the form without a Baltic
     * ending, whether it is a given name) is computed when a comparison first asks for it, since
     * most comparisons are settled before. The units of listed names are reused from one name to
     * the next ({@link #set}).
     */
    private static final class Unit {
        int from;
        int to;
        int count;
        int length;
        char first;
        /** The letters the text holds ({@link NameScorer#letters}). */
        long letters;

        double weight;
        boolean loose;
        boolean syllabic;
        boolean substantive;
        UnitKind kind;
        private List<NameToken> source;
        /** Of a run, the run one token shorter (or its first token), whose text its own extends. */
        private Unit prefix;

        private String text;
        private String key;
        private String skeleton;
        private String consonants;
        private String strictKey;
        private String declension;
        private byte given;
        private int codes = -1;
        private int certain = -1;
        private int possible = -1;

        /**
         * Makes this unit the tokens {@code from} to {@code to} of {@code source}.
         *
         * @param text the unit's text, or null for a run whose text joins the prefix's and its last token's
         */
        Unit set(
                List<NameToken> source,
                Unit prefix,
                int from,
                int to,
                int length,
                long letters,
                String text,
                double weight,
                boolean loose,
                boolean syllabic,
                boolean substantive,
                UnitKind kind) {
            this.source = source;
            this.prefix = prefix;
            this.from = from;
            this.to = to;
            this.count = to - from + 1;
            this.length = length;
            this.first = prefix != null && prefix.length > 0
                    ? prefix.first
                    : first(text != null ? text : source.get(to).text());
            this.letters = letters;
            this.text = text;
            this.weight = weight;
            this.loose = loose;
            this.syllabic = syllabic;
            this.substantive = substantive;
            this.kind = kind;
            key = null;
            skeleton = null;
            consonants = null;
            strictKey = null;
            declension = null;
            given = 0;
            codes = -1;
            certain = -1;
            possible = -1;
            return this;
        }

        boolean single() {
            return from == to;
        }

        private static char first(String text) {
            return text.isEmpty() ? 0 : text.charAt(0);
        }

        String text() {
            if (text == null) {
                text = prefix.text().concat(source.get(to).text());
            }
            return text;
        }

        String key() {
            if (key == null) {
                key = single() ? source.get(from).key() : Phonetic.key(text());
            }
            return key;
        }

        String skeleton() {
            if (skeleton == null) {
                skeleton = single() ? source.get(from).skeleton() : Phonetic.skeleton(text(), loose);
            }
            return skeleton;
        }

        String consonants() {
            if (consonants == null) {
                consonants = NameScorer.consonants(key());
            }
            return consonants;
        }

        String strictKey() {
            if (strictKey == null) {
                strictKey = Phonetic.strictKey(text());
            }
            return strictKey;
        }

        String declension() {
            if (declension == null) {
                declension = NameScorer.declension(text());
            }
            return declension;
        }

        boolean given() {
            if (given == 0) {
                // A name is equivalent to itself exactly when it is in a group of given names.
                given = GivenNames.equivalent(text(), text()) ? (byte) 1 : (byte) 2;
            }
            return given == 1;
        }

        /** The consonant letters of the sound key, as {@link #CODES} bits. */
        int codes() {
            if (codes < 0) {
                codes = NameScorer.codes(consonants());
            }
            return codes;
        }

        /** The consonant letters the sound key of the text certainly holds, its text being of letters a to z only. */
        int certain() {
            if (certain < 0) {
                certain = NameScorer.codes(letters, CERTAIN);
            }
            return certain;
        }

        /** The consonant letters the sound key of the text may hold, its text being of letters a to z only. */
        int possible() {
            if (possible < 0) {
                possible = NameScorer.codes(letters, POSSIBLE);
            }
            return possible;
        }

        /** Computes everything derived, so that the unit is no longer written to. */
        void derive() {
            if (kind != UnitKind.ACRONYM) {
                key();
                skeleton();
                consonants();
                strictKey();
                declension();
                given();
                codes();
            }
        }
    }

    /** Units in the order made, their objects kept for reuse. */
    private static final class Units {
        Unit[] items;
        int size;

        Units(int capacity) {
            items = new Unit[Math.max(4, capacity)];
        }

        Unit add() {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            Unit u = items[size];
            if (u == null) {
                u = new Unit();
                items[size] = u;
            }
            size++;
            return u;
        }
    }

    /** What scoring a listed name needs and keeps from call to call on one thread. */
    private static final class Workspace {
        final Units query = new Units(32);
        final Units units = new Units(32);
        final Pairs pairs = new Pairs(64);
        long[] letters = new long[16];
    }

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    /**
     * Prepares a query name for {@link #score(Query, List, double[], String)}: the same results as
     * {@link #score(List, double[], List, double[], String)} for any listed name, without
     * repeating the work on the query's side.
     *
     * @param wq the weights of the tokens, read now
     */
    static Query prepare(List<NameToken> tokens, double[] wq) {
        double[] weights = wq.clone();
        Reading person = Reading.of(tokens, weights, true, new Units(tokens.size() * 3));
        Reading body = Reading.of(tokens, weights, false, new Units(tokens.size() * 3));
        for (Reading r : List.of(person, body)) {
            for (int i = 0; i < r.count(); i++) {
                r.units()[i].derive();
            }
        }
        return new Query(person, body);
    }

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
        return score(Reading.of(query, wq, person, WORKSPACE.get().query), listed, wn, person);
    }

    /** Scores a prepared query name against a listed name, as {@link #score(List, double[], List, double[], String)}. */
    static Scored score(Query query, List<NameToken> listed, double[] wn, String schema) {
        boolean person = "Person".equals(schema);
        return score(person ? query.person : query.body, listed, wn, person);
    }

    private static Scored score(Reading query, List<NameToken> listed, double[] wn, boolean person) {
        Workspace ws = WORKSPACE.get();
        List<NameToken> q = query.tokens();
        double[] wq = query.weights();
        List<NameToken> n = person ? listed : romanNumerals(listed);
        if (ws.letters.length < n.size()) {
            ws.letters = new long[n.size()];
        }
        Units listedUnits = ws.units;
        listedUnits.size = 0;
        units(n, wn, person, listedUnits, query.words(), ws.letters);
        Unit[] qUnits = query.units();
        Unit[] nUnits = listedUnits.items;
        int nCount = listedUnits.size;
        Pairs pairs = ws.pairs;
        pairs.size = 0;
        int qCount = query.count();
        for (int a = 0; a < qCount; a++) {
            Unit qu = qUnits[a];
            for (int b = 0; b < nCount; b++) {
                double sim = compare(qu, nUnits[b]);
                if (sim > 0) {
                    pairs.add(a, b, sim, qu.weight + nUnits[b].weight);
                }
            }
        }
        int[] order = pairs.order(qUnits, nUnits);
        int[] roleQ = query.roles();
        int[] roleN = roles(n);
        boolean[] usedQ = new boolean[q.size()];
        boolean[] usedN = new boolean[n.size()];
        int[] qAlign = new int[q.size()];
        Arrays.fill(qAlign, -1);
        double matched = 0;
        double guessedQ = 0;
        double guessedN = 0;
        double alignedQ = 0;
        double alignedN = 0;
        boolean substantive = false;
        boolean roleConflict = false;
        List<Explanation.TokenMatch> out = new ArrayList<>(q.size());
        for (int i = 0; i < pairs.size; i++) {
            int p = order[i];
            Unit pq = qUnits[pairs.q[p]];
            Unit pn = nUnits[pairs.n[p]];
            if (free(usedQ, pq) && free(usedN, pn)) {
                double sim = pairs.sim[p];
                String how = how(pq, pn, sim);
                take(usedQ, pq);
                take(usedN, pn);
                for (int k = pq.from; k <= pq.to; k++) {
                    qAlign[k] = pn.from + (k - pq.from) * (pn.to - pn.from) / Math.max(1, pq.to - pq.from);
                }
                matched += sim * (pq.weight + pn.weight);
                alignedQ += pq.weight;
                alignedN += pn.weight;
                substantive |= pq.substantive && pn.substantive;
                if (how.equals(HOW_INITIAL)) {
                    // The word an initial stands for is only guessed: it still counts as a name
                    // element that may differ (Robert B. Aderholt is not Robert Barrera).
                    if (pq.kind == UnitKind.INITIAL) {
                        guessedN += pn.weight;
                    } else {
                        guessedQ += pq.weight;
                    }
                }
                roleConflict |= roleQ[pq.from] * roleN[pn.from] < 0 || roleQ[pq.to] * roleN[pn.to] < 0;
                out.add(new Explanation.TokenMatch(
                        pq.text(), pn.text(), round(sim), round(pq.weight + pn.weight), how));
            }
        }
        boolean orderConflict = !syllablesInOrder(q, qAlign);
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

    /** The pairs of units that met: the query's unit, the listed name's, their similarity and weight. */
    private static final class Pairs {
        int[] q;
        int[] n;
        double[] sim;
        double[] weight;
        int[] order;
        int[] spare;
        int size;

        Pairs(int capacity) {
            q = new int[capacity];
            n = new int[capacity];
            sim = new double[capacity];
            weight = new double[capacity];
            order = new int[capacity];
            spare = new int[capacity];
        }

        void add(int a, int b, double s, double w) {
            if (size == q.length) {
                int capacity = size * 2;
                q = Arrays.copyOf(q, capacity);
                n = Arrays.copyOf(n, capacity);
                sim = Arrays.copyOf(sim, capacity);
                weight = Arrays.copyOf(weight, capacity);
                order = new int[capacity];
                spare = new int[capacity];
            }
            q[size] = a;
            n[size] = b;
            sim[size] = s;
            weight[size] = w;
            size++;
        }

        /**
         * The pairs' numbers in the order they are taken, in the first {@link #size} places: most
         * similar first, then heavier, then by the query's and the listed name's first token,
         * then in the order found.
         */
        int[] order(Unit[] qUnits, Unit[] nUnits) {
            int[] order = this.order;
            int[] spare = this.spare;
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // Merge sort on the pairs' numbers, each run of up to eight sorted by insertion; the
            // order found breaks the last ties, so the order is total.
            for (int lo = 0; lo < size; lo += 8) {
                int hi = Math.min(size, lo + 8);
                for (int i = lo + 1; i < hi; i++) {
                    int p = order[i];
                    int j = i - 1;
                    while (j >= lo && before(p, order[j], qUnits, nUnits)) {
                        order[j + 1] = order[j];
                        j--;
                    }
                    order[j + 1] = p;
                }
            }
            for (int width = 8; width < size; width *= 2) {
                for (int lo = 0; lo < size; lo += 2 * width) {
                    int mid = Math.min(size, lo + width);
                    int hi = Math.min(size, lo + 2 * width);
                    int i = lo;
                    int j = mid;
                    int k = lo;
                    while (i < mid && j < hi) {
                        spare[k++] = before(order[j], order[i], qUnits, nUnits) ? order[j++] : order[i++];
                    }
                    while (i < mid) {
                        spare[k++] = order[i++];
                    }
                    while (j < hi) {
                        spare[k++] = order[j++];
                    }
                }
                int[] t = order;
                order = spare;
                spare = t;
            }
            return order;
        }

        private boolean before(int a, int b, Unit[] qUnits, Unit[] nUnits) {
            int c = Double.compare(-sim[a], -sim[b]);
            if (c == 0) {
                c = Double.compare(-weight[a], -weight[b]);
            }
            if (c == 0) {
                c = Integer.compare(qUnits[q[a]].from, qUnits[q[b]].from);
            }
            if (c == 0) {
                c = Integer.compare(nUnits[n[a]].from, nUnits[n[b]].from);
            }
            return c < 0 || c == 0 && a < b;
        }
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
    private static boolean syllablesInOrder(List<NameToken> q, int[] align) {
        int[] positions = new int[q.size()];
        int count = 0;
        for (int i = 0; i < q.size(); i++) {
            if (q.get(i).origin() == NameToken.Origin.CJK && align[i] >= 0) {
                positions[count++] = align[i];
            }
        }
        int descents = 0;
        for (int i = 1; i < count; i++) {
            if (positions[i] < positions[i - 1]) {
                descents++;
            }
        }
        if (descents == 0) {
            return true;
        }
        return descents == 1 && positions[count - 1] < positions[0];
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

    // The similarity of two units, 0 when they do not meet.
    private static double compare(Unit q, Unit n) {
        if (q.kind == UnitKind.NUMBER || n.kind == UnitKind.NUMBER) {
            return q.kind == n.kind && sameText(q, n) ? 1.0 : 0;
        }
        if (q.kind == UnitKind.FORM || n.kind == UnitKind.FORM) {
            return q.kind == n.kind && sameText(q, n) ? 1.0 : 0;
        }
        if (q.kind == UnitKind.ACRONYM || n.kind == UnitKind.ACRONYM) {
            if (q.kind == n.kind) {
                return 0;
            }
            Unit word = q.kind == UnitKind.ACRONYM ? n : q;
            Unit acronym = q.kind == UnitKind.ACRONYM ? q : n;
            return word.single() && word.kind == UnitKind.WORD && sameText(word, acronym) ? ACRONYM : 0;
        }
        if (!q.single() && !n.single()) {
            // Each token of two runs is compared on its own; runs meet only when spelt alike, or,
            // split differently (Abd al-Aziz, Abdul Aziz), when they sound alike.
            if (sameText(q, n)) {
                return 1.0;
            }
            if (q.count == n.count || !mayShareConsonants(q, n)) {
                return 0;
            }
            if (q.key().equals(n.key())) {
                return PHONETIC;
            }
            return vowelVariant(q, n);
        }
        return similarity(q, n);
    }

    // How two units met, from their kinds and similarity.
    private static String how(Unit q, Unit n, double sim) {
        if (q.kind == UnitKind.NUMBER
                || n.kind == UnitKind.NUMBER
                || q.kind == UnitKind.FORM
                || n.kind == UnitKind.FORM) {
            return HOW_EXACT;
        }
        if (q.kind == UnitKind.ACRONYM || n.kind == UnitKind.ACRONYM) {
            return HOW_ACRONYM;
        }
        boolean joined = !q.single() || !n.single();
        if (sim == 1.0) {
            return joined ? HOW_JOINED : HOW_EXACT;
        } else if (!q.single() && !n.single()) {
            return HOW_JOINED;
        } else if (q.kind == UnitKind.INITIAL || n.kind == UnitKind.INITIAL) {
            return HOW_INITIAL;
        }
        return joined ? HOW_JOINED : HOW_SIMILAR;
    }

    private static boolean sameText(Unit q, Unit n) {
        return q.length == n.length && q.text().equals(n.text());
    }

    private static double similarity(Unit q, Unit n) {
        if (sameText(q, n)) {
            return 1.0;
        }
        if (q.kind == UnitKind.INITIAL || n.kind == UnitKind.INITIAL) {
            if (q.kind == n.kind) {
                return 0;
            }
            Unit initial = q.kind == UnitKind.INITIAL ? q : n;
            Unit word = q.kind == UnitKind.INITIAL ? n : q;
            return word.single() && word.first == initial.first ? INITIAL : 0;
        }
        if (q.syllabic || n.syllabic) {
            // Hangul and Han syllables, alone or joined, meet Latin spellings by a key that keeps
            // the vowels (Jong, Jeong and Chong; Chao is not Chai); a foreign name spelt in three
            // syllables or more (블라디미르) by its consonants.
            if (q.syllabic && n.syllabic) {
                return 0;
            }
            if (q.strictKey().equals(n.strictKey())) {
                return PHONETIC;
            }
            Unit syllables = q.syllabic ? q : n;
            return syllables.count >= 3
                            && q.skeleton().length() >= MIN_SKELETON
                            && q.skeleton().equals(n.skeleton())
                    ? SKELETON
                    : 0;
        }
        boolean singles = q.single() && n.single();
        double best = 0;
        if (singles && q.given() && n.given() && GivenNames.equivalent(q.text(), n.text())) {
            best = EQUIVALENT;
        }
        if (q.key().length() >= 2 && mayShareConsonants(q, n)) {
            if (q.key().equals(n.key())) {
                best = Math.max(best, Math.min(q.length, n.length) >= 4 ? PHONETIC : PHONETIC_SHORT);
            } else if (singles || q.first == n.first) {
                best = Math.max(best, vowelVariant(q, n));
            }
        }
        boolean skeletonFits = singles || (q.single() ? n.loose : q.loose);
        if ((q.loose || n.loose)
                && skeletonFits
                && q.skeleton().length() >= MIN_SKELETON
                && q.skeleton().equals(n.skeleton())) {
            best = Math.max(best, SKELETON);
        }
        double edited = edited(q, n, !singles);
        if (singles || edited >= JOINED_EDITED) {
            best = Math.max(best, edited);
        }
        if (singles && best < PHONETIC) {
            String da = q.declension();
            String db = n.declension();
            if (da != q.text() || db != n.text()) {
                best = Math.max(best, Math.min(PHONETIC, edited(da, db)));
            }
        }
        return best;
    }

    // The similarity by edits of two units whose texts differ, as edited(String, String); when
    // joined, 0 also for a similarity under JOINED_EDITED, which a run does not take.
    private static double edited(Unit q, Unit n, boolean joined) {
        int longer = Math.max(q.length, n.length);
        int budget = joined ? joinedBudget(longer) : editBudget(longer);
        if (budget == 0 || Math.abs(q.length - n.length) > budget) {
            return 0;
        }
        // Each edit brings in at most one letter the other text lacks and does away with at most
        // one: more such letters than the budget on either side need more edits than it allows.
        if (Long.bitCount(q.letters & ~n.letters) > budget || Long.bitCount(n.letters & ~q.letters) > budget) {
            return 0;
        }
        int d = EditDistance.bounded(q.text(), n.text(), budget);
        return d <= budget ? 1.0 - (double) d / longer : 0;
    }

    // 1 − d/L when the edit distance d is within the budget of the longer token's length L, else 0.
    private static double edited(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        int budget = editBudget(longer);
        if (budget == 0 || Math.abs(a.length() - b.length()) > budget) {
            return a.equals(b) ? 1 : 0;
        }
        int d = EditDistance.bounded(a, b, budget);
        return d <= budget ? 1.0 - (double) d / longer : 0;
    }

    // Keys that differ only in their vowels, within a budget of edits: Mohammed/Muhammad,
    // Husayn/Hussein, Poutine/Putin. 0 when they differ more.
    private static double vowelVariant(Unit q, Unit n) {
        if (!sameStart(q.first, n.first) || !q.consonants().equals(n.consonants())) {
            return 0;
        }
        String a = q.key();
        String b = n.key();
        int kl = Math.max(a.length(), b.length());
        int budget = kl < MIN_KEY_EDIT_LENGTH ? 0 : Math.max(1, (int) Math.floor(kl * KEY_EDITS_PER_LETTER));
        int d = budget == 0 ? budget + 1 : EditDistance.bounded(a, b, budget);
        return d <= budget ? PHONETIC - KEY_EDIT_COST * d : 0;
    }

    private static final String VOWELS = "aeiouy";

    // Whether two words that differ in their vowels may be one name: they begin with the same
    // letter, or both with a vowel (Osama, Usama); Peskov and Baskov do not.
    private static boolean sameStart(char a, char b) {
        return a == b || VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0;
    }

    // The consonant letters of sound keys, one bit each; any other letter is bit 11.
    private static final String CODES = "PTKSJLRVMNY";
    private static final int OTHER_CODE = 1 << CODES.length();
    private static final long LATIN = (1L << 26) - 1;

    // Of each letter a to z, the consonants of the sound key it always gives, wherever it stands
    // (letters in no letter group; k, whose groups ck and kh are k too; x, s alone or after k),
    // and those it may give, alone or as the first letter of a group (c: k, soft c, ch, cz; t: ts,
    // th, tch; i and y: a glide).
    private static final int[] CERTAIN = new int[26];
    private static final int[] POSSIBLE = new int[26];

    static {
        String[][] letters = {
            {"a", "", ""},
            {"b", "P", "P"},
            {"c", "", "KSJ"},
            {"d", "", "TJ"},
            {"e", "", ""},
            {"f", "V", "V"},
            {"g", "K", "K"},
            {"h", "", "S"},
            {"i", "", "Y"},
            {"j", "", "J"},
            {"k", "K", "K"},
            {"l", "L", "L"},
            {"m", "M", "M"},
            {"n", "N", "N"},
            {"o", "", ""},
            {"p", "", "PV"},
            {"q", "K", "K"},
            {"r", "R", "R"},
            {"s", "", "S"},
            {"t", "", "TSJ"},
            {"u", "", ""},
            {"v", "V", "V"},
            {"w", "V", "V"},
            {"x", "S", "KS"},
            {"y", "", "Y"},
            {"z", "", "SJ"},
        };
        for (String[] l : letters) {
            int c = l[0].charAt(0) - 'a';
            CERTAIN[c] = codes(l[1]);
            POSSIBLE[c] = codes(l[2]);
        }
    }

    private static int codes(String consonants) {
        int codes = 0;
        for (int i = 0; i < consonants.length(); i++) {
            int code = CODES.indexOf(consonants.charAt(i));
            codes |= code < 0 ? OTHER_CODE : 1 << code;
        }
        return codes;
    }

    private static int codes(long letters, int[] byLetter) {
        int codes = 0;
        for (long l = letters & LATIN; l != 0; l &= l - 1) {
            codes |= byLetter[Long.numberOfTrailingZeros(l)];
        }
        return codes;
    }

    // Whether the sound keys of two units may have the same consonants; false only when they
    // certainly do not, so that the key of a run of the listed name (costly to make) is made only
    // when it may count. The query's unit has its consonants known; the run's are bounded by its
    // letters.
    private static boolean mayShareConsonants(Unit q, Unit n) {
        if (n.single() || (n.letters & ~LATIN) != 0) {
            return true;
        }
        int codes = q.codes();
        return (codes & ~n.possible()) == 0 && (n.certain() & ~codes) == 0;
    }

    private static String consonants(String key) {
        int i = 0;
        while (i < key.length() && !Character.isLowerCase(key.charAt(i))) {
            i++;
        }
        if (i == key.length()) {
            return key;
        }
        StringBuilder out = new StringBuilder(key.length());
        out.append(key, 0, i);
        for (; i < key.length(); i++) {
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
        return letters >= 0 && letters < EDIT_BUDGETS.length ? EDIT_BUDGETS[letters] : budget(letters);
    }

    // The edits allowed when a run meets a token: those that leave a similarity of JOINED_EDITED
    // at least, within the budget.
    private static int joinedBudget(int letters) {
        return letters >= 0 && letters < JOINED_BUDGETS.length ? JOINED_BUDGETS[letters] : joined(letters);
    }

    private static final int[] EDIT_BUDGETS = new int[64];
    private static final int[] JOINED_BUDGETS = new int[64];

    static {
        for (int letters = 0; letters < EDIT_BUDGETS.length; letters++) {
            EDIT_BUDGETS[letters] = budget(letters);
            JOINED_BUDGETS[letters] = joined(letters);
        }
    }

    private static int joined(int letters) {
        int budget = budget(letters);
        while (budget > 0 && 1.0 - (double) budget / letters < JOINED_EDITED) {
            budget--;
        }
        return budget;
    }

    private static int budget(int letters) {
        if (letters < MIN_EDIT_LENGTH) {
            return 0;
        }
        return Math.max(1, (int) Math.floor(letters * EDITS_PER_LETTER));
    }

    // The letters of a text as bits: a to z bits 0 to 25, digits 26 to 35, any other character bit 63.
    private static long letters(String text) {
        long letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters |= 1L << (c - 'a');
            } else if (c >= '0' && c <= '9') {
                letters |= 1L << (26 + c - '0');
            } else {
                letters |= 1L << 63;
            }
        }
        return letters;
    }

    /**
     * Cuts a name into its units, added to {@code out}: each token followed by the runs it begins,
     * then the acronyms.
     *
     * @param words the texts an acronym must equal to be kept, or null to keep every acronym
     * @param letters room for the letters of each token
     */
    private static void units(
            List<NameToken> tokens, double[] w, boolean person, Units out, String[] words, long[] letters) {
        int size = tokens.size();
        for (int i = 0; i < size; i++) {
            letters[i] = letters(tokens.get(i).text());
        }
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
            Unit prefix = out.add()
                    .set(
                            tokens,
                            null,
                            i,
                            i,
                            t.text().length(),
                            letters[i],
                            t.text(),
                            w[i],
                            t.loose(),
                            cjk,
                            t.kind() == NameToken.Kind.WORD || t.kind() == NameToken.Kind.NUMBER,
                            kind);
            if (kind != UnitKind.WORD) {
                continue;
            }
            boolean syllables = t.origin() == NameToken.Origin.SYLLABIC || cjk;
            int maxRun = syllables ? MAX_SYLLABLE_RUN : MAX_RUN;
            int length = t.text().length();
            long runLetters = letters[i];
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
                length += next.text().length();
                runLetters |= letters[j];
                weight += w[j];
                loose |= next.loose();
                cjk &= next.origin() == NameToken.Origin.CJK;
                prefix = out.add()
                        .set(tokens, prefix, i, j, length, runLetters, null, weight, loose, cjk, true, UnitKind.WORD);
            }
        }
        acronyms(tokens, w, out, !person, words);
    }

    // Runs of two to five words (stopwords and particles inside a run skipped) read as their
    // initials: People's Liberation Army → pla. In a person's name they do not identify alone.
    // An acronym meets only a single word of the same text, so when the words of the other name
    // are known, an acronym none of them equals is left out: it would meet nothing.
    private static void acronyms(List<NameToken> tokens, double[] w, Units out, boolean identify, String[] words) {
        int size = tokens.size();
        char[] letters = new char[MAX_ACRONYM];
        for (int i = 0; i < size; i++) {
            if (tokens.get(i).kind() != NameToken.Kind.WORD) {
                continue;
            }
            int count = 0;
            double weight = 0;
            int found = 0;
            for (int j = i; j < size && count < MAX_ACRONYM; j++) {
                NameToken t = tokens.get(j);
                if (t.kind() == NameToken.Kind.WORD) {
                    letters[count++] = t.text().charAt(0);
                    found++;
                } else if (t.kind() != NameToken.Kind.STOPWORD && t.kind() != NameToken.Kind.PARTICLE) {
                    break;
                }
                weight += w[j];
                if (found >= 2 && t.kind() == NameToken.Kind.WORD) {
                    String text = words == null ? new String(letters, 0, count) : find(words, letters, count);
                    if (text != null) {
                        out.add()
                                .set(
                                        tokens,
                                        null,
                                        i,
                                        j,
                                        count,
                                        letters(text),
                                        text,
                                        weight,
                                        false,
                                        false,
                                        identify,
                                        UnitKind.ACRONYM);
                    }
                }
            }
        }
    }

    // The word spelt by the first count letters, or null.
    private static String find(String[] words, char[] letters, int count) {
        for (String word : words) {
            if (word.length() == count) {
                int i = 0;
                while (i < count && word.charAt(i) == letters[i]) {
                    i++;
                }
                if (i == count) {
                    return word;
                }
            }
        }
        return null;
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

    private static final Pattern ROMAN = Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");

    /** The value of a Roman numeral of 2 to 7 letters up to 39, else 0. */
    static int roman(String t) {
        if (t.length() < 2 || t.length() > 7) {
            return 0;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != 'i' && c != 'v' && c != 'x') {
                return 0;
            }
        }
        if (!ROMAN.matcher(t).matches()) {
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
        for (int i = u.from; i <= u.to; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(boolean[] used, Unit u) {
        for (int i = u.from; i <= u.to; i++) {
            used[i] = true;
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
