package org.armswatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.armswatch.extract.gazetteer.Entry;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.extract.gazetteer.Match;

/**
 * Finds the actors and items the sentences of one article name: the gazetteer's states, people,
 * bodies, armed groups and weapons first, then the people and organisations CoreNLP tags that the
 * gazetteer does not know. A person named by one word ("Kim", "Shoigu") is the person of that
 * family or given name named in full earlier in the article, when there is one. Titles are not
 * mentions of their own. One instance per article, fed its sentences in order; not thread-safe.
 */
public final class Mentions {
    private final Gazetteer gazetteer;
    private final List<Mention> people = new ArrayList<>();

    public Mentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions of the article's next sentence, in order, never overlapping. */
    public List<Mention> find(Sentence s) {
        List<String> words = s.tokens().stream().map(Token::word).toList();
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[words.size()];
        for (Match m : gazetteer.find(words)) {
            Mention mention = mention(m);
            if (mention != null) {
                out.add(mention);
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
            }
        }
        // CoreNLP's people and organisations that no gazetteer entry covers: runs of one tag.
        int i = 0;
        while (i < words.size()) {
            String ner = s.token(i).ner();
            if (taken[i] || !(ner.equals("PERSON") || ner.equals("ORGANIZATION"))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < words.size() && !taken[j] && s.token(j).ner().equals(ner)) {
                j++;
            }
            String text = s.text()
                    .substring(s.token(i).begin() - s.begin(), s.token(j - 1).end() - s.begin());
            out.add(new Mention(
                    i, j, ner.equals("PERSON") ? Mention.Type.PERSON : Mention.Type.ORGANISATION, text, null, null));
            i = j;
        }
        out.sort(Comparator.comparingInt(Mention::start));
        List<Mention> resolved = new ArrayList<>(out.size());
        for (Mention m : out) {
            resolved.add(m.type() == Mention.Type.PERSON ? resolve(m) : m);
        }
        return resolved;
    }

    // A one-word name takes the identity of the most recent full name it begins or ends; a full
    // name is remembered for the one-word names after it.
    private Mention resolve(Mention m) {
        String[] words = m.name().split("[\\s-]+");
        if (words.length == 1 || m.end() - m.start() == 1) {
            for (int i = people.size() - 1; i >= 0; i--) {
                Mention full = people.get(i);
                String[] fullWords = full.name().split("[\\s-]+");
                if (fullWords[0].equals(words[0]) || fullWords[fullWords.length - 1].equals(words[words.length - 1])) {
                    return new Mention(m.start(), m.end(), m.type(), full.name(), full.code(), null);
                }
            }
            return m;
        }
        people.add(m);
        return m;
    }

    private static final Pattern SPOKESPERSON = Pattern.compile(
            "(?i)spokes|press secretary|ambassador|representative to|permanent representative|coordinator|adviser|advisor"
                    + "|analyst|director of communications");

    // Spokespeople, ambassadors and advisers report and comment: they are no party to a transfer.
    private static boolean speaksForOthers(Entry e) {
        return e.role() != null
                && SPOKESPERSON.matcher(e.role()).find()
                && !e.role()
                        .matches(
                                "(?is).*(president|prime minister|minister of|minister \\(|leader|chairman|king|emir|premier).*");
    }

    private static Mention mention(Match m) {
        Entry e = m.entry();
        return switch (e.kind()) {
            case STATE -> new Mention(m.start(), m.end(), Mention.Type.STATE, e.canonical(), e.code(), null);
            case PERSON ->
                new Mention(
                        m.start(),
                        m.end(),
                        Mention.Type.PERSON,
                        e.canonical(),
                        speaksForOthers(e) ? null : e.state(),
                        null);
            case ORGANISATION ->
                new Mention(m.start(), m.end(), Mention.Type.ORGANISATION, e.canonical(), e.state(), null);
            case ARMED_GROUP ->
                new Mention(m.start(), m.end(), Mention.Type.ARMED_GROUP, e.canonical(), e.code(), null);
            case WEAPON -> new Mention(m.start(), m.end(), Mention.Type.ITEM, e.canonical(), null, e.category());
            case TITLE -> null;
        };
    }

    /**
     * Whether a mention only reports what its sentence says: the subject or object of a verb of
     * saying or believing ("…, said Kirby", "Kirby says that …"), or the source of "according to".
     */
    static boolean reports(Sentence s, Mention m) {
        for (int i = m.start(); i < m.end(); i++) {
            for (Dependency d : s.dependencies()) {
                if (d.dependent() == i
                        && d.governor() >= 0
                        && Lexicon.CLAIM.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))
                        && (d.relation().startsWith("nsubj")
                                || d.relation().equals("obj")
                                || d.relation().equals("xcomp"))) {
                    return true;
                }
                if (d.dependent() == i && d.relation().startsWith("obl:according")) {
                    return true;
                }
            }
        }
        return false;
    }
}
