package org.armswatch.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an article says a person is: the office or body it names beside the person's mentions.
 * Three places are read, at each mention: the title run before the name ("White House security
 * adviser", "Russian Defence Minister"), an apposition after it (", a director at the Halden
 * Institute"), and a body the name is "with", "of", "from" or "at" ("with the Halden Institute").
 * A title run counts only when it holds a word of office; an apposition only when it starts with
 * an article, a word of office or a proper noun. The phrases are kept as written, distinct, in text
 * order, joined by {@code "; "}.
 */
final class Affiliations {
    private static final int MAX_TITLE = 6;
    private static final int MAX_APPOSITION = 10;
    private static final int MAX_PHRASES = 3;

    // Words of office: a title run must hold one.
    private static final Set<String> OFFICE = Set.of(
            "minister",
            "adviser",
            "advisor",
            "president",
            "director",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "secretary",
            "analyst",
            "researcher",
            "fellow",
            "chief",
            "head",
            "commander",
            "general",
            "leader",
            "envoy",
            "ambassador",
            "official",
            "expert",
            "professor",
            "chairman",
            "chairwoman",
            "governor",
            "mayor",
            "premier",
            "deputy",
            "representative",
            "senator",
            "chancellor",
            "admiral",
            "colonel",
            "officer",
            "economist",
            "scholar",
            "editor",
            "correspondent",
            "founder",
            "executive",
            "king",
            "queen",
            "prince",
            "emir");

    private static final Set<String> BODY_LINKS = Set.of("with", "of", "from", "at");

    private Affiliations() {}

    /** The person's affiliation as the sentences state it, or null when they state none. */
    static String of(List<Sentence> sentences, People.Person person) {
        Set<String> phrases = new LinkedHashSet<>();
        for (People.Mention m : person.mentions()) {
            Sentence s = sentences.get(m.sentence());
            title(s, m.start()).ifPresent(phrases::add);
            after(s, m.end()).ifPresent(phrases::add);
            if (phrases.size() >= MAX_PHRASES) {
                break;
            }
        }
        return phrases.isEmpty()
                ? null
                : String.join("; ", phrases.stream().limit(MAX_PHRASES).toList());
    }

    // The run of nouns and adjectives right before a name, when it holds a word of office.
    private static Optional<String> title(Sentence s, int start) {
        int from = start;
        while (from > 0 && start - from < MAX_TITLE && titleWord(s.token(from - 1))) {
            from--;
        }
        boolean office = false;
        for (int i = from; i < start; i++) {
            office |= OFFICE.contains(s.token(i).word().toLowerCase(Locale.ROOT));
        }
        return office ? Optional.of(text(s, from, start)) : Optional.empty();
    }

    // An apposition (", a director at …") or a body the name is with ("with the … Institute").
    private static Optional<String> after(Sentence s, int end) {
        int n = s.tokens().size();
        if (end >= n) {
            return Optional.empty();
        }
        Token next = s.token(end);
        if (next.word().equals(",") && end + 1 < n) {
            Token first = s.token(end + 1);
            boolean opens = !first.ner().equals("PERSON")
                    && (first.pos().equals("DT")
                            || first.pos().startsWith("NNP")
                            || OFFICE.contains(first.word().toLowerCase(Locale.ROOT)));
            int to = end + 1;
            while (to < n && to - end <= MAX_APPOSITION && !stop(s.token(to))) {
                to++;
            }
            if (opens && to > end + 1 && (to == n || !s.token(to).verb())) {
                return Optional.of(text(s, end + 1, to));
            }
            return Optional.empty();
        }
        if (BODY_LINKS.contains(next.word().toLowerCase(Locale.ROOT))) {
            int i = end + 1;
            if (i < n && s.token(i).pos().equals("DT")) {
                i++;
            }
            int to = i;
            while (to < n && s.token(to).pos().startsWith("NNP")) {
                to++;
            }
            if (to > i) {
                return Optional.of(text(s, end, to));
            }
        }
        return Optional.empty();
    }

    private static boolean titleWord(Token t) {
        return (t.pos().startsWith("NN") || t.pos().equals("JJ")) && !t.ner().equals("PERSON");
    }

    // Where an apposition ends: punctuation, a quotation mark, a verb or a relative pronoun.
    private static boolean stop(Token t) {
        return t.pos().equals(",")
                || t.pos().equals(".")
                || t.pos().equals(":")
                || t.pos().equals("``")
                || t.pos().equals("''")
                || t.pos().startsWith("-")
                || t.pos().startsWith("W")
                || t.verb();
    }

    private static String text(Sentence s, int from, int to) {
        return s.text()
                .substring(s.token(from).begin() - s.begin(), s.token(to - 1).end() - s.begin())
                .strip();
    }
}
