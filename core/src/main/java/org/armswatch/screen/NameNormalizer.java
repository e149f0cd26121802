package org.armswatch.screen;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.armswatch.model.ResourceLines;

/**
 * The normalisation chain that lists and queries share, in the manner of an analysis chain.
 *
 * <ol>
 *   <li>Unicode NFKC; an ampersand read as "and"; the text cut into words at spaces and wherever
 *       the script changes.
 *   <li>Each word romanised by its script: Hangul syllable by syllable ({@link Hangul}), Cyrillic
 *       by BGN/PCGN, Greek by BGN, other scripts (Arabic, Persian, Hebrew, Han, Kana, Indic,
 *       Thai, Myanmar, Ethiopic …) by ICU's Any-Latin; the final inherent vowel that Hindi,
 *       Bengali, Gujarati and Punjabi do not pronounce is dropped (व्लादिमीर → vladimir, not
 *       vladimira); then accents stripped to ASCII.
 *   <li>Full, locale-independent case folding (the same result under a Turkish or German default
 *       locale: İ → i, ß → ss); apostrophes and letter modifiers join a word (Ch'oe → choe),
 *       other punctuation splits.
 *   <li>Words: number words read as numbers (forty-four → 44, first → 1, 1st → 1); legal forms
 *       canonicalised from a lexicon (ООО, OOO, o.o.o., limited liability company → llc);
 *       stopwords and titles, name particles, initials and numbers tagged by kind.
 * </ol>
 *
 * <p>Each token keeps the kind of script it came from ({@link NameToken.Origin}), its sound key
 * and its consonant skeleton. Immutable and thread-safe; lexicons are read once by {@link
 * #standard()}.
 */
public final class NameNormalizer {
    /** Names longer than this many characters are cut before normalising. */
    public static final int MAX_LENGTH = 500;

    private static final NameNormalizer STANDARD = new NameNormalizer(
            legalForms("legal-forms.tsv"), lexicon("stopwords.txt"), lexicon("titles.txt"), lexicon("particles.txt"));
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final ThreadLocal<Map<Romaniser, Transliterator>> TRANSLITERATORS =
            ThreadLocal.withInitial(() -> new EnumMap<>(Romaniser.class));
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    private static final int MAX_FORM_WORDS = 7;

    private static final int FUZZY_FORM_LENGTH = 6;

    private final Map<String, String> legalForms;
    private final List<String> longForms;
    private final Set<String> stopwords;
    private final Set<String> titles;
    private final Set<String> particles;

    /** How a script is romanised. */
    private enum Romaniser {
        CYRILLIC("Russian-Latin/BGN; Any-Latin"),
        GREEK("Greek-Latin/BGN"),
        OTHER("Any-Latin");

        final String id;

        Romaniser(String id) {
            this.id = id;
        }

        Transliterator get() {
            return TRANSLITERATORS.get().computeIfAbsent(this, r -> Transliterator.getInstance(r.id));
        }
    }

    private NameNormalizer(
            Map<String, String> legalForms, Set<String> stopwords, Set<String> titles, Set<String> particles) {
        this.legalForms = Map.copyOf(legalForms);
        this.longForms = legalForms.keySet().stream()
                .filter(f -> f.length() >= FUZZY_FORM_LENGTH + 1 && !f.contains(" "))
                .sorted()
                .toList();
        this.stopwords = Set.copyOf(stopwords);
        this.titles = Set.copyOf(titles);
        this.particles = Set.copyOf(particles);
    }

    /** The chain with armswatch's lexicons. */
    public static NameNormalizer standard() {
        return STANDARD;
    }

    /** A folded word and the kind of script it was written in. */
    private record Word(String text, NameToken.Origin origin) {}

    /**
     * Folds a name to lower-case Latin words separated by single spaces: {@code "Ким Чен Ын"} →
     * {@code "kim chen yn"}, {@code "김정은"} → {@code "gim jeong eun"}, {@code "Ch'oe"} → {@code "choe"}.
     */
    public String fold(String raw) {
        List<Word> words = words(raw);
        StringBuilder out = new StringBuilder();
        for (Word w : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w.text());
        }
        return out.toString();
    }

    /** The tokens of a name, numbers read and legal forms canonicalised, each with its kind and keys. */
    public List<NameToken> analyse(String raw) {
        List<Word> words = numbers(words(raw));
        int n = words.size();
        List<NameToken> tokens = new ArrayList<>(n);
        int i = 0;
        while (i < n) {
            int[] form = legalFormAt(words, i);
            if (form != null) {
                String canonical = form[1] == 2
                        ? legalForms.get(nearForm(words.get(i).text()))
                        : legalForms.get(joinForm(words, i, form[0], form[1] == 1));
                tokens.add(new NameToken(
                        canonical,
                        canonical,
                        canonical,
                        NameToken.Kind.LEGAL_FORM,
                        words.get(i).origin()));
                i += form[0];
                continue;
            }
            Word w = words.get(i);
            String t = w.text();
            NameToken.Kind kind;
            int run = letterRun(words, i);
            if (run >= 2) {
                // Initials written apart (A.B.C., J.-C.) read as one word: abc, jc.
                tokens.add(NameToken.of(joinForm(words, i, run, true), NameToken.Kind.WORD, w.origin()));
                i += run;
                continue;
            }
            if (isNumber(t)) {
                kind = NameToken.Kind.NUMBER;
            } else if (stopwords.contains(t) || (titles.contains(t) && n > 1)) {
                kind = NameToken.Kind.STOPWORD;
            } else if (particles.contains(t) && n > 1) {
                kind = NameToken.Kind.PARTICLE;
            } else if (t.length() == 1) {
                kind = NameToken.Kind.INITIAL;
            } else {
                kind = NameToken.Kind.WORD;
            }
            tokens.add(NameToken.of(t, kind, w.origin()));
            i++;
        }
        return tokens;
    }

    // ---- romanisation and folding ----

    private List<Word> words(String raw) {
        String s = raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
        s = NFKC.normalize(s);
        if (s.indexOf('&') >= 0) {
            // An ampersand is a word: H&M is H and M, AT&T is AT and T.
            s = s.replace("&", " and ");
        }
        List<Word> out = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int script = UScript.COMMON;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(chunk, script, out);
                script = UScript.COMMON;
                continue;
            }
            int sc = UScript.getScript(cp);
            if (sc != UScript.COMMON && sc != UScript.INHERITED && sc != UScript.UNKNOWN) {
                if (script != UScript.COMMON && sc != script) {
                    flush(chunk, script, out);
                }
                script = sc;
            }
            chunk.appendCodePoint(cp);
        }
        flush(chunk, script, out);
        return out;
    }

    private static void flush(StringBuilder chunk, int script, List<Word> out) {
        if (chunk.length() == 0) {
            return;
        }
        String text = chunk.toString();
        chunk.setLength(0);
        NameToken.Origin origin = origin(script);
        if (!isAscii(text)) {
            text = romanise(text, script);
        }
        split(foldAscii(text), origin, out);
    }

    private static String romanise(String text, int script) {
        String latin;
        if (script == UScript.HANGUL) {
            latin = Hangul.romanise(text);
            if (!isAscii(latin)) {
                latin = Romaniser.OTHER.get().transliterate(latin);
            }
        } else if (script == UScript.CYRILLIC) {
            // BGN/PCGN writes a middle dot inside a word to tell тс (t·s) from ц (ts).
            latin = Romaniser.CYRILLIC.get().transliterate(text).replace("\u00b7", "");
        } else if (script == UScript.GREEK) {
            latin = Romaniser.GREEK.get().transliterate(text);
        } else if (script == UScript.LATIN || script == UScript.COMMON) {
            latin = text;
        } else {
            latin = Romaniser.OTHER.get().transliterate(text);
            if (dropsFinalSchwa(script)) {
                latin = dropFinalSchwa(latin);
            }
        }
        return TO_ASCII.get().transliterate(latin);
    }

    // Lower case by full case folding, marks dropped; letters and digits kept, apostrophes and
    // modifier letters joined, everything else a space.
    private static String foldAscii(String text) {
        String s = UCharacter.foldCase(text, UCharacter.FOLD_CASE_DEFAULT);
        if (!isAscii(s)) {
            s = NFD.normalize(s);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4') {
                // An apostrophe marks aspiration or a glottal stop inside a word (Ch'oe, Ma'ruf).
                continue;
            } else {
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK
                        || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK
                        || type == Character.FORMAT
                        || type == Character.MODIFIER_LETTER
                        || type == Character.MODIFIER_SYMBOL) {
                    continue;
                }
                if (Character.isLetterOrDigit(c)) {
                    out.append(c);
                } else {
                    out.append(' ');
                }
            }
        }
        return out.toString();
    }

    private static void split(String folded, NameToken.Origin origin, List<Word> out) {
        for (String w : folded.split(" ")) {
            if (!w.isEmpty()) {
                out.add(new Word(w, origin));
            }
        }
    }

    private static NameToken.Origin origin(int script) {
        return switch (script) {
            case UScript.ARABIC, UScript.HEBREW, UScript.SYRIAC, UScript.THAANA -> NameToken.Origin.ABJAD;
            case UScript.HANGUL, UScript.HAN -> NameToken.Origin.CJK;
            case UScript.HIRAGANA,
                    UScript.KATAKANA,
                    UScript.THAI,
                    UScript.LAO,
                    UScript.KHMER,
                    UScript.MYANMAR,
                    UScript.TIBETAN,
                    UScript.ETHIOPIC -> NameToken.Origin.SYLLABIC;
            default -> NameToken.Origin.ALPHABET;
        };
    }

    private static boolean dropsFinalSchwa(int script) {
        return script == UScript.DEVANAGARI
                || script == UScript.BENGALI
                || script == UScript.GUJARATI
                || script == UScript.GURMUKHI;
    }

    // ICU writes the inherent vowel of a final consonant as a plain "a" (पुतिन → putina), which
    // these languages do not pronounce after a single consonant: drop it there (putin), keep it
    // after a cluster (नरेन्द्र → narendra).
    static String dropFinalSchwa(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        for (String w : latin.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            int n = w.length();
            if (n >= 4
                    && w.charAt(n - 1) == 'a'
                    && isConsonant(w.charAt(n - 2))
                    && !isConsonant(w.charAt(n - 3))
                    && Character.isLetter(w.charAt(n - 3))) {
                out.append(w, 0, n - 1);
            } else {
                out.append(w);
            }
        }
        return out.toString();
    }

    private static boolean isConsonant(char c) {
        char base = Character.toLowerCase(NFD.normalize(String.valueOf(c)).charAt(0));
        return base >= 'a' && base <= 'z' && "aeiou".indexOf(base) < 0;
    }

    // ---- numbers ----

    private static final Map<String, Integer> UNITS = new HashMap<>();
    private static final Map<String, Integer> TENS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();

    static {
        String[] units = {
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen"
        };
        for (int i = 0; i < units.length; i++) {
            UNITS.put(units[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            TENS.put(tens[i], (i + 2) * 10);
        }
        TENS.put("fourty", 40);
        String[] ordinals = {
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth"
        };
        for (int i = 0; i < ordinals.length; i++) {
            ORDINALS.put(ordinals[i], i + 1);
        }
    }

    // English number words as digits: "forty four" and "forty 4" → 44, "first" and "1st" → 1.
    private static List<Word> numbers(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            String t = w.text();
            Integer ordinal = ORDINALS.get(t);
            if (ordinal != null && words.size() == 1) {
                ordinal = null;
            }
            if (ordinal == null) {
                ordinal = ordinalDigits(t);
            }
            if (ordinal != null) {
                out.add(new Word(Integer.toString(ordinal), w.origin()));
                i++;
                continue;
            }
            Integer tens = TENS.get(t);
            if (tens != null) {
                int value = tens;
                int used = 1;
                if (i + 1 < words.size()) {
                    String next = words.get(i + 1).text();
                    Integer unit = UNITS.get(next);
                    if (unit == null && next.length() == 1 && Character.isDigit(next.charAt(0))) {
                        unit = next.charAt(0) - '0';
                    }
                    if (unit != null && unit >= 1 && unit <= 9) {
                        value += unit;
                        used = 2;
                    }
                }
                out.add(new Word(Integer.toString(value), w.origin()));
                i += used;
                continue;
            }
            Integer unit = UNITS.get(t);
            if (unit != null && words.size() > 1) {
                out.add(new Word(Integer.toString(unit), w.origin()));
                i++;
                continue;
            }
            String letters = lookAlikeLetters(t);
            out.add(letters == t ? w : new Word(letters, w.origin()));
            i++;
        }
        return out;
    }

    // Digits written for look-alike letters inside a word (Ig0r Sech1n): each digit between two
    // letters read as its letter. Tokens whose digits stand at an edge (AR16, 2004) stay numbers.
    static String lookAlikeLetters(String t) {
        int letters = 0;
        boolean inside = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                if (i == 0 || i == t.length() - 1 || !Character.isLetter(t.charAt(i - 1))) {
                    return t;
                }
                inside = true;
            } else {
                letters++;
            }
        }
        if (!inside || letters < 2) {
            return t;
        }
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1' -> 'i';
                        case '3' -> 'e';
                        case '4' -> 'a';
                        case '5' -> 's';
                        case '7' -> 't';
                        case '8' -> 'b';
                        case '9' -> 'g';
                        default -> c;
                    });
        }
        String letter = out.toString();
        for (int i = 0; i < letter.length(); i++) {
            if (Character.isDigit(letter.charAt(i))) {
                return t;
            }
        }
        return letter;
    }

    private static Integer ordinalDigits(String t) {
        int n = t.length();
        if (n < 3 || n > 6) {
            return null;
        }
        String suffix = t.substring(n - 2);
        if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
            return null;
        }
        for (int i = 0; i < n - 2; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return null;
            }
        }
        return Integer.parseInt(t.substring(0, n - 2));
    }

    private static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // ---- legal forms ----

    // The longest lexicon entry that starts at word i: {words used, 1 if the words are single
    // letters to be read joined (o.o.o., G.m.b.H., S.R.L.: a whole run of single letters)}; null when
    // none does. A form that is
    // also a particle or a stopword (as, at, an, ad, sa) counts only as the last word of a longer
    // name (Mendez Norge A/S, but Abu Bakr as-Siddiq), letters read joined only at the start or the
    // end of the name.
    private int[] legalFormAt(List<Word> words, int i) {
        int n = words.size();
        for (int len = Math.min(MAX_FORM_WORDS, n - i); len >= 1; len--) {
            String candidate = joinForm(words, i, len, false);
            if (legalForms.containsKey(candidate) && allowed(candidate, len, i, n)) {
                return new int[] {len, 0};
            }
        }
        String word = words.get(i).text();
        if (word.length() >= FUZZY_FORM_LENGTH && n > 1) {
            String near = nearForm(word);
            if (near != null) {
                return new int[] {1, 2};
            }
        }
        int letters = letterRun(words, i);
        boolean wholeRun = letters >= 2 && (i == 0 || words.get(i - 1).text().length() > 1);
        boolean edge = i == 0 || i + letters == n;
        if (wholeRun && edge && n > letters && legalForms.containsKey(joinForm(words, i, letters, true))) {
            return new int[] {letters, 1};
        }
        return null;
    }

    // A one-word legal form of seven letters or more that a word misspells by an edit (two from
    // thirteen letters): Aktiengeselschaft, Corporaton, Compan. Null when none.
    private String nearForm(String word) {
        if (legalForms.containsKey(word)) {
            return word;
        }
        int budget = word.length() >= 13 ? 2 : 1;
        for (String form : longForms) {
            if (Math.abs(form.length() - word.length()) <= budget
                    && form.charAt(0) == word.charAt(0)
                    && EditDistance.bounded(form, word, budget) <= budget) {
                return form;
            }
        }
        return null;
    }

    // The number of single letters from word i on.
    private static int letterRun(List<Word> words, int i) {
        int k = i;
        while (k < words.size()
                && words.get(k).text().length() == 1
                && Character.isLetter(words.get(k).text().charAt(0))) {
            k++;
        }
        return k - i;
    }

    private boolean allowed(String form, int len, int i, int n) {
        if (n == 1) {
            return false;
        }
        if (len > 1) {
            return true;
        }
        boolean ambiguous = particles.contains(form) || stopwords.contains(form) || form.length() <= 2;
        return !ambiguous
                || (i == n - 1 && i > 0)
                || (i == 0 && !particles.contains(form) && !stopwords.contains(form));
    }

    private static String joinForm(List<Word> words, int from, int len, boolean letters) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < from + len; k++) {
            if (k > from && !letters) {
                b.append(' ');
            }
            b.append(words.get(k).text());
        }
        return b.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> legalForms(String resource) {
        Map<String, String> forms = new HashMap<>();
        for (String line : lines(resource)) {
            String[] cols = line.split("\t");
            for (int i = 1; i < cols.length; i++) {
                forms.put(cols[i].trim().replace('-', ' '), cols[0].trim());
            }
        }
        return forms;
    }

    private static Set<String> lexicon(String resource) {
        return new HashSet<>(lines(resource).stream().map(String::trim).toList());
    }

    private static List<String> lines(String resource) {
        return ResourceLines.read(NameNormalizer.class, resource).stream()
                .map(ResourceLines.Line::text)
                .toList();
    }
}
