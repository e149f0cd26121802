package org.armswatch.extract;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.Meeting;
import org.armswatch.extract.eval.Person;
import org.armswatch.extract.eval.Transfer;

/**
 * The actors of an article's results, each with an id derived from what it resolves to — a
 * state's ISO code, a group's slug, a person's canonical name — never from the run, so that the
 * same actor has the same id in every article and after every re-analysis.
 */
public final class Actors {
    /**
     * An actor.
     *
     * @param id {@code state:PRK}, {@code group:wagner-group} or {@code person:kim-jong-un}
     * @param kind state, group or person
     * @param name the code or canonical name it resolves to
     */
    public record Actor(String id, String kind, String name) {}

    private Actors() {}

    /** The states, groups and people of an article's results, in order of first appearance. */
    public static List<Actor> of(Annotations a) {
        Map<String, Actor> out = new LinkedHashMap<>();
        for (Transfer t : a.transfers()) {
            party(t.supplier(), out);
            party(t.recipient(), out);
        }
        for (Meeting m : a.meetings()) {
            m.participants().forEach(p -> party(p, out));
        }
        for (Person p : a.people()) {
            Actor person = person(p.name());
            out.putIfAbsent(person.id(), person);
        }
        return List.copyOf(out.values());
    }

    /**
     * The actor a party code names: a state's alpha-3 code (upper case) or a group's slug (lower
     * case); anything else named as a party is a person.
     */
    public static Actor party(String code) {
        if (code.matches("[A-Z]{3}")) {
            return new Actor("state:" + code, "state", code);
        }
        if (code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return new Actor("group:" + code, "group", code);
        }
        return person(code);
    }

    private static void party(String code, Map<String, Actor> out) {
        Actor a = party(code);
        out.putIfAbsent(a.id(), a);
    }

    private static Actor person(String name) {
        return new Actor("person:" + slug(name), "person", name);
    }

    /** A name as lower-case ASCII words joined by hyphens: "Linda Thomas-Greenfield" → "linda-thomas-greenfield". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
