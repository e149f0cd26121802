package org.armswatch.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * An in-memory screening index over list entries: every name normalised once, an inverted index
 * from tokens to names, sound keys and character trigrams over the vocabulary for variant and
 * typo look-ups, and token rarity for weighting. Immutable after {@link #build}; {@link #search}
 * is thread-safe.
 *
 * <p>The vocabulary holds every word of a name and every two adjacent words joined (so that
 * "Jongun" finds "Jong Un"); the look-ups by spelling variant below read only the words, joined
 * pairs are found by their text and sound key.
 *
 * <p>A search works in two stages. Candidates: each query token (and each run of adjacent query
 * tokens joined: two or three, up to eight syllables of a syllabic script) is looked up in the
 * vocabulary by equal text, the other forms of a given name, equal sound key, a sound key or a
 * text an edit or two away (deletion neighbourhoods, checked by edit distance), equal consonant
 * skeleton for tokens of scripts that leave vowels unwritten, and trigram overlap checked by
 * Jaro-Winkler; the names holding the tokens found gather the query token's
 * weight times the similarity, rarest tokens first, and a token too common to discriminate is
 * skipped once rarer ones have found enough names. Scoring: the best-gathering names are aligned
 * with the query by {@link NameScorer}, each entry keeps its best name (a name whose tokens
 * another entry has too is aligned once), and birth date, country and identifier adjust the
 * score.
 *
 * <p>Layout, for speed and memory: tokens are interned (one {@link NameToken} per distinct token)
 * and names are rows of token ids; the vocabulary, sound keys and skeletons are tables of dense
 * ids over their characters kept end to end ({@link StringIds}), deletion variants are 64-bit
 * codes ({@link LongIds}); every look-up table is an int array in compressed-row form ({@link
 * Postings}); each trigram's vocabulary is ordered by length, so that a look-up reads only the
 * lengths that can reach the Jaro-Winkler floor, and each of its postings carries the token's
 * trigram signature, so that most tokens are ruled out without being read. A search allocates
 * little: its arrays are kept per thread and cleared by what it touched, and the best candidates
 * are taken by a bounded heap. The build normalises the names on all cores.
 */
public final class MatchIndex {
    private static final int TRIGRAM_MIN = 4;
    private static final double TRIGRAM_DICE = 0.5;
    private static final double FUZZY_FLOOR = 0.88;
    private static final int COMMON_POSTINGS = 20_000;
    private static final int DELETION_MIN = 4;
    private static final int SKELETON_MIN = 3;
    private static final int MAX_RUN = 3;
    private static final int MAX_SYLLABLE_RUN = 8;
    private static final int BUILD_CHUNK = 1 << 16;
    // Rounding allowance of the trigram stage's bounds, which are only ever widened by it.
    private static final double SLACK = 1e-6;

    private final NameNormalizer normalizer;
    private final List<ListedEntry> entries;
    private final int[] nameEntry;
    private final String[] nameText;
    private final boolean[] nameWeak;
    private final int[] nameTokenStart;
    private final int[] nameTokens;
    private final int[] nameRow;
    private final NameToken[] tokens;
    private final double[] tokenWeight;
    private final StringIds vocabulary;
    private final Postings postings;
    private final StringIds keys;
    private final Postings byKey;
    private final StringIds consonants;
    private final int[] keyConsonants;
    private final LongIds deletions;
    private final Postings byDeletion;
    private final StringIds skeletons;
    private final Postings bySkeleton;
    private final LongIds grams;
    private final Postings byGram;
    private final int[] gramSignature;
    private final Postings lengthDirectory;
    private final Map<String, int[]> byIdentifier;
    private final double maxWeight;
    private final ThreadLocal<Scratch> scratch;

    /**
     * Search settings.
     *
     * @param threshold score at or above which a result is a match
     * @param limit how many results to return at most, best first
     * @param sources only entries of these lists; empty for all
     */
    public record Options(double threshold, int limit, Set<String> sources) {
        public Options {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in [0,1], got " + threshold);
            }
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1, got " + limit);
            }
            sources = Set.copyOf(sources);
        }
    }

    private MatchIndex(Builder b) {
        this.normalizer = b.normalizer;
        this.entries = b.entries;
        this.nameEntry = b.nameEntry.toArray();
        this.nameText = b.nameText.toArray(String[]::new);
        this.nameWeak = new boolean[nameText.length];
        for (int i = 0; i < nameWeak.length; i++) {
            nameWeak[i] = b.nameWeak.get(i) != 0;
        }
        this.nameTokenStart = b.nameTokenStart.toArray();
        this.nameTokens = b.nameTokens.toArray();
        this.nameRow = b.nameRow.toArray();
        this.tokens = b.tokens.toArray(NameToken[]::new);
        this.vocabulary = b.vocabulary;
        vocabulary.trim();
        int vocab = vocabulary.size();
        this.postings = Postings.of(b.postingVocabulary, b.postingName, vocab);
        b.postingVocabulary = null;
        b.postingName = null;
        this.tokenWeight = new double[tokens.length];
        for (int t = 0; t < tokens.length; t++) {
            tokenWeight[t] = idf(vocabulary.get(tokens[t].text())) * tokens[t].kindWeight();
        }
        String[] keyOf = new String[vocab];
        IntStream.range(0, vocab).parallel().forEach(v -> keyOf[v] = Phonetic.key(vocabulary.string(v)));
        this.keys = new StringIds(vocab / 2);
        this.byKey = keyPostings(keyOf, keys);
        this.consonants = new StringIds(vocab / 2);
        this.keyConsonants = new int[vocab];
        for (int v = 0; v < vocab; v++) {
            keyConsonants[v] = consonants.add(consonants(keyOf[v]));
        }
        consonants.trim();
        this.deletions = new LongIds(vocab * 8);
        this.byDeletion = deletionPostings(vocabulary, keyOf, deletions, b.words);
        this.skeletons = new StringIds(vocab / 2);
        this.bySkeleton = skeletonPostings(vocabulary, skeletons);
        int[] lengths = new int[vocab];
        for (int v = 0; v < vocab; v++) {
            lengths[v] = vocabulary.length(v);
        }
        this.grams = new LongIds(1 << 14);
        this.byGram = gramPostings(vocabulary, lengths, grams, b.words);
        this.gramSignature = signatures(byGram, vocabulary);
        this.lengthDirectory = lengthDirectory(byGram, lengths);
        this.byIdentifier = new HashMap<>(b.byIdentifier.size() * 2);
        b.byIdentifier.forEach((k, v) -> byIdentifier.put(k, v.toArray()));
        this.maxWeight = Math.log(1.0 + nameText.length);
        int names = nameText.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(names, vocab));
    }

    /** Builds an index over the entries' names with the given normaliser. */
    public static MatchIndex build(Collection<ListedEntry> entries, NameNormalizer normalizer) {
        Builder b = new Builder(normalizer, List.copyOf(entries));
        b.addAll();
        return new MatchIndex(b);
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
    public List<ScreeningResult> search(ScreeningQuery query, Options options) {
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
            Map<Integer, Candidate> byEntry = new LinkedHashMap<>();
            // The rows aligned so far and their alignments: a few dozen, searched in turn.
            long[] rows = new long[best.length];
            NameScorer.Scored[] aligned = new NameScorer.Scored[best.length];
            int scoredRows = 0;
            NameScorer.Query prepared = NameScorer.prepare(tokens, wq);
            for (int name : best) {
                ListedEntry entry = entries.get(nameEntry[name]);
                if (!options.sources().isEmpty() && !options.sources().contains(entry.source())) {
                    continue;
                }
                if (!Schemas.compatible(query.schema(), entry.schema())) {
                    continue;
                }
                // The same tokens under another entry (one party on several lists) score alike.
                long row = 2L * nameRow[name] + ("Person".equals(entry.schema()) ? 1 : 0);
                NameScorer.Scored scored = null;
                for (int i = 0; i < scoredRows && scored == null; i++) {
                    scored = rows[i] == row ? aligned[i] : null;
                }
                if (scored == null) {
                    scored = score(prepared, name, entry.schema());
                    rows[scoredRows] = row;
                    aligned[scoredRows++] = scored;
                }
                double score = Features.score(query, identifiers, entry, scored.score());
                Candidate previous = byEntry.get(nameEntry[name]);
                if (previous == null || score > previous.score()) {
                    byEntry.put(nameEntry[name], new Candidate(entry, name, scored, score));
                }
            }
            return byEntry.values().stream()
                    .sorted(Comparator.comparingDouble((Candidate c) -> -c.score())
                            .thenComparing(c -> c.entry().id())
                            .thenComparing(c -> c.entry().source()))
                    .limit(options.limit())
                    .map(c -> Features.apply(
                            query,
                            identifiers,
                            c.entry(),
                            nameText[c.name()],
                            nameWeak[c.name()],
                            c.scored(),
                            options.threshold()))
                    .toList();
        } finally {
            s.reset();
        }
    }

    /** An entry's best-scoring name so far: the name, its alignment, and the score with the features. */
    private record Candidate(ListedEntry entry, int name, NameScorer.Scored scored, double score) {}

    private NameScorer.Scored score(NameScorer.Query query, int name, String schema) {
        int from = nameTokenStart[name];
        NameToken[] listed = new NameToken[nameTokenStart[name + 1] - from];
        double[] wn = new double[listed.length];
        for (int i = 0; i < listed.length; i++) {
            int token = nameTokens[from + i];
            listed[i] = this.tokens[token];
            wn[i] = tokenWeight[token];
        }
        return NameScorer.score(query, Arrays.asList(listed), wn, schema);
    }

    private void gather(List<NameToken> tokens, double[] wq, Options options, Scratch s) {
        int n = tokens.size();
        // Query positions by weight, heaviest first; equal weights keep their order.
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i;
            while (j > 0 && wq[order[j - 1]] < wq[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        int enough = Math.max(64, options.limit() * 8);
        for (int i : order) {
            NameToken t = tokens.get(i);
            vocabularyMatches(t.text(), t.key(), t.loose() ? t.skeleton() : "", s);
            for (int m = 0; m < s.matchVocabulary.size(); m++) {
                int vid = s.matchVocabulary.get(m);
                if (postings.length(vid) > COMMON_POSTINGS && s.touched() >= enough) {
                    continue;
                }
                post(vid, wq[i] * s.matchPercent.get(m) / 100.0, s);
            }
            // Runs of adjacent tokens joined: two or three, up to eight syllables of a syllabic script.
            StringBuilder joined = new StringBuilder(t.text());
            double weight = wq[i];
            boolean syllables = t.origin() != NameToken.Origin.ALPHABET && t.origin() != NameToken.Origin.ABJAD;
            for (int j = i + 1; j < n && j - i < (syllables ? MAX_SYLLABLE_RUN : MAX_RUN); j++) {
                joined.append(tokens.get(j).text());
                weight += wq[j];
                String text = joined.toString();
                if (syllables) {
                    vocabularyMatches(text, Phonetic.key(text), Phonetic.skeleton(text, true), s);
                    for (int m = 0; m < s.matchVocabulary.size(); m++) {
                        post(s.matchVocabulary.get(m), weight * s.matchPercent.get(m) / 100.0, s);
                    }
                } else {
                    int exact = vocabulary.get(text);
                    if (exact >= 0) {
                        post(exact, weight, s);
                    }
                }
            }
        }
    }

    // The names holding a vocabulary token gather the gain.
    private void post(int vid, double gain, Scratch s) {
        for (int p = postings.start[vid]; p < postings.start[vid + 1]; p++) {
            s.add(postings.values[p], gain);
        }
    }

    // Vocabulary tokens like a query token, into s.matchVocabulary with their similarity in percent
    // in s.matchPercent, each once: equal text; the other forms of the same given name; equal sound
    // key; a text an edit or two away and a sound key a vowel away (both by deletion
    // neighbourhoods, checked); for a token of a script that leaves vowels out, an equal consonant
    // skeleton; trigram overlap checked by Jaro-Winkler.
    private void vocabularyMatches(String text, String key, String skeleton, Scratch s) {
        s.startMatches();
        int exact = vocabulary.get(text);
        if (exact >= 0) {
            s.match(exact, 100);
        }
        for (String other : GivenNames.equivalents(text)) {
            int vid = vocabulary.get(other);
            if (vid >= 0 && !s.matched(vid)) {
                s.match(vid, 90);
            }
        }
        if (key.length() >= 2) {
            matchAll(byKey, keys.get(key), 90, s);
        }
        if (text.length() >= DELETION_MIN) {
            // Tokens an edit or two away: they share a variant with one letter left out.
            int budget = NameScorer.editBudget(text.length() + 1);
            long[] codes = s.codes(text.length());
            int variants = deletionCodes(text, 't', codes);
            for (int c = 0; c < variants; c++) {
                int id = deletions.get(codes[c]);
                for (int p = id < 0 ? 0 : byDeletion.start[id]; id >= 0 && p < byDeletion.start[id + 1]; p++) {
                    int vid = byDeletion.values[p];
                    if (!s.matched(vid)) {
                        String v = vocabulary.string(vid);
                        int b = Math.max(budget, NameScorer.editBudget(v.length()));
                        int e = EditDistance.bounded(text, v, b);
                        if (e <= b) {
                            int longer = Math.max(text.length(), v.length());
                            s.match(vid, (int) Math.round(100.0 * (1 - (double) e / longer)));
                        }
                    }
                }
            }
        }
        if (key.length() >= DELETION_MIN) {
            // Keys one edit apart in their vowels only, as the scorer takes them.
            int wanted = consonants.get(consonants(key));
            long[] codes = s.codes(key.length());
            int variants = deletionCodes(key, 'k', codes);
            for (int c = 0; c < variants; c++) {
                int id = deletions.get(codes[c]);
                for (int p = id < 0 ? 0 : byDeletion.start[id]; id >= 0 && p < byDeletion.start[id + 1]; p++) {
                    int vid = byDeletion.values[p];
                    if (!s.matched(vid) && keyConsonants[vid] == wanted) {
                        s.match(vid, 80);
                    }
                }
            }
        }
        if (skeleton.length() >= SKELETON_MIN) {
            matchAll(bySkeleton, skeletons.get(skeleton), 85, s);
        }
        if (text.length() >= TRIGRAM_MIN) {
            fuzzyMatches(text, s);
        }
    }

    // Every vocabulary token of a look-up table's row not matched yet, at the given similarity.
    private static void matchAll(Postings table, int row, int percent, Scratch s) {
        if (row < 0) {
            return;
        }
        for (int p = table.start[row]; p < table.start[row + 1]; p++) {
            int vid = table.values[p];
            if (!s.matched(vid)) {
                s.match(vid, percent);
            }
        }
    }

    // The vocabulary tokens not matched yet that share enough trigrams with the text (Dice
    // coefficient over the query's trigrams, repeats counted, at least TRIGRAM_DICE) and reach the
    // Jaro-Winkler floor, in the order of the first query trigram they share, then by id.
    //
    // Exact, without counting every token that shares a trigram: a token of length l shares at
    // most one trigram per query position, and needs `needed` of them. Each trigram's vocabulary
    // is ordered by length, then id; so for each length that can reach the floor, the tokens of
    // that length under each query trigram are a run. A token in `needed` of the k non-empty runs
    // is in at least one of any k - needed + 1 of them: the shortest runs are merged to find the
    // candidates, and each candidate that can still reach `needed` is counted exactly from its
    // own trigrams.
    private void fuzzyMatches(String text, Scratch s) {
        int length = text.length();
        int queryGrams = length - 2;
        JaroWinkler.Prepared prepared = JaroWinkler.prepare(text);
        char[] chars = vocabulary.chars();
        s.positions(queryGrams);
        for (int j = 0; j < queryGrams; j++) {
            s.code[j] = gramCode(text, j);
            s.gram[j] = grams.get(s.code[j]);
        }
        // Jaro-Winkler is at most 0.6 Jaro + 0.4, so the floor needs a Jaro of (floor - 0.4) / 0.6;
        // a Jaro of J needs the shorter token to be at least 3J - 2 of the longer. A token shares
        // at most one trigram per query position, so a Dice coefficient of D needs the other
        // token's trigram count within (2 - D) / D of the query's. The bounds are taken a little
        // wide of the exact values: a length too many is only read.
        double ratio = 3 * (FUZZY_FLOOR - 0.4) / 0.6 - 2;
        int minLength = Math.max(TRIGRAM_MIN, (int) Math.ceil(ratio * length - SLACK));
        int maxLength = Math.min(
                (int) Math.floor(length / ratio + SLACK),
                (int) Math.floor(queryGrams * (2 - TRIGRAM_DICE) / TRIGRAM_DICE + SLACK) + 2);
        int found = 0;
        for (int l = minLength; l <= maxLength; l++) {
            int total = queryGrams + l - 2;
            int needed = (int) Math.ceil(TRIGRAM_DICE * total / 2 - SLACK);
            int k = 0;
            for (int j = 0; j < queryGrams; j++) {
                int g = s.gram[j];
                if (g < 0) {
                    continue;
                }
                int from = lengthStart(g, l);
                int to = lengthStart(g, l + 1);
                if (from < to) {
                    // Insertion by run size, shortest first.
                    int at = k++;
                    while (at > 0 && s.to[at - 1] - s.from[at - 1] > to - from) {
                        s.from[at] = s.from[at - 1];
                        s.to[at] = s.to[at - 1];
                        s.bit[at] = s.bit[at - 1];
                        at--;
                    }
                    s.from[at] = from;
                    s.to[at] = to;
                    s.bit[at] = gramBit(s.code[j]);
                }
            }
            if (k < needed || k == 0) {
                continue;
            }
            int merged = k - Math.max(needed, 1) + 1;
            int candidates = candidates(merged, s);
            for (int c = 0; c < candidates; c++) {
                int vid = s.candidate[c];
                // An upper bound first, from the signature that came with the candidate: the other
                // runs whose trigram's bit it has.
                int upper = s.candidateShared[c];
                for (int r = merged; r < k && upper < needed; r++) {
                    if ((s.candidateSignature[c] & s.bit[r]) != 0) {
                        upper++;
                    }
                }
                if (upper < needed || s.matched(vid)) {
                    continue;
                }
                // How many query positions hold the token, and the first of them, read off the
                // token's own few trigrams.
                int start = vocabulary.start(vid);
                long[] own = s.own(l - 2);
                for (int i = 0; i < l - 2; i++) {
                    own[i] = gramCode(chars, start + i);
                }
                int shared = 0;
                int first = -1;
                for (int j = 0; j < queryGrams; j++) {
                    long code = s.code[j];
                    for (int i = 0; i < l - 2; i++) {
                        if (own[i] == code) {
                            shared++;
                            first = first < 0 ? j : first;
                            break;
                        }
                    }
                }
                if (2.0 * shared / total >= TRIGRAM_DICE) {
                    double jw = JaroWinkler.similarity(prepared, chars, vocabulary.start(vid), l);
                    if (jw >= FUZZY_FLOOR) {
                        s.fuzzy(found++, first, vid, (int) Math.round(jw * 100));
                    }
                }
            }
        }
        Arrays.sort(s.fuzzy, 0, found);
        for (int i = 0; i < found; i++) {
            long f = s.fuzzy[i];
            s.fuzzyMatch((int) (f >>> 8) & Integer.MAX_VALUE, (int) (f & 0xff));
        }
    }

    // The distinct tokens of the first `merged` runs, each with how many of those runs hold it and
    // its trigram signature, into s.candidate*; returns how many. One run is read as
    // it is; several are counted in an open-addressing table.
    private int candidates(int merged, Scratch s) {
        int elements = 0;
        for (int r = 0; r < merged; r++) {
            elements += s.to[r] - s.from[r];
        }
        s.candidates(elements);
        if (merged == 1) {
            int n = 0;
            for (int p = s.from[0]; p < s.to[0]; p++) {
                s.candidate[n] = byGram.values[p];
                s.candidateShared[n] = 1;
                s.candidateSignature[n++] = gramSignature[p];
            }
            return n;
        }
        int mask = s.table(elements);
        int[] table = s.table;
        int n = 0;
        for (int r = 0; r < merged; r++) {
            for (int p = s.from[r]; p < s.to[r]; p++) {
                int vid = byGram.values[p];
                int slot = (vid * 0x9E3779B9) >>> 7 & mask;
                while (true) {
                    int c = table[slot];
                    if (c < 0) {
                        table[slot] = n;
                        s.candidate[n] = vid;
                        s.candidateShared[n] = 1;
                        s.candidateSignature[n++] = gramSignature[p];
                        break;
                    }
                    if (s.candidate[c] == vid) {
                        s.candidateShared[c]++;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
        }
        return n;
    }

    // The first position in the gram's vocabulary (ordered by length) of a token at least l long.
    private int lengthStart(int gram, int l) {
        int at = l - TRIGRAM_MIN;
        int from = lengthDirectory.start[gram];
        return at < lengthDirectory.start[gram + 1] - from ? lengthDirectory.values[from + at] : byGram.start[gram + 1];
    }

    /** Weights of a name's tokens: their rarity among the indexed names, times their kind's weight. */
    double[] weights(List<NameToken> tokens) {
        double[] w = new double[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            NameToken t = tokens.get(i);
            int vid = vocabulary.get(t.text());
            w[i] = (vid < 0 ? maxWeight : idf(vid)) * t.kindWeight();
        }
        return w;
    }

    private double idf(int vid) {
        return Math.log(1.0 + (double) nameText.length / postings.length(vid));
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

    // Codes of a string's deletion neighbourhood, tagged with what the string is (a text or a sound
    // key), into out (room for one more than the string's length): the string and its variants with one letter left
    // out, each once, in that
    // order; returns how many. Two strings an edit apart share a variant. The codes are 64-bit
    // polynomial hashes of the variants, so that neither side makes a string per variant.
    private static int deletionCodes(String s, char tag, long[] out) {
        int n = s.length();
        int count = 0;
        for (int skip = -1; skip < n; skip++) {
            long h = tag;
            for (int i = 0; i < n; i++) {
                if (i != skip) {
                    h = h * 0x100000001B3L + s.charAt(i);
                }
            }
            boolean repeated = false;
            for (int j = 0; j < count && !repeated; j++) {
                repeated = out[j] == h;
            }
            if (!repeated) {
                out[count++] = h;
            }
        }
        return count;
    }

    // The three characters at i as one key.
    private static long gramCode(String text, int i) {
        return (long) text.charAt(i) << 32 | (long) text.charAt(i + 1) << 16 | text.charAt(i + 2);
    }

    // One of 32 bits for a trigram: a token's signature has the bits of its trigrams.
    private static int gramBit(long code) {
        return 1 << (int) ((code * 0x9E3779B97F4A7C15L) >>> 59);
    }

    // The trigram signature of each gram posting's token, beside the posting.
    private static int[] signatures(Postings byGram, StringIds vocabulary) {
        char[] chars = vocabulary.chars();
        int[] ofToken = new int[vocabulary.size()];
        for (int v = 0; v < ofToken.length; v++) {
            int start = vocabulary.start(v);
            for (int i = 0; i + 3 <= vocabulary.length(v); i++) {
                ofToken[v] |= gramBit(gramCode(chars, start + i));
            }
        }
        int[] out = new int[byGram.values.length];
        for (int p = 0; p < out.length; p++) {
            out[p] = ofToken[byGram.values[p]];
        }
        return out;
    }

    private static long gramCode(char[] chars, int i) {
        return (long) chars[i] << 32 | (long) chars[i + 1] << 16 | chars[i + 2];
    }

    // Sound key -> vocabulary, for keys of two letters or more; each key's tokens by id.
    private static Postings keyPostings(String[] keyOf, StringIds keys) {
        IntList keyIds = new IntList(keyOf.length);
        IntList vids = new IntList(keyOf.length);
        for (int v = 0; v < keyOf.length; v++) {
            if (keyOf[v].length() >= 2) {
                keyIds.add(keys.add(keyOf[v]));
                vids.add(v);
            }
        }
        keys.trim();
        return Postings.of(keyIds, vids, keys.size());
    }

    // Deletion variant -> vocabulary words: the variants of a sound key of DELETION_MIN letters or
    // more and of a text as long, each variant's tokens by id.
    private static Postings deletionPostings(StringIds vocabulary, String[] keyOf, LongIds deletions, BitSet words) {
        IntList variantIds = new IntList(keyOf.length * 8);
        IntList vids = new IntList(keyOf.length * 8);
        for (int v = words.nextSetBit(0); v >= 0; v = words.nextSetBit(v + 1)) {
            if (keyOf[v].length() >= DELETION_MIN) {
                long[] codes = new long[keyOf[v].length() + 1];
                addAll(codes, deletionCodes(keyOf[v], 'k', codes), v, deletions, variantIds, vids);
            }
            if (vocabulary.length(v) >= DELETION_MIN) {
                long[] codes = new long[vocabulary.length(v) + 1];
                addAll(codes, deletionCodes(vocabulary.string(v), 't', codes), v, deletions, variantIds, vids);
            }
        }
        return Postings.of(variantIds, vids, deletions.size());
    }

    private static void addAll(long[] codes, int n, int vid, LongIds ids, IntList keys, IntList values) {
        for (int i = 0; i < n; i++) {
            keys.add(ids.add(codes[i]));
            values.add(vid);
        }
    }

    // Consonant skeleton -> vocabulary, for skeletons of SKELETON_MIN consonants or more.
    private static Postings skeletonPostings(StringIds vocabulary, StringIds skeletons) {
        int vocab = vocabulary.size();
        String[] skeletonOf = new String[vocab];
        IntStream.range(0, vocab)
                .parallel()
                .forEach(v -> skeletonOf[v] = Phonetic.skeleton(vocabulary.string(v), false));
        IntList skeletonIds = new IntList(vocab);
        IntList vids = new IntList(vocab);
        for (int v = 0; v < vocab; v++) {
            if (skeletonOf[v].length() >= SKELETON_MIN) {
                skeletonIds.add(skeletons.add(skeletonOf[v]));
                vids.add(v);
            }
        }
        skeletons.trim();
        return Postings.of(skeletonIds, vids, skeletons.size());
    }

    // Trigram -> vocabulary words of at least TRIGRAM_MIN characters, each trigram's tokens by
    // length, then id.
    private static Postings gramPostings(StringIds vocabulary, int[] lengths, LongIds grams, BitSet words) {
        int vocab = vocabulary.size();
        int maxLength = 0;
        for (int l : lengths) {
            maxLength = Math.max(maxLength, l);
        }
        int[] byLength = new int[maxLength + 2];
        for (int l : lengths) {
            byLength[l + 1]++;
        }
        for (int l = 0; l <= maxLength; l++) {
            byLength[l + 1] += byLength[l];
        }
        int[] sorted = new int[vocab];
        for (int v = 0; v < vocab; v++) {
            sorted[byLength[lengths[v]]++] = v;
        }
        IntList gramIds = new IntList(vocab * 8);
        IntList vids = new IntList(vocab * 8);
        long[] seen = new long[64];
        for (int v : sorted) {
            String text = vocabulary.string(v);
            if (text.length() < TRIGRAM_MIN || !words.get(v)) {
                continue;
            }
            int n = text.length() - 2;
            if (seen.length < n) {
                seen = new long[n];
            }
            int distinct = 0;
            outer:
            for (int i = 0; i < n; i++) {
                long code = gramCode(text, i);
                for (int j = 0; j < distinct; j++) {
                    if (seen[j] == code) {
                        continue outer;
                    }
                }
                seen[distinct++] = code;
                gramIds.add(grams.add(code));
                vids.add(v);
            }
        }
        return Postings.of(gramIds, vids, grams.size());
    }

    // For each trigram, where each length from TRIGRAM_MIN to its longest token starts in its
    // vocabulary (which is ordered by length).
    private static Postings lengthDirectory(Postings byGram, int[] lengths) {
        int grams = byGram.start.length - 1;
        int[] start = new int[grams + 1];
        IntList positions = new IntList(grams * 8);
        for (int g = 0; g < grams; g++) {
            int p = byGram.start[g];
            int end = byGram.start[g + 1];
            int longest = end > p ? lengths[byGram.values[end - 1]] : 0;
            for (int l = TRIGRAM_MIN; l <= longest; l++) {
                while (p < end && lengths[byGram.values[p]] < l) {
                    p++;
                }
                positions.add(p);
            }
            start[g + 1] = positions.size();
        }
        return new Postings(start, positions.toArray());
    }

    /** Builds an index: names normalised, tokens interned, vocabulary and postings collected. */
    private static final class Builder {
        final NameNormalizer normalizer;
        final List<ListedEntry> entries;
        final IntList nameEntry = new IntList();
        final List<String> nameText = new ArrayList<>();
        final IntList nameWeak = new IntList();
        final IntList nameTokenStart = new IntList();
        final IntList nameTokens = new IntList();
        final List<NameToken> tokens = new ArrayList<>();
        final Map<NameToken, Integer> tokenIds = new HashMap<>();
        final IntList nameRow = new IntList();
        final Map<Row, Integer> rows = new HashMap<>();
        final StringIds vocabulary = new StringIds(1 << 12);
        IntList postingVocabulary = new IntList();
        IntList postingName = new IntList();
        final Map<String, IntList> byIdentifier = new HashMap<>();
        // The vocabulary tokens that are words of a name, not only two words joined.
        final BitSet words = new BitSet();

        Builder(NameNormalizer normalizer, List<ListedEntry> entries) {
            this.normalizer = normalizer;
            this.entries = entries;
            nameTokenStart.add(0);
        }

        // Normalising the names is most of the work and each name stands alone: a chunk of entries
        // is normalised on all cores, then indexed in the entries' order, as a sequential build would.
        void addAll() {
            int first = 0;
            while (first < entries.size()) {
                int last = first;
                List<String> raw = new ArrayList<>();
                while (last < entries.size() && (raw.size() < BUILD_CHUNK || last == first)) {
                    entries.get(last++).names().forEach(n -> raw.add(n.text()));
                }
                @SuppressWarnings("unchecked")
                List<NameToken>[] analysed = new List[raw.size()];
                IntStream.range(0, raw.size()).parallel().forEach(i -> analysed[i] = normalizer.analyse(raw.get(i)));
                int at = 0;
                for (int e = first; e < last; e++) {
                    at = add(e, analysed, at);
                }
                first = last;
            }
        }

        // Adds an entry whose names are analysed[at …]; returns the position after them.
        private int add(int entry, List<NameToken>[] analysed, int at) {
            ListedEntry e = entries.get(entry);
            int firstName = nameText.size();
            Map<String, Boolean> seen = new HashMap<>();
            for (ListedEntry.ListedName n : e.names()) {
                List<NameToken> tokens = analysed[at++];
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
                nameText.add(n.text());
                nameWeak.add(n.weak() ? 1 : 0);
                int from = nameTokens.size();
                int[] ids = new int[tokens.size()];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = intern(tokens.get(k));
                    nameTokens.add(ids[k]);
                }
                int to = nameTokens.size();
                nameTokenStart.add(to);
                Row row = new Row(ids);
                Integer rowId = rows.putIfAbsent(row, rows.size());
                nameRow.add(rowId == null ? rows.size() - 1 : rowId);
                distinct:
                for (int i = from; i < to; i++) {
                    for (int j = from; j < i; j++) {
                        if (nameTokens.get(j) == nameTokens.get(i)) {
                            continue distinct;
                        }
                    }
                    words.set(post(this.tokens.get(nameTokens.get(i)).text(), name));
                }
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    post(tokens.get(i).text() + tokens.get(i + 1).text(), name);
                }
            }
            if (nameText.size() > firstName) {
                for (String id : e.identifiers()) {
                    byIdentifier.computeIfAbsent(id, k -> new IntList()).add(firstName);
                }
            }
            return at;
        }

        // A name's token ids, compared by content.
        private record Row(int[] tokens) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Row r && Arrays.equals(tokens, r.tokens);
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(tokens);
            }

            @Override
            public String toString() {
                return Arrays.toString(tokens);
            }
        }

        private int intern(NameToken t) {
            Integer id = tokenIds.get(t);
            if (id == null) {
                id = tokens.size();
                tokens.add(t);
                tokenIds.put(t, id);
            }
            return id;
        }

        // Posts the name under a vocabulary token; returns the token's id.
        private int post(String text, int name) {
            int vid = vocabulary.add(text);
            postingVocabulary.add(vid);
            postingName.add(name);
            return vid;
        }
    }

    /** Per-thread work arrays for one search, reset after it. */
    private static final class Scratch {
        final double[] score;
        final IntList touchedNames = new IntList();
        final IntList matchVocabulary = new IntList();
        final IntList matchPercent = new IntList();
        // matchedIn[v] == round: vocabulary token v is among this round's matches.
        final int[] matchedIn;
        int round;
        long[] code = new long[16];
        long[] own = new long[16];
        int[] gram = new int[16];
        int[] bit = new int[16];
        int[] from = new int[16];
        int[] to = new int[16];
        long[] fuzzy = new long[16];
        int[] candidate = new int[64];
        int[] candidateShared = new int[64];
        int[] candidateSignature = new int[64];
        int[] table = new int[128];
        int[] heap = new int[64];
        long[] codes = new long[32];

        Scratch(int names, int vocab) {
            this.score = new double[names];
            this.matchedIn = new int[vocab];
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

        // Starts a new list of vocabulary matches.
        void startMatches() {
            matchVocabulary.clear();
            matchPercent.clear();
            if (round == Integer.MAX_VALUE) {
                Arrays.fill(matchedIn, 0);
                round = 0;
            }
            round++;
        }

        void match(int vid, int percent) {
            matchedIn[vid] = round;
            fuzzyMatch(vid, percent);
        }

        // A match found last: nothing looks for it among the matches after.
        void fuzzyMatch(int vid, int percent) {
            matchVocabulary.add(vid);
            matchPercent.add(percent);
        }

        boolean matched(int vid) {
            return matchedIn[vid] == round;
        }

        // The i-th fuzzy match, packed so that sorting orders by (first shared trigram, vocabulary id):
        // names are cut to 500 characters, so the trigram position takes fewer than 16 bits.
        void fuzzy(int i, int firstGram, int vid, int percent) {
            if (i == fuzzy.length) {
                fuzzy = Arrays.copyOf(fuzzy, i * 2);
            }
            fuzzy[i] = (long) firstGram << 40 | (long) vid << 8 | percent;
        }

        // Room for the deletion codes of a string of this length.
        long[] codes(int length) {
            if (codes.length <= length) {
                codes = new long[length + 1];
            }
            return codes;
        }

        // Room for the trigrams of a vocabulary token with this many.
        long[] own(int n) {
            if (own.length < n) {
                own = new long[n];
            }
            return own;
        }

        // Room for this many candidates.
        void candidates(int n) {
            if (candidate.length < n) {
                int size = Math.max(n, candidate.length * 2);
                candidate = new int[size];
                candidateShared = new int[size];
                candidateSignature = new int[size];
            }
        }

        // Empties the first slots of the counting table, enough for n entries at most half full,
        // and returns their number less one (the mask).
        int table(int n) {
            int size = Integer.highestOneBit(Math.max(32, n) * 2 - 1) << 1;
            if (table.length < size) {
                table = new int[size];
            }
            Arrays.fill(table, 0, size, -1);
            return size - 1;
        }

        // Room for the trigrams of a token with this many.
        void positions(int n) {
            if (gram.length < n) {
                code = new long[n];
                gram = new int[n];
                bit = new int[n];
                from = new int[n];
                to = new int[n];
            }
        }

        // The k names with the highest scores, best first, equal scores in the order first touched;
        // all touched names in that order when there are no more than k.
        int[] top(int k) {
            int n = touchedNames.size();
            if (n <= k) {
                return touchedNames.toArray();
            }
            if (heap.length < k) {
                heap = new int[k];
            }
            // A heap of positions in touchedNames with the worst kept at the root.
            int size = 0;
            for (int p = 0; p < n; p++) {
                if (size < k) {
                    heap[size] = p;
                    siftUp(size++);
                } else if (better(p, heap[0])) {
                    heap[0] = p;
                    siftDown(size);
                }
            }
            int[] out = new int[k];
            for (int i = k - 1; i >= 0; i--) {
                out[i] = touchedNames.get(heap[0]);
                heap[0] = heap[--size];
                siftDown(size);
            }
            return out;
        }

        private boolean better(int p, int q) {
            double a = score[touchedNames.get(p)];
            double b = score[touchedNames.get(q)];
            return a > b || (a == b && p < q);
        }

        private void siftUp(int at) {
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (better(heap[parent], heap[at])) {
                    int t = heap[parent];
                    heap[parent] = heap[at];
                    heap[at] = t;
                    at = parent;
                } else {
                    return;
                }
            }
        }

        private void siftDown(int size) {
            int at = 0;
            while (true) {
                int l = 2 * at + 1;
                int r = l + 1;
                int worst = at;
                if (l < size && better(heap[worst], heap[l])) {
                    worst = l;
                }
                if (r < size && better(heap[worst], heap[r])) {
                    worst = r;
                }
                if (worst == at) {
                    return;
                }
                int t = heap[at];
                heap[at] = heap[worst];
                heap[worst] = t;
                at = worst;
            }
        }

        void reset() {
            for (int i = 0; i < touchedNames.size(); i++) {
                score[touchedNames.get(i)] = 0;
            }
            touchedNames.clear();
            matchVocabulary.clear();
            matchPercent.clear();
        }
    }
}
