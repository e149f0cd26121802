package org.armswatch.extract.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.armswatch.extract.eval.Vocabulary;

/**
 * Gazetteers of states, people, organisations and armed groups, weapons and titles, and a matcher that finds their
 * names in a sequence of tokens. Immutable and safe to share between threads.
 *
 * <p>Tokens are expected as CoreNLP's PTB tokenizer gives them: "Kim", "Jong", "Un" or "Kim", "Jong-un"; "U.S.";
 * "Shahed-136" or "Shahed", "-", "136"; "152", "mm" or "152mm"; "North", "Korea", "'s".
 *
 * <p>Matching rules:
 *
 * <ul>
 *   <li>Matches are whole tokens: "Iran" does not match inside "Iranian", which is its own (demonym) form.
 *   <li>Leftmost-longest: scanning left to right, at each token the longest form starting there wins, and the scan
 *       resumes after it, so matches never overlap ("North Korean artillery shells" is a demonym of North Korea and
 *       then ammunition; "Kim Jong Un" is one person, not "Kim" and something else).
 *   <li>Proper names (states, people, organisations, armed groups, named weapon systems, one-word titles) are
 *       case-sensitive: each hyphen-separated part of a token must be written as in the gazetteer, or in capitals
 *       throughout (headlines: "KIM JONG UN"), or differ only in its first letter where the gazetteer writes that
 *       letter in lower case ("al-Assad" matches "Al-Assad", "Jong-un" matches "Jong-Un"). So "turkey" is not
 *       Turkey, "kim" is not a person and "Us" is not the United States.
 *   <li>Generic weapon nouns and phrases and titles of several words are matched in any case. A generic noun
 *       (written in the singular in the gazetteer) also matches its plural: "shell" and "shells", "drone" and "drones".
 *   <li>Accents, curly apostrophes and typographic hyphens are ignored ("Elysee" matches "Élysée"). A calibre
 *       token matches "152mm", "152 mm", "152-mm" and "152 - mm". A hyphenated token also matches its parts with
 *       or without the hyphen tokens ("Shahed 136", "Kim Jong Un" for "Kim Jong-un").
 *   <li>Weapon phrases of category {@code none} ("think tank", "arms control", "rounds of talks") are matched so
 *       that a shorter item noun inside them is not, but they are not reported.
 * </ul>
 */
public final class Gazetteer {
    /** The item categories of weapons, in the order the project lists them. */
    public static final Set<String> CATEGORIES = orderedSet(Vocabulary.ITEMS.toArray(String[]::new));

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** A gazetteer file to load: its kind, a name for error messages, and its UTF-8 text. */
    public record Source(GazetteerFile file, String name, Reader reader) {
        public Source {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reader, "reader");
        }
    }

    private final List<Entry> entries;
    private final Map<String, String> alpha2;
    private final TokenTrie trie;

    private Gazetteer(List<Entry> entries, Map<String, String> alpha2, TokenTrie trie) {
        this.entries = List.copyOf(entries);
        this.alpha2 = Map.copyOf(alpha2);
        this.trie = trie;
    }

    /**
     * Loads the gazetteer files bundled with armswatch. Each call reads them again; the caller keeps the result.
     *
     * @throws IllegalStateException when a bundled file is missing or malformed, naming file, line and field
     */
    public static Gazetteer standard() {
        List<Source> sources = new ArrayList<>();
        try {
            for (GazetteerFile file : GazetteerFile.values()) {
                InputStream in = Gazetteer.class.getResourceAsStream(file.resource());
                if (in == null) {
                    throw new IllegalStateException(
                            "missing resource " + file.resource() + " beside " + Gazetteer.class.getName());
                }
                sources.add(new Source(file, file.resource(), new InputStreamReader(in, StandardCharsets.UTF_8)));
            }
            return load(sources);
        } catch (GazetteerException e) {
            throw new IllegalStateException("bundled gazetteer: " + e.getMessage(), e);
        } finally {
            for (Source source : sources) {
                try {
                    source.reader().close();
                } catch (IOException e) {
                    // Closing a resource stream that has been read to the end cannot lose data.
                }
            }
        }
    }

    /**
     * Loads gazetteer files. Files are read in the order states, people, organisations, weapons, titles (and in
     * list order within a kind); that order decides which entry a span names first when several do. Kinds may be
     * missing. The readers are read to the end but not closed.
     *
     * @throws GazetteerException when a file is malformed: a wrong header, a wrong number of fields, an empty
     *     required field, an unknown code, category or kind, an empty form, or a duplicate code
     */
    public static Gazetteer load(List<Source> sources) throws GazetteerException {
        GazetteerParser parser = new GazetteerParser();
        List<Source> ordered =
                sources.stream().sorted(Comparator.comparing(Source::file)).toList();
        for (Source source : ordered) {
            parser.read(source.file(), source.name(), source.reader());
        }
        return new Gazetteer(parser.entries(), parser.alpha2(), new TokenTrie(parser.spellings()));
    }

    /**
     * Finds every gazetteer name in a token sequence, leftmost-longest and without overlaps (see the class
     * comment for the rules).
     *
     * @param tokens the tokens of a sentence or text, none null
     * @return the matches in text order
     */
    public List<Match> find(List<String> tokens) {
        List<String> folded = new ArrayList<>(tokens.size());
        List<String> keys = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String f = NameTokens.fold(Objects.requireNonNull(token, "token"));
            folded.add(f);
            keys.add(f.toLowerCase(Locale.ROOT));
        }
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            TokenTrie.Hit hit = trie.longest(folded, keys, i);
            if (hit == null) {
                i++;
                continue;
            }
            List<Entry> named = hit.entries().stream()
                    .filter(e -> !GazetteerParser.NOT_AN_ITEM.equals(e.category()))
                    .toList();
            if (!named.isEmpty()) {
                matches.add(new Match(i, hit.end(), named.getFirst(), named.subList(1, named.size())));
            }
            i = hit.end();
        }
        return matches;
    }

    /**
     * Resolves a piece of text to a state: a name, variant, capital, demonym or seat of government, or an alpha-3
     * code ("Pyongyang", "Russian", "the Kremlin", "DPRK", "PRK"). A leading article and a trailing possessive are
     * ignored; the rest must be one form, under the case rules of {@link #find}.
     *
     * @return the entry of the form matched (its {@code code} is the alpha-3 code); empty when the text names no
     *     state
     */
    public Optional<Entry> state(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (alpha2.containsKey(trimmed)) {
            return entries.stream()
                    .filter(e -> e.kind() == Entry.Kind.STATE && e.code().equals(trimmed))
                    .findFirst();
        }
        return whole(text).filter(e -> e.kind() == Entry.Kind.STATE).findFirst();
    }

    /**
     * The item category of a weapon name or generic noun ("Shahed-136" → drones, "artillery shells" →
     * ammunition). A leading article is ignored; the rest must be one form.
     *
     * @return one of {@link #CATEGORIES}; empty when the text names no item
     */
    public Optional<String> category(String noun) {
        if (noun == null || noun.isBlank()) {
            return Optional.empty();
        }
        return whole(noun)
                .filter(e -> e.kind() == Entry.Kind.WEAPON)
                .map(Entry::category)
                .findFirst();
    }

    /** The canonical entries (form {@code name}) of a kind, in file order. */
    public List<Entry> entries(Entry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The ISO 3166-1 alpha-2 code of a state given by its alpha-3 code. */
    public Optional<String> alpha2(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : alpha2.get(alpha3));
    }

    // The entries one match spanning all of the text names, primary first; none when the text is not one form.
    private Stream<Entry> whole(String text) {
        List<String> tokens = new ArrayList<>(NameTokens.tokenize(text));
        if (tokens.size() > 1 && ARTICLES.contains(tokens.getFirst().toLowerCase(Locale.ROOT))) {
            tokens.removeFirst();
        }
        if (tokens.size() > 1
                && (tokens.getLast().equals("'s") || tokens.getLast().equals("'"))) {
            tokens.removeLast();
        }
        List<Match> matches = find(tokens);
        if (matches.size() != 1
                || matches.getFirst().start() != 0
                || matches.getFirst().end() != tokens.size()) {
            return Stream.empty();
        }
        Match match = matches.getFirst();
        return Stream.concat(Stream.of(match.entry()), match.alternatives().stream());
    }

    private static Set<String> orderedSet(String... values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(values)));
    }
}
