package org.armswatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The people an article names and which of its mentions denote the same person.
 *
 * <p>Mentions come from the named-entity tags, repaired where the model is known to err: a name
 * split in two runs, the last syllable of a name left untagged, a person the gazetteer knows tagged
 * as a place or a body, a two-word name tagged as a place whose first or last word the article
 * elsewhere uses alone for a person. A run ending in a body's word ("the Wagner Group") is no
 * person. Titles are stripped from the forms ("President Putin" is "Putin") and a possessive
 * {@code 's} is never part of one.
 */
public final class People {
    /** Titles stripped from the front of a name when the caller gives none. */
    public static final Set<String> TITLES = Set.of(
            "President",
            "Vice President",
            "Minister",
            "Prime Minister",
            "Defense Minister",
            "Defence Minister",
            "Foreign Minister",
            "Spokesman",
            "Spokeswoman",
            "Spokesperson",
            "Secretary",
            "General",
            "Gen.",
            "Adm.",
            "Admiral",
            "Marshal",
            "Ambassador",
            "Chairman",
            "Leader",
            "Supreme Leader",
            "Mr.",
            "Mrs.",
            "Ms.",
            "Dr.",
            "Sen.",
            "Senator",
            "Rep.",
            "Deputy",
            "Adviser",
            "Advisor",
            "National Security Advisor",
            "National Security Adviser",
            "Director",
            "Chief",
            "Commander",
            "Premier",
            "King",
            "Queen",
            "Prince",
            "Crown Prince",
            "Ayatollah",
            "Chancellor",
            "Governor",
            "Gov.",
            "Mayor",
            "Commissioner",
            "Envoy",
            "Special Envoy",
            "Lt.",
            "Col.",
            "Maj.",
            "Capt.",
            "Sgt.",
            "Colonel",
            "Captain",
            "Lieutenant",
            "Major General",
            "Lieutenant General",
            "Field Marshal",
            "Vice Admiral",
            "Rear Admiral",
            "Professor",
            "Prof.",
            "Sheikh",
            "Emir");

    // The last words of bodies the model sometimes tags as people ("the Wagner Group").
    private static final Set<String> BODIES = Set.of(
            "Group",
            "Company",
            "Corporation",
            "Corp.",
            "Inc.",
            "Ltd.",
            "Party",
            "Institute",
            "Center",
            "Centre",
            "Foundation",
            "Agency",
            "Ministry",
            "Council",
            "Forces",
            "Army",
            "Fund",
            "Bank",
            "University",
            "Administration",
            "Committee",
            "Organization",
            "Organisation",
            "Association");

    /**
     * One person of the article.
     *
     * @param name the canonical name: the gazetteer's for one of its forms, else its longest form
     * @param forms the distinct forms the article uses, titles stripped, in order of first use
     * @param mentions every mention, in text order
     */
    public record Person(String name, List<String> forms, List<Mention> mentions) {
        public Person {
            forms = List.copyOf(forms);
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * One mention of a person.
     *
     * @param sentence the sentence's index
     * @param start the index of its first token (after any title)
     * @param end the index after its last token
     * @param form its text as written, without title or possessive
     */
    public record Mention(int sentence, int start, int end, String form) {}

    private final List<Person> people;

    private People(List<Person> people) {
        this.people = List.copyOf(people);
    }

    /** Finds the people of a text with no gazetteer and the built-in titles. */
    public static People find(String text, List<Sentence> sentences) {
        return find(text, sentences, form -> Optional.empty(), TITLES);
    }

    /**
     * Finds the people of a text.
     *
     * @param text the text the sentences were annotated from
     * @param sentences its annotated sentences
     * @param canonical a person's canonical name for a form ("Kim Jong-un" → "Kim Jong Un"), empty
     *     when the form is not a known person
     * @param titles titles stripped from names, matched case-insensitively word by word
     */
    public static People find(
            String text, List<Sentence> sentences, Function<String, Optional<String>> canonical, Set<String> titles) {
        List<List<String>> titleWords = new ArrayList<>();
        for (String t : titles) {
            titleWords.add(List.of(t.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        List<boolean[]> marks = new ArrayList<>();
        for (Sentence s : sentences) {
            marks.add(mark(text, s, canonical));
        }
        repairFromArticle(sentences, marks);
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : sentences) {
            mentions.addAll(mentions(text, s, marks.get(s.index()), titleWords));
        }
        return new People(cluster(mentions, canonical));
    }

    /** The people in order of first mention. */
    public List<Person> people() {
        return people;
    }

    /** The person one of whose mentions covers a token. */
    public Optional<Person> at(int sentence, int token) {
        for (Person p : people) {
            for (Mention m : p.mentions()) {
                if (m.sentence() == sentence && m.start() <= token && token < m.end()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The person mentioned last before a token (mentions ending before it). */
    public Optional<Person> lastBefore(int sentence, int token) {
        return lastBefore(sentence, token, m -> true);
    }

    /** The person mentioned last before a token, among the mentions a filter accepts. */
    public Optional<Person> lastBefore(int sentence, int token, Predicate<Mention> eligible) {
        Person best = null;
        Mention bestMention = null;
        for (Person p : people) {
            for (Mention m : p.mentions()) {
                boolean before = m.sentence() < sentence || (m.sentence() == sentence && m.end() <= token);
                if (before
                        && eligible.test(m)
                        && (bestMention == null
                                || m.sentence() > bestMention.sentence()
                                || (m.sentence() == bestMention.sentence() && m.start() > bestMention.start()))) {
                    best = p;
                    bestMention = m;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    // Marks the tokens of a sentence that belong to person names: the model's PERSON tags; a short
    // capitalised word between two tagged runs or after a run of two or more ("Kim Jong Un" where
    // "Un" was left untagged); and runs of capitalised proper nouns the gazetteer knows as a person.
    private static boolean[] mark(String text, Sentence s, Function<String, Optional<String>> canonical) {
        List<Token> t = s.tokens();
        boolean[] mark = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            mark[i] = t.get(i).ner().equals("PERSON");
        }
        for (int i = 1; i < t.size(); i++) {
            if (mark[i] || !nameWord(t.get(i)) || !t.get(i).ner().equals("O") || !adjacent(t.get(i - 1), t.get(i))) {
                continue;
            }
            boolean between = i + 1 < t.size() && mark[i + 1] && adjacent(t.get(i), t.get(i + 1)) && mark[i - 1];
            boolean tail = i >= 2
                    && mark[i - 1]
                    && mark[i - 2]
                    && t.get(i).word().length() <= 4
                    && !t.get(i).word().equals(t.get(i).word().toUpperCase(Locale.ROOT));
            if (between || tail) {
                mark[i] = true;
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (mark[i] || !nameWord(t.get(i))) {
                continue;
            }
            int j = i;
            while (j < t.size() && !mark[j] && (nameWord(t.get(j)) || hyphen(t, j))) {
                j++;
            }
            for (int len = Math.min(4, j - i); len >= 1; len--) {
                String form =
                        text.substring(t.get(i).begin(), t.get(i + len - 1).end());
                if (!hyphen(t, i + len - 1) && canonical.apply(form).isPresent()) {
                    for (int k = i; k < i + len; k++) {
                        mark[k] = true;
                    }
                    break;
                }
            }
        }
        return mark;
    }

    // A two- or three-word run of proper nouns tagged as a place or body is a person when its first
    // or last word is a whole one-word person mention elsewhere in the article ("Hong Min" tagged as
    // a place, "Hong said" tagged as a person); an untagged proper noun equal to the first or last
    // word of a multi-word person mention is that person.
    private static void repairFromArticle(List<Sentence> sentences, List<boolean[]> marks) {
        Set<String> single = new HashSet<>();
        Set<String> parts = new HashSet<>();
        for (Sentence s : sentences) {
            boolean[] mark = marks.get(s.index());
            for (int i = 0; i < mark.length; i++) {
                if (!mark[i] || (i > 0 && mark[i - 1])) {
                    continue;
                }
                int j = i;
                while (j < mark.length && mark[j]) {
                    j++;
                }
                if (j - i == 1) {
                    single.add(s.token(i).word());
                } else {
                    parts.add(s.token(i).word());
                    parts.add(s.token(j - 1).word());
                }
            }
        }
        for (Sentence s : sentences) {
            boolean[] mark = marks.get(s.index());
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (mark[i]
                        || !t.get(i).pos().equals("NNP")
                        || (i > 0 && t.get(i - 1).pos().equals("NNP"))) {
                    continue;
                }
                int j = i;
                while (j < t.size() && !mark[j] && t.get(j).pos().equals("NNP") && nameWord(t.get(j))) {
                    j++;
                }
                if (j < t.size() && t.get(j).pos().startsWith("NNP")) {
                    continue;
                }
                int len = j - i;
                boolean entity =
                        t.get(i).ner().equals("LOCATION") || t.get(i).ner().equals("ORGANIZATION");
                if (len >= 2
                        && len <= 3
                        && entity
                        && (single.contains(t.get(i).word())
                                || single.contains(t.get(j - 1).word()))) {
                    for (int k = i; k < j; k++) {
                        mark[k] = true;
                    }
                } else if (len == 1
                        && t.get(i).ner().equals("O")
                        && parts.contains(t.get(i).word())) {
                    mark[i] = true;
                }
            }
        }
    }

    // Cuts the marked tokens of a sentence into mentions; a title inside a run ("Spokesman John
    // Kirby" when the model tagged the title) cuts the run after its last title.
    private static List<Mention> mentions(String text, Sentence s, boolean[] mark, List<List<String>> titles) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!mark[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.size() && mark[j] && !t.get(j).pos().equals("POS")) {
                j++;
            }
            int start = i;
            for (int k = i; k < j; k++) {
                for (List<String> title : titles) {
                    if (matches(t, k, j, title)) {
                        start = Math.max(start, k + title.size());
                    }
                }
            }
            while (start < j && !hasLetter(t.get(start).word())) {
                start++;
            }
            int end = j;
            while (end > start && !hasLetter(t.get(end - 1).word())) {
                end--;
            }
            if (start < end && !BODIES.contains(t.get(end - 1).word())) {
                out.add(new Mention(
                        s.index(),
                        start,
                        end,
                        text.substring(t.get(start).begin(), t.get(end - 1).end())));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    // Clusters mentions in text order. A multi-word form opens a cluster, or joins the one with the
    // same canonical name or the same normalised form, or the most recent one whose name contains
    // all its words and ends like it. A one-word form joins the most recent earlier cluster whose
    // full name ends with it (or its last hyphenated part), else the most recent one that begins
    // with it (family name first: "Kim" of "Kim Jong Un"); one-word forms met before any such name
    // join the first later one, else the other mentions of the same word or canonical name.
    private static List<Person> cluster(List<Mention> mentions, Function<String, Optional<String>> canonical) {
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new HashMap<>();
        List<Mention> pending = new ArrayList<>();
        Map<String, Cluster> singles = new HashMap<>();
        int seq = 0;
        for (Mention m : mentions) {
            seq++;
            List<String> words = words(m.form());
            Optional<String> known = canonical.apply(m.form());
            String key = known.map(k -> "=" + k).orElse(normal(m.form()));
            Cluster c = known.isPresent() ? byKey.get(key) : null;
            if (c == null && words.size() == 1) {
                c = mostRecent(clusters, words.get(0));
            } else if (c == null) {
                c = byKey.get(key);
                if (c == null) {
                    c = containing(clusters, words);
                }
            }
            if (c == null && words.size() == 1 && known.isEmpty()) {
                pending.add(m);
                continue;
            }
            if (c == null) {
                c = new Cluster();
                clusters.add(c);
            }
            c.add(m, known, seq);
            if (words.size() > 1 || known.isPresent()) {
                byKey.putIfAbsent(key, c);
            }
        }
        for (Mention m : pending) {
            String word = words(m.form()).get(0);
            Cluster c = null;
            for (Cluster candidate : clusters) {
                if (candidate.endsOrBegins(word) && candidate.firstFull() != null) {
                    c = candidate;
                    break;
                }
            }
            if (c == null) {
                c = singles.get(word);
            }
            if (c == null) {
                c = new Cluster();
                clusters.add(c);
                singles.put(word, c);
            }
            c.add(m, Optional.empty(), -1);
        }
        List<Person> out = new ArrayList<>();
        for (Cluster c : clusters) {
            out.add(c.person());
        }
        out.sort((a, b) -> compare(a.mentions().get(0), b.mentions().get(0)));
        return out;
    }

    private static Cluster mostRecent(List<Cluster> clusters, String word) {
        Cluster byLast = null;
        Cluster byFirst = null;
        for (Cluster c : clusters) {
            if (c.firstFull() == null) {
                continue;
            }
            if (c.endsWith(word) && (byLast == null || c.lastFull() > byLast.lastFull())) {
                byLast = c;
            }
            if (c.beginsWith(word) && (byFirst == null || c.lastFull() > byFirst.lastFull())) {
                byFirst = c;
            }
        }
        return byLast != null ? byLast : byFirst;
    }

    private static Cluster containing(List<Cluster> clusters, List<String> words) {
        Cluster best = null;
        for (Cluster c : clusters) {
            for (String form : c.forms) {
                List<String> other = words(form);
                if (other.size() > words.size()
                        && other.get(other.size() - 1).equals(words.get(words.size() - 1))
                        && other.containsAll(words)
                        && (best == null || c.lastFull() > best.lastFull())) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static final class Cluster {
        private final List<Mention> mentions = new ArrayList<>();
        private final LinkedHashSet<String> forms = new LinkedHashSet<>();
        private final Map<String, String> canonical = new LinkedHashMap<>();
        private int order = -1;

        void add(Mention m, Optional<String> known, int seq) {
            mentions.add(m);
            forms.add(m.form());
            known.ifPresent(k -> canonical.putIfAbsent(m.form(), k));
            if (words(m.form()).size() > 1) {
                order = seq;
            }
        }

        String firstFull() {
            for (String f : forms) {
                if (words(f).size() > 1) {
                    return f;
                }
            }
            return canonical.isEmpty() ? null : canonical.values().iterator().next();
        }

        int lastFull() {
            return order;
        }

        boolean endsWith(String word) {
            for (String f : fullForms()) {
                List<String> w = words(f);
                String last = w.get(w.size() - 1);
                if (last.equals(word) || (last.contains("-") && last.endsWith("-" + word))) {
                    return true;
                }
            }
            return false;
        }

        boolean beginsWith(String word) {
            for (String f : fullForms()) {
                if (words(f).get(0).equals(word)) {
                    return true;
                }
            }
            return false;
        }

        boolean endsOrBegins(String word) {
            return endsWith(word) || beginsWith(word);
        }

        private List<String> fullForms() {
            List<String> out = new ArrayList<>();
            for (String f : forms) {
                if (words(f).size() > 1) {
                    out.add(f);
                }
            }
            out.addAll(canonical.values());
            return out;
        }

        Person person() {
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort(People::compare);
            LinkedHashSet<String> ordered = new LinkedHashSet<>();
            for (Mention m : sorted) {
                ordered.add(m.form());
            }
            String longest = null;
            for (String f : ordered) {
                if (longest == null
                        || words(f).size() > words(longest).size()
                        || (words(f).size() == words(longest).size() && f.length() > longest.length())) {
                    longest = f;
                }
            }
            String name = canonical.containsKey(longest)
                    ? canonical.get(longest)
                    : canonical.isEmpty()
                            ? longest
                            : canonical.values().iterator().next();
            return new Person(name, new ArrayList<>(ordered), sorted);
        }
    }

    private static int compare(Mention a, Mention b) {
        return a.sentence() != b.sentence()
                ? Integer.compare(a.sentence(), b.sentence())
                : Integer.compare(a.start(), b.start());
    }

    private static List<String> words(String form) {
        return List.of(form.trim().split("\\s+"));
    }

    private static String normal(String form) {
        return form.toLowerCase(Locale.ROOT)
                .replace('-', ' ')
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static boolean matches(List<Token> t, int from, int to, List<String> title) {
        if (from + title.size() > to) {
            return false;
        }
        for (int k = 0; k < title.size(); k++) {
            if (!t.get(from + k).word().toLowerCase(Locale.ROOT).equals(title.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameWord(Token t) {
        return t.pos().startsWith("NNP")
                && !t.word().isEmpty()
                && Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean hyphen(List<Token> t, int i) {
        return t.get(i).pos().equals("HYPH");
    }

    private static boolean adjacent(Token a, Token b) {
        return b.begin() - a.end() <= 1;
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }
}
