package org.armswatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.armswatch.extract.gazetteer.Entry;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.extract.gazetteer.Match;

/**
 * Finds the actors and items a sentence names: the gazetteer's states, people, bodies, armed groups
 * and weapons first, then the people and organisations CoreNLP tags that the gazetteer does not
 * know (their state unknown). Titles are not mentions of their own.
 */
public final class Mentions {
    private final Gazetteer gazetteer;

    public Mentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions of a sentence, in order, never overlapping. */
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
            String text = s.text().substring(s.token(i).begin() - s.begin(), s.token(j - 1).end() - s.begin());
            out.add(new Mention(
                    i,
                    j,
                    ner.equals("PERSON") ? Mention.Type.PERSON : Mention.Type.ORGANISATION,
                    text,
                    null,
                    null));
            i = j;
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static Mention mention(Match m) {
        Entry e = m.entry();
        return switch (e.kind()) {
            case STATE -> new Mention(m.start(), m.end(), Mention.Type.STATE, e.canonical(), e.code(), null);
            case PERSON -> new Mention(m.start(), m.end(), Mention.Type.PERSON, e.canonical(), e.state(), null);
            case ORGANISATION ->
                new Mention(m.start(), m.end(), Mention.Type.ORGANISATION, e.canonical(), e.state(), null);
            case ARMED_GROUP -> new Mention(m.start(), m.end(), Mention.Type.ARMED_GROUP, e.canonical(), e.code(), null);
            case WEAPON -> new Mention(m.start(), m.end(), Mention.Type.ITEM, e.canonical(), null, e.category());
            case TITLE -> null;
        };
    }
}
