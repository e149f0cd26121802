package org.armswatch.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The screening index as it was before its internals were made compact (maps of strings and
 * lists of objects): the reference {@link MatchIndexEquivalenceTest} compares {@link MatchIndex}
 * with. Same candidate stage and scoring, written plainly.
 */
final class ReferenceMatchIndex {
    private static final int TRIGRAM_MIN = 4;
    private static final double TRIGRAM_DICE = 0.5;
    private static final double FUZZY_FLOOR = 0.88;
    private static final int COMMON_POSTINGS = 20_000;
    private static final int DELETION_MIN = 4;
    private static final int SKELETON_MIN = 3;
    private static final int MAX_RUN = 3;
    private static final int MAX_SYLLABLE_RUN = 8;

    private final NameNormalizer normalizer;
    private final List<ListedEntry> entries;
    private final int[] nameEntry;
    private final NameToken[][] nameTokens;
    private final String[] nameText;
    private final boolean[] nameWeak;
    private final Map<String, Integer> vocabulary;
    private final String[] vocabText;
    private final int[][] postings;
    private final Map<String, int[]> byKey;
    private final Map<String, int[]> byTrigram;
    private final Map<String, int[]> bySkeleton;
    private final Map<String, int[]> byDeletion;
    private final Map<String, int[]> byIdentifier;
    private final double maxWeight;
    private final ThreadLocal<Scratch> scratch;

    private ReferenceMatchIndex(Builder b) {
        this.normalizer = b.normalizer;
        this.entries = List.copyOf(b.entries);
        this.nameEntry = b.nameEntry.toArray();
        this.nameTokens = b.nameTokens.toArray(NameToken[][]::new);
        this.nameText = b.nameText.toArray(String[]::new);
        this.nameWeak = new boolean[b.nameWeak.size()];
        for (int i = 0; i < nameWeak.length; i++) {
            nameWeak[i] = b.nameWeak.get(i);
        }
        this.vocabulary = Map.copyOf(b.vocabulary);
        this.vocabText = b.vocabText.toArray(String[]::new);
        this.postings = new int[vocabText.length][];
        for (int i = 0; i < postings.length; i++) {
            postings[i] = b.postings.get(i).toArray();
        }
        b.tables();
        this.byKey = freeze(b.byKey);
        this.byTrigram = freeze(b.byTrigram);
        this.bySkeleton = freeze(b.bySkeleton);
        this.byDeletion = freeze(b.byDeletion);
        this.byIdentifier = freeze(b.byIdentifier);
        this.maxWeight = Math.log(1.0 + nameText.length);
        int names = nameText.length;
        int vocab = vocabText.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(names, vocab));
    }

    /** Builds an index over the entries' names with the given normaliser. */
    static ReferenceMatchIndex build(Collection<ListedEntry> entries, NameNormalizer normalizer) {
        Builder b = new Builder(normalizer);
        // Normalising the names is most of the work and each name stands alone: it runs on all
        // cores, and the index is then filled in the entries' order, as a sequential build would.
        List<ListedEntry> ordered = List.copyOf(entries);
        List<List<List<NameToken>>> analysed = ordered.parallelStream()
                .map(e -> e.names().stream()
                        .map(n -> normalizer.analyse(n.text()))
                        .toList())
                .toList();
        for (int i = 0; i < ordered.size(); i++) {
            b.add(ordered.get(i), analysed.get(i));
        }
        return new ReferenceMatchIndex(b);
    }

    /** The number of entries indexed. */
    public int size() {
        return entries.size();
    }

    /** The number of distinct names indexed. */
    public int names() {
        return nameText.length;
    }

    /** The normaliser the index was built with. */
    public NameNormalizer normalizer() {
        return normalizer;
    }

    /**
     * Screens a query.
     *
     * @return up to {@code limit} results, best first; each says whether it is a match
     * @throws IllegalArgumentException when the name has no letters or digits
     */
    List<ScreeningResult> search(ScreeningQuery query, MatchIndex.Options options) {
        List<NameToken> tokens = normalizer.analyse(query.name());
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("the name '" + query.name() + "' has no letters or digits to match");
        }
        double[] wq = weights(tokens);
        Scratch s = scratch.get();
        try {
            gather(tokens, wq, options, s);
            List<String> identifiers = query.identifiers().stream()
                    .map(ListedEntry::normaliseIdentifier)
                    .toList();
            for (String id : identifiers) {
                for (int name : byIdentifier.getOrDefault(id, new int[0])) {
                    s.add(name, maxWeight);
                }
            }
            int[] best = s.top(Math.max(48, options.limit() * 4));
            Map<Integer, ScreeningResult> byEntry = new LinkedHashMap<>();
            for (int name : best) {
                ListedEntry entry = entries.get(nameEntry[name]);
                if (!options.sources().isEmpty() && !options.sources().contains(entry.source())) {
                    continue;
                }
                if (!Schemas.compatible(query.schema(), entry.schema())) {
                    continue;
                }
                NameToken[] listed = nameTokens[name];
                List<NameToken> listedTokens = Arrays.asList(listed);
                NameScorer.Scored scored =
                        NameScorer.score(tokens, wq, listedTokens, weights(listedTokens), entry.schema());
                ScreeningResult r = Features.apply(
                        query, identifiers, entry, nameText[name], nameWeak[name], scored, options.threshold());
                ScreeningResult previous = byEntry.get(nameEntry[name]);
                if (previous == null || r.score() > previous.score()) {
                    byEntry.put(nameEntry[name], r);
                }
            }
            return byEntry.values().stream()
                    .sorted(Comparator.comparingDouble((ScreeningResult r) -> -r.score())
                            .thenComparing(r -> r.entry().id())
                            .thenComparing(r -> r.entry().source()))
                    .limit(options.limit())
                    .toList();
        } finally {
            s.reset();
        }
    }

    private void gather(List<NameToken> tokens, double[] wq, MatchIndex.Options options, Scratch s) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> -wq[i]));
        int enough = Math.max(64, options.limit() * 8);
        for (int i : order) {
            NameToken t = tokens.get(i);
            for (int[] match : vocabularyMatches(t.text(), t.key(), t.loose() ? t.skeleton() : "")) {
                int[] names = postings[match[0]];
                if (names.length > COMMON_POSTINGS && s.touched() >= enough) {
                    continue;
                }
                double gain = wq[i] * match[1] / 100.0;
                for (int name : names) {
                    s.add(name, gain);
                }
            }
            // Runs of adjacent tokens joined: two or three, up to eight syllables of a syllabic script.
            StringBuilder joined = new StringBuilder(t.text());
            double weight = wq[i];
            boolean syllables = t.origin() != NameToken.Origin.ALPHABET && t.origin() != NameToken.Origin.ABJAD;
            for (int j = i + 1; j < tokens.size() && j - i < (syllables ? MAX_SYLLABLE_RUN : MAX_RUN); j++) {
                joined.append(tokens.get(j).text());
                weight += wq[j];
                String text = joined.toString();
                List<int[]> matches = syllables
                        ? vocabularyMatches(text, Phonetic.key(text), Phonetic.skeleton(text, true))
                        : exactMatch(text);
                for (int[] match : matches) {
                    double gain = weight * match[1] / 100.0;
                    for (int name : postings[match[0]]) {
                        s.add(name, gain);
                    }
                }
            }
        }
    }

    private List<int[]> exactMatch(String text) {
        Integer exact = vocabulary.get(text);
        return exact == null ? List.of() : List.<int[]>of(new int[] {exact, 100});
    }

    // Vocabulary tokens like a query token: {vocabulary id, similarity in percent}. Equal text; the
    // other forms of the same given name; equal sound key; a text an edit or two away and a sound
    // key a vowel away (both by deletion neighbourhoods, checked); for a token of a script that
    // leaves vowels out, an equal consonant skeleton; trigram overlap checked by Jaro-Winkler.
    private List<int[]> vocabularyMatches(String text, String key, String skeleton) {
        List<int[]> out = new ArrayList<>();
        Integer exact = vocabulary.get(text);
        if (exact != null) {
            out.add(new int[] {exact, 100});
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        if (exact != null) {
            seen.add(exact);
        }
        for (String other : GivenNames.equivalents(text)) {
            Integer vid = vocabulary.get(other);
            if (vid != null && seen.add(vid)) {
                out.add(new int[] {vid, 90});
            }
        }
        if (key.length() >= 2) {
            for (int vid : byKey.getOrDefault(key, new int[0])) {
                if (seen.add(vid)) {
                    out.add(new int[] {vid, 90});
                }
            }
        }
        if (text.length() >= DELETION_MIN) {
            // Tokens an edit or two away: they share a variant with one letter left out.
            int budget = NameScorer.editBudget(text.length() + 1);
            for (String d : deletions(text)) {
                for (int vid : byDeletion.getOrDefault("t" + d, new int[0])) {
                    if (!seen.contains(vid)) {
                        String v = vocabText[vid];
                        int b = Math.max(budget, NameScorer.editBudget(v.length()));
                        int e = EditDistance.bounded(text, v, b);
                        if (e <= b) {
                            seen.add(vid);
                            out.add(new int[] {
                                vid, (int) Math.round(100.0 * (1 - (double) e / Math.max(text.length(), v.length())))
                            });
                        }
                    }
                }
            }
        }
        if (key.length() >= DELETION_MIN) {
            String consonants = consonants(key);
            for (String d : deletions(key)) {
                for (int vid : byDeletion.getOrDefault("k" + d, new int[0])) {
                    // Keys one edit apart in their vowels only, as the scorer takes them.
                    if (!seen.contains(vid) && consonants.equals(consonants(Phonetic.key(vocabText[vid])))) {
                        seen.add(vid);
                        out.add(new int[] {vid, 80});
                    }
                }
            }
        }
        if (skeleton.length() >= SKELETON_MIN) {
            for (int vid : bySkeleton.getOrDefault(skeleton, new int[0])) {
                if (seen.add(vid)) {
                    out.add(new int[] {vid, 85});
                }
            }
        }
        if (text.length() >= TRIGRAM_MIN) {
            Scratch s = scratch.get();
            List<String> grams = trigrams(text);
            for (String g : grams) {
                for (int vid : byTrigram.getOrDefault(g, new int[0])) {
                    s.countGram(vid);
                }
            }
            for (int vid : s.drainGrams()) {
                int shared = s.gramCount(vid);
                int total = grams.size() + vocabText[vid].length() - 2;
                if (2.0 * shared / total >= TRIGRAM_DICE && !seen.contains(vid)) {
                    double jw = JaroWinkler.similarity(text, vocabText[vid]);
                    if (jw >= FUZZY_FLOOR) {
                        out.add(new int[] {vid, (int) Math.round(jw * 100)});
                    }
                }
            }
            s.clearGrams();
        }
        return out;
    }

    double[] weights(List<NameToken> tokens) {
        double[] w = new double[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            NameToken t = tokens.get(i);
            Integer vid = vocabulary.get(t.text());
            double idf = vid == null ? maxWeight : Math.log(1.0 + (double) nameText.length / postings[vid].length);
            w[i] = idf * t.kindWeight();
        }
        return w;
    }

    private static String consonants(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isLowerCase(key.charAt(i))) {
                out.append(key.charAt(i));
            }
        }
        return out.toString();
    }

    // A string and its variants with one letter left out: two strings an edit apart share one.
    static List<String> deletions(String key) {
        List<String> out = new ArrayList<>(key.length() + 1);
        out.add(key);
        for (int i = 0; i < key.length(); i++) {
            String d = key.substring(0, i) + key.substring(i + 1);
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    static List<String> trigrams(String text) {
        String padded = text;
        List<String> grams = new ArrayList<>(padded.length());
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    private static Map<String, int[]> freeze(Map<String, IntList> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    /** Builds an index: names normalised, vocabulary and postings collected. */
    private static final class Builder {
        final NameNormalizer normalizer;
        final List<ListedEntry> entries = new ArrayList<>();
        final IntList nameEntry = new IntList();
        final List<NameToken[]> nameTokens = new ArrayList<>();
        final List<String> nameText = new ArrayList<>();
        final List<Boolean> nameWeak = new ArrayList<>();
        final Map<String, Integer> vocabulary = new HashMap<>();
        final List<String> vocabText = new ArrayList<>();
        final List<IntList> postings = new ArrayList<>();
        final Map<String, IntList> byKey = new HashMap<>();
        final Map<String, IntList> byTrigram = new HashMap<>();
        final Map<String, IntList> bySkeleton = new HashMap<>();
        final Map<String, IntList> byDeletion = new HashMap<>();
        final Map<String, IntList> byIdentifier = new HashMap<>();
        final java.util.Set<Integer> words = new java.util.HashSet<>();

        Builder(NameNormalizer normalizer) {
            this.normalizer = normalizer;
        }

        /** Adds an entry whose names have been analysed, one token list per name in order. */
        void add(ListedEntry e, List<List<NameToken>> analysed) {
            int entry = entries.size();
            int firstName = nameText.size();
            entries.add(e);
            Map<String, Boolean> seen = new LinkedHashMap<>();
            for (int k = 0; k < e.names().size(); k++) {
                ListedEntry.ListedName n = e.names().get(k);
                List<NameToken> tokens = analysed.get(k);
                if (tokens.isEmpty()) {
                    continue;
                }
                String folded =
                        String.join(" ", tokens.stream().map(NameToken::text).toList());
                Boolean weak = seen.get(folded);
                if (weak != null && (weak || !n.weak())) {
                    continue;
                }
                seen.put(folded, n.weak());
                int name = nameText.size();
                nameEntry.add(entry);
                nameTokens.add(tokens.toArray(NameToken[]::new));
                nameText.add(n.text());
                nameWeak.add(n.weak());
                for (NameToken t : new LinkedHashSet<>(tokens)) {
                    postings(t, true).add(name);
                }
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    postings(
                                    NameToken.of(
                                            tokens.get(i).text()
                                                    + tokens.get(i + 1).text(),
                                            NameToken.Kind.WORD),
                                    false)
                            .add(name);
                }
            }
            if (nameText.size() > firstName) {
                for (String id : e.identifiers()) {
                    byIdentifier.computeIfAbsent(id, k -> new IntList()).add(firstName);
                }
            }
        }

        private IntList postings(NameToken t, boolean word) {
            Integer vid = vocabulary.get(t.text());
            if (vid == null) {
                vid = vocabText.size();
                vocabulary.put(t.text(), vid);
                vocabText.add(t.text());
                postings.add(new IntList());
            }
            if (word) {
                words.add(vid);
            }
            return postings.get(vid);
        }

        // The look-up tables over the vocabulary, each token in id order: sound keys and skeletons
        // of every token; deletion variants and trigrams of the tokens that are words of a name
        // (not only two words joined).
        void tables() {
            for (int vid = 0; vid < vocabText.size(); vid++) {
                String text = vocabText.get(vid);
                boolean word = words.contains(vid);
                String key = Phonetic.key(text);
                if (key.length() >= 2) {
                    byKey.computeIfAbsent(key, k -> new IntList()).add(vid);
                }
                if (word && key.length() >= DELETION_MIN) {
                    for (String d : deletions(key)) {
                        byDeletion.computeIfAbsent("k" + d, k -> new IntList()).add(vid);
                    }
                }
                if (word && text.length() >= DELETION_MIN) {
                    for (String d : deletions(text)) {
                        byDeletion.computeIfAbsent("t" + d, k -> new IntList()).add(vid);
                    }
                }
                String skeleton = Phonetic.skeleton(text, false);
                if (skeleton.length() >= SKELETON_MIN) {
                    bySkeleton.computeIfAbsent(skeleton, k -> new IntList()).add(vid);
                }
                if (word && text.length() >= TRIGRAM_MIN) {
                    for (String g : new LinkedHashSet<>(trigrams(text))) {
                        byTrigram.computeIfAbsent(g, k -> new IntList()).add(vid);
                    }
                }
            }
        }
    }

    /** Per-thread work arrays for one search, reset after it. */
    private static final class Scratch {
        final double[] score;
        final IntList touchedNames = new IntList();
        final int[] gramCounts;
        final IntList touchedGrams = new IntList();

        Scratch(int names, int vocab) {
            this.score = new double[names];
            this.gramCounts = new int[vocab];
        }

        void add(int name, double gain) {
            if (score[name] == 0) {
                touchedNames.add(name);
            }
            score[name] += gain;
        }

        int touched() {
            return touchedNames.size();
        }

        int[] top(int k) {
            int[] names = touchedNames.toArray();
            if (names.length <= k) {
                return names;
            }
            Integer[] boxed = Arrays.stream(names).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (a, b) -> Double.compare(score[b], score[a]));
            int[] out = new int[k];
            for (int i = 0; i < k; i++) {
                out[i] = boxed[i];
            }
            return out;
        }

        void countGram(int vid) {
            if (gramCounts[vid] == 0) {
                touchedGrams.add(vid);
            }
            gramCounts[vid]++;
        }

        int gramCount(int vid) {
            return gramCounts[vid];
        }

        int[] drainGrams() {
            return touchedGrams.toArray();
        }

        void clearGrams() {
            for (int i = 0; i < touchedGrams.size(); i++) {
                gramCounts[touchedGrams.get(i)] = 0;
            }
            touchedGrams.clear();
        }

        void reset() {
            for (int i = 0; i < touchedNames.size(); i++) {
                score[touchedNames.get(i)] = 0;
            }
            touchedNames.clear();
            clearGrams();
        }
    }
}
