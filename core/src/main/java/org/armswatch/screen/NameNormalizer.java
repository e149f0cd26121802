package org.armswatch.screen;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.armswatch.model.ResourceLines;

/**
 * The normalisation chain that lists and queries share, in the manner of an analysis chain:
 * Unicode NFKC; format characters dropped; Hangul romanised syllable by syllable ({@link Hangul});
 * other scripts (Cyrillic by BGN/PCGN, Arabic, Persian, Greek, Han, …) transliterated to Latin by
 * ICU; full, locale-independent case folding; accents stripped; apostrophes joined, other
 * punctuation splitting; legal forms canonicalised from a lexicon; each token tagged with its kind
 * and sound key.
 *
 * <p>Immutable and thread-safe; lexicons are read once by {@link #standard()}.
 */
public final class NameNormalizer {
    /** Names longer than this many characters are cut before normalising. */
    public static final int MAX_LENGTH = 500;

    private static final NameNormalizer STANDARD =
            new NameNormalizer(legalForms("legal-forms.tsv"), words("stopwords.txt"), words("particles.txt"));
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    private static final int MAX_FORM_WORDS = 6;

    private final Map<String, String> legalForms;
    private final Set<String> stopwords;
    private final Set<String> particles;

    private NameNormalizer(Map<String, String> legalForms, Set<String> stopwords, Set<String> particles) {
        this.legalForms = Map.copyOf(legalForms);
        this.stopwords = Set.copyOf(stopwords);
        this.particles = Set.copyOf(particles);
    }

    /** The chain with armswatch's lexicons. */
    public static NameNormalizer standard() {
        return STANDARD;
    }

    /**
     * Folds a name to lower-case Latin words separated by single spaces: {@code "Ким Чен Ын"} →
     * {@code "kim chen yn"}, {@code "김정은"} → {@code "gim jeong eun"}, {@code "Ch'oe"} → {@code "choe"}.
     */
    public String fold(String raw) {
        String s = raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
        s = NFKC.normalize(s);
        if (Hangul.contains(s)) {
            s = Hangul.romanise(s);
        }
        if (!isAscii(s)) {
            s = TO_LATIN.get().transliterate(s);
        }
        s = UCharacter.foldCase(s, UCharacter.FOLD_CASE_DEFAULT);
        if (!isAscii(s)) {
            s = NFD.normalize(s);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '\u02bc' || c == '\u02bf' || c == '\u02be' || c == '`') {
                // An apostrophe marks aspiration or a glottal stop inside a word (Ch'oe, Ma'ruf):
                // the word stays whole.
                continue;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.FORMAT) {
                continue;
            } else if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The tokens of a name, legal forms canonicalised, each with its kind and sound key. */
    public List<NameToken> analyse(String raw) {
        String folded = fold(raw);
        if (folded.isEmpty()) {
            return List.of();
        }
        String[] words = folded.split(" ");
        List<NameToken> tokens = new ArrayList<>(words.length);
        int i = 0;
        while (i < words.length) {
            int formLength = legalFormAt(words, i);
            if (formLength > 0) {
                String canonical = legalForms.get(String.join(" ", Arrays.copyOfRange(words, i, i + formLength)));
                tokens.add(new NameToken(canonical, canonical, NameToken.Kind.LEGAL_FORM));
                i += formLength;
                continue;
            }
            String w = words[i];
            NameToken.Kind kind = stopwords.contains(w)
                    ? NameToken.Kind.STOPWORD
                    : particles.contains(w)
                            ? NameToken.Kind.PARTICLE
                            : w.length() == 1 && Character.isLetter(w.charAt(0))
                                    ? NameToken.Kind.INITIAL
                                    : NameToken.Kind.WORD;
            tokens.add(new NameToken(w, Phonetic.key(w), kind));
            i++;
        }
        return tokens;
    }

    // The longest lexicon entry that starts at word i, in words; 0 when none does. A lone word
    // that is only a legal form in some languages (as, at, sa) counts only after another word,
    // so that "AS Holding" keeps its first word.
    private int legalFormAt(String[] words, int i) {
        for (int len = Math.min(MAX_FORM_WORDS, words.length - i); len >= 1; len--) {
            String candidate = String.join(" ", Arrays.copyOfRange(words, i, i + len));
            if (legalForms.containsKey(candidate)
                    && (len > 1 || i > 0 || words.length == 1 || candidate.length() > 2)) {
                return len;
            }
        }
        return 0;
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

    private static Set<String> words(String resource) {
        return new HashSet<>(lines(resource).stream().map(String::trim).toList());
    }

    private static List<String> lines(String resource) {
        return ResourceLines.read(NameNormalizer.class, resource).stream()
                .map(ResourceLines.Line::text)
                .toList();
    }
}
