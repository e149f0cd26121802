package org.armswatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Quotations in quotation marks and who speaks them.
 *
 * <p>A quotation is text between double marks: curly ({@code “ ”}), low ({@code „ ”} or
 * {@code „ “}), guillemets or straight ({@code " "}, paired in order within a paragraph). Single
 * marks inside are part of it. A paragraph (a line of the text) that ends inside a quotation
 * while the next one opens with a mark continues it, as news style writes a long quotation. A
 * quotation of fewer than four words is a scare quote, not a quotation, unless its sentence names
 * its speaker with a verb of speech ("Sullivan said the quality was “in question”").
 *
 * <p>The speaker is found, in this order: a person or body that is the subject of a verb of
 * speech outside the quotation in its sentences ("…,” said Alexander Gabuev; Kirby said: “…”;
 * according to Kirby; Reuters quoted Peskov as saying) or, failing a person, a body (the Kremlin,
 * the State Department); a pronoun subject ("he said"): the speaker of the quotation just before
 * when no one has been named since, else the person named last before it outside quotations; for
 * a quotation with no verb of speech, the speaker of a quotation in the same or the previous
 * paragraph. A subject that is only a title or a common noun ("the spokesman said", "officials
 * said") leaves the speaker unknown unless a person of that title is named in the sentence. A
 * person named only inside a quotation never speaks it. A straight mark left open at the end of a
 * paragraph opens nothing.
 */
public final class Quotes {
    private static final Set<String> SPEECH = Set.of(
            "say",
            "tell",
            "add",
            "warn",
            "note",
            "write",
            "explain",
            "insist",
            "argue",
            "claim",
            "state",
            "declare",
            "stress",
            "comment",
            "remark",
            "reply",
            "respond",
            "answer",
            "recall",
            "acknowledge",
            "admit",
            "announce",
            "assert",
            "caution",
            "conclude",
            "emphasize",
            "emphasise",
            "observe",
            "predict",
            "report",
            "urge",
            "vow",
            "complain",
            "concede",
            "confirm",
            "tweet",
            "post",
            "describe",
            "call",
            "ask",
            "suggest",
            "testify",
            "continue",
            "recount",
            "allege",
            "maintain",
            "quip",
            "counter",
            "deny",
            "charge");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    private static final int PERSON = 0;
    private static final int BODY = 1;
    private static final int PRONOUN = 2;
    private static final int NOMINAL = 3;
    private static final int NEAR = 4;
    private static final int NONE = 5;

    /**
     * One quotation.
     *
     * @param begin offset of its first character, marks excluded
     * @param end offset after its last character, marks excluded
     * @param text its words; the parts of a quotation continued over paragraphs joined by a space
     * @param speaker the speaker's canonical name (a body's name as written), null when unknown
     * @param sentence the index of the sentence where it starts
     */
    public record Quote(int begin, int end, String text, String speaker, int sentence) {}

    // A quotation as marked: from its opening mark to after its closing one (the end of its last
    // paragraph when none closes it), and its words.
    private record Span(int open, int close, int begin, int end, String text) {}

    // A cue of speech: its rank (lower is surer), the speaker it names, and the position a pronoun
    // speaker is resolved from.
    private record Cue(int rank, String speaker, int sentence, int token) {}

    private Quotes() {}

    /**
     * Finds the quotations of a text and their speakers.
     *
     * @param text the text the sentences were annotated from
     * @param sentences its annotated sentences
     * @param people its people, as {@link People#find} found them
     */
    public static List<Quote> find(String text, List<Sentence> sentences, People people) {
        List<Span> spans = spans(text);
        List<Quote> out = new ArrayList<>();
        Quote previous = null;
        int previousLast = -1;
        for (Span span : spans) {
            int first = sentenceAt(sentences, span.begin());
            int last = sentenceAt(sentences, Math.max(span.begin(), span.end() - 1));
            if (first < 0) {
                continue;
            }
            Cue cue = attribute(text, sentences, people, spans, span, first, last);
            boolean quotation = words(span.text()) >= 4 || cue.rank() <= BODY;
            if (!quotation) {
                continue;
            }
            boolean recent = previous != null && paragraph(text, span.begin()) - paragraph(text, previous.end()) <= 1;
            String speaker = cue.speaker();
            if (cue.rank() == PRONOUN) {
                int after = previousLast;
                boolean namedSince = people.lastBefore(
                                cue.sentence(), cue.token(), m -> m.sentence() > after && outside(sentences, spans, m))
                        .isPresent();
                speaker = recent && previous.speaker() != null && !namedSince
                        ? previous.speaker()
                        : pronoun(sentences, people, spans, cue);
            } else if (cue.rank() == NONE && recent) {
                speaker = previous.speaker();
            }
            Quote q = new Quote(span.begin(), span.end(), span.text(), speaker, first);
            out.add(q);
            previous = q;
            previousLast = last;
        }
        return out;
    }

    // A pronoun speaker is the person named last before it outside quotations, a possessor ("Kim's
    // visit") only when no one else is named.
    private static String pronoun(List<Sentence> sentences, People people, List<Span> spans, Cue cue) {
        return people.lastBefore(
                        cue.sentence(), cue.token(), m -> outside(sentences, spans, m) && !possessive(sentences, m))
                .or(() -> people.lastBefore(cue.sentence(), cue.token(), m -> outside(sentences, spans, m)))
                .map(People.Person::name)
                .orElse(null);
    }

    // Scans each paragraph (line) for an opening mark and its closing mark. At the end of a line
    // inside a quotation, the quotation continues when the next non-blank line opens with a mark,
    // else it ends with the line.
    private static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!opener(c) || (c == '"' && !straightOpener(text, i))) {
                i++;
                continue;
            }
            int open = i;
            List<int[]> parts = new ArrayList<>();
            int partBegin = i + 1;
            int j = i + 1;
            int close = -1;
            while (j < n) {
                char d = text.charAt(j);
                if (closes(c, d) || (c == '“' && d == '“' && !closerAhead(text, j, '”'))) {
                    parts.add(new int[] {partBegin, j});
                    close = j + 1;
                    break;
                }
                if (d == '\n') {
                    parts.add(new int[] {partBegin, j});
                    int k = j;
                    while (k < n && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    if (k < n && opener(text.charAt(k))) {
                        c = text.charAt(k);
                        partBegin = k + 1;
                        j = k + 1;
                        continue;
                    }
                    close = j;
                    break;
                }
                j++;
            }
            if (c == '"' && (close < 0 || text.charAt(close - 1) != '"')) {
                i = open + 1;
                continue;
            }
            if (close < 0) {
                parts.add(new int[] {partBegin, n});
                close = n;
            }
            StringBuilder words = new StringBuilder();
            int begin = -1;
            int end = -1;
            for (int[] p : parts) {
                int b = p[0];
                int e = p[1];
                while (b < e && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (b == e) {
                    continue;
                }
                if (begin < 0) {
                    begin = b;
                } else {
                    words.append(' ');
                }
                words.append(text, b, e);
                end = e;
            }
            if (begin >= 0) {
                out.add(new Span(open, close, begin, end, words.toString()));
            }
            i = Math.max(close, open + 1);
        }
        return out;
    }

    private static boolean closerAhead(String text, int from, char closer) {
        for (int k = from; k < text.length() && text.charAt(k) != '\n'; k++) {
            if (text.charAt(k) == closer) {
                return true;
            }
        }
        return false;
    }

    // A straight mark opens when it starts a word: after a line start, a space or an opening
    // bracket or dash, and before a non-space (12" is a measure).
    private static boolean straightOpener(String text, int i) {
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        boolean start = Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0;
        return start && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean opener(char c) {
        return c == '“' || c == '„' || c == '«' || c == '"';
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '“' -> c == '”';
            case '„' -> c == '”' || c == '“';
            case '«' -> c == '»';
            default -> c == '"';
        };
    }

    // Collects the cues of speech outside quotations in the quotation's sentences (and the one
    // before when it ends with a colon) and keeps the best: a named person, then a body (or a
    // proper noun the model left untagged), then a pronoun, then a common-noun subject (unknown
    // speaker), then a person named in the clause of a verb of speech whose subject was not found.
    // Ties go to the cue nearest the quotation.
    private static Cue attribute(
            String text, List<Sentence> sentences, People people, List<Span> spans, Span span, int first, int last) {
        int from = first;
        if (first > 0 && sentences.get(first - 1).text().strip().endsWith(":")) {
            from = first - 1;
        }
        Cue best = new Cue(NONE, null, first, 0);
        int bestDistance = Integer.MAX_VALUE;
        for (int si = from; si <= last; si++) {
            Sentence s = sentences.get(si);
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (inside(spans, t.get(i))) {
                    continue;
                }
                Cue cue = null;
                String w = t.get(i).word().toLowerCase(Locale.ROOT);
                if (w.equals("according")
                        && i + 1 < t.size()
                        && t.get(i + 1).word().equalsIgnoreCase("to")) {
                    cue = forward(text, s, people, spans, i + 2, true);
                } else if (t.get(i).verb() && SPEECH.contains(t.get(i).lemma().toLowerCase(Locale.ROOT))) {
                    cue = verb(text, s, people, spans, i);
                }
                int distance = Math.max(
                        0, Math.max(span.open() - t.get(i).end(), t.get(i).begin() - span.close()));
                if (cue != null
                        && (cue.rank() < best.rank() || (cue.rank() == best.rank() && distance < bestDistance))) {
                    best = cue;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static Cue verb(String text, Sentence s, People people, List<Span> spans, int v) {
        List<Token> t = s.tokens();
        int k = v - 1;
        while (k >= 0 && !inside(spans, t.get(k)) && skippable(t.get(k))) {
            k--;
        }
        if (k > 0
                && t.get(k).word().equalsIgnoreCase("as")
                && s.token(v).lemma().equalsIgnoreCase("say")) {
            for (int j = k - 1; j >= Math.max(0, k - 5) && !inside(spans, t.get(j)); j--) {
                Optional<People.Person> quoted = people.at(s.index(), j);
                if (quoted.isPresent()) {
                    return new Cue(PERSON, quoted.get().name(), s.index(), v);
                }
            }
        }
        if (k >= 0 && !inside(spans, t.get(k))) {
            Cue before = subject(text, s, people, spans, k, v);
            if (before != null) {
                return before;
            }
        }
        boolean inverted =
                k < 0 || inside(spans, t.get(k)) || (punctuation(t.get(k)) && (k == 0 || inside(spans, t.get(k - 1))));
        if (inverted) {
            Cue after = forward(text, s, people, spans, v + 1, false);
            if (after.rank() <= BODY) {
                return after;
            }
        }
        for (int d : s.children(v, "nsubj")) {
            if (!inside(spans, t.get(d))) {
                Cue dep = subject(text, s, people, spans, d, v);
                if (dep != null && dep.rank() != NOMINAL) {
                    return dep;
                }
            }
        }
        return nearest(s, people, spans, v);
    }

    // The subject that ends at token k: a person mention, a pronoun, a body, an untagged proper
    // noun (a name the model missed, taken as written from the last title on), or a common noun or
    // title (a title or a group such as "officials", naming no one unless a person of that title
    // is named in the sentence); null for anything else.
    private static Cue subject(String text, Sentence s, People people, List<Span> spans, int k, int v) {
        Token tk = s.token(k);
        Optional<People.Person> p = people.at(s.index(), k);
        if (p.isPresent()) {
            return new Cue(PERSON, p.get().name(), s.index(), v);
        }
        String w = tk.word().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(w)) {
            return new Cue(PRONOUN, null, s.index(), k);
        }
        if (entity(tk)) {
            return new Cue(BODY, body(text, s, k, false), s.index(), v);
        }
        if (tk.pos().startsWith("NNP")
                && tk.ner().equals("O")
                && Character.isUpperCase(tk.word().charAt(0))) {
            int a = k;
            while (a > 0
                    && s.token(a - 1).pos().startsWith("NNP")
                    && !title(s.token(a - 1).word())) {
                a--;
            }
            if (!title(tk.word())) {
                return new Cue(BODY, text.substring(s.token(a).begin(), tk.end()), s.index(), v);
            }
        }
        if (tk.noun()) {
            for (int i = 0; i < s.tokens().size(); i++) {
                if (i != k && s.token(i).word().equalsIgnoreCase(tk.word())) {
                    for (int j = i + 1; j <= i + 3 && j < s.tokens().size(); j++) {
                        Optional<People.Person> titled = people.at(s.index(), j);
                        if (titled.isPresent() && !inside(spans, s.token(j))) {
                            return new Cue(PERSON, titled.get().name(), s.index(), v);
                        }
                    }
                }
            }
            return new Cue(NOMINAL, null, s.index(), v);
        }
        return null;
    }

    // Reads forward from a token to the end of the phrase (a comma, a full stop, a quotation; verbs
    // too unless the phrase follows "according to"): the first person named, else the first body.
    private static Cue forward(String text, Sentence s, People people, List<Span> spans, int from, boolean clause) {
        List<Token> t = s.tokens();
        String body = null;
        int limit = clause ? t.size() : Math.min(t.size(), from + 8);
        for (int j = from; j < limit; j++) {
            Token tj = t.get(j);
            if (inside(spans, tj) || punctuation(tj) || (!clause && tj.verb())) {
                break;
            }
            Optional<People.Person> p = people.at(s.index(), j);
            if (p.isPresent()) {
                return new Cue(PERSON, p.get().name(), s.index(), j);
            }
            if (clause && j == from && OBJECT_PRONOUNS.contains(tj.word().toLowerCase(Locale.ROOT))) {
                return new Cue(PRONOUN, null, s.index(), j);
            }
            if (body == null && entity(tj)) {
                body = body(text, s, j, true);
            }
        }
        return body != null ? new Cue(BODY, body, s.index(), from) : new Cue(NONE, null, s.index(), from);
    }

    // The subject a parse missed: the first person named in the clause before the verb (after any
    // quotation that precedes it: "Putin, who met Kim, said" is Putin's), else the nearest after it.
    private static Cue nearest(Sentence s, People people, List<Span> spans, int v) {
        int from = 0;
        for (int j = 0; j < v; j++) {
            if (inside(spans, s.token(j))) {
                from = j + 1;
            }
        }
        for (int j = from; j < v; j++) {
            Optional<People.Person> p = people.at(s.index(), j);
            if (p.isPresent()) {
                return new Cue(NEAR, p.get().name(), s.index(), v);
            }
        }
        for (int j = v + 1; j < s.tokens().size(); j++) {
            Optional<People.Person> p = people.at(s.index(), j);
            if (p.isPresent() && !inside(spans, s.token(j))) {
                return new Cue(NEAR, p.get().name(), s.index(), v);
            }
        }
        return new Cue(NONE, null, s.index(), v);
    }

    private static String body(String text, Sentence s, int k, boolean forward) {
        List<Token> t = s.tokens();
        String ner = t.get(k).ner();
        int a = k;
        int b = k;
        if (forward) {
            while (b + 1 < t.size() && t.get(b + 1).ner().equals(ner)) {
                b++;
            }
        } else {
            while (a - 1 >= 0 && t.get(a - 1).ner().equals(ner)) {
                a--;
            }
        }
        while (a < b && t.get(a).word().equalsIgnoreCase("the")) {
            a++;
        }
        return text.substring(t.get(a).begin(), t.get(b).end());
    }

    private static boolean title(String word) {
        for (String t : People.TITLES) {
            if (t.equalsIgnoreCase(word) || t.toLowerCase(Locale.ROOT).endsWith(" " + word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean entity(Token t) {
        return (t.ner().equals("ORGANIZATION") || t.ner().equals("LOCATION"))
                && Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean skippable(Token t) {
        String l = t.lemma().toLowerCase(Locale.ROOT);
        return t.pos().startsWith("RB")
                || t.pos().equals("MD")
                || (t.verb() && (l.equals("have") || l.equals("be") || l.equals("do")));
    }

    private static boolean punctuation(Token t) {
        return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0));
    }

    private static boolean inside(List<Span> spans, Token t) {
        for (Span sp : spans) {
            if (t.begin() >= sp.open() && t.end() <= sp.close()) {
                return true;
            }
        }
        return false;
    }

    private static boolean outside(List<Sentence> sentences, List<Span> spans, People.Mention m) {
        return !inside(spans, sentences.get(m.sentence()).token(m.start()));
    }

    private static boolean possessive(List<Sentence> sentences, People.Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        return m.end() < t.size() && t.get(m.end()).pos().equals("POS");
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int found = -1;
        for (Sentence s : sentences) {
            if (s.begin() <= offset) {
                found = s.index();
            }
        }
        return found;
    }

    private static int paragraph(String text, int offset) {
        int n = 0;
        boolean blank = true;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!blank) {
                    n++;
                }
                blank = true;
            } else if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        return n;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter || (in && (s.charAt(i) == '\'' || s.charAt(i) == '’' || s.charAt(i) == '-'));
        }
        return n;
    }
}
