package org.armswatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.armswatch.extract.eval.Denial;
import org.armswatch.extract.eval.Meeting;
import org.armswatch.extract.eval.Sanction;

/**
 * Meetings, sanctions designations and denials in a sentence, each read from a trigger word and
 * the actors around it. One event of a kind per sentence: a sentence is the evidence an analyst
 * cites, and two triggers in one sentence ("visited … and met …") almost always tell one event.
 */
final class EventRules {
    private static final Set<String> FUTURE = Set.of(
            "will",
            "would",
            "'ll",
            "plan",
            "expect",
            "upcoming",
            "coming",
            "next",
            "possible",
            "potential",
            "likely",
            "prepare",
            "schedule",
            "could",
            "may",
            "might",
            "intend",
            "hope");

    private EventRules() {}

    /** The meeting a sentence tells of: a visit, summit, reception or exchange of letters between named parties. */
    static Optional<Meeting> meeting(Sentence s, List<Mention> mentions, List<Meeting> earlier) {
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean letters = lemma.equals("exchange") && t.verb() && hasObject(s, t.index(), "letter");
            if (!(Lexicon.MEET.contains(lemma) && (t.verb() || t.noun())) && !letters) {
                continue;
            }
            if (TransferRules.negated(s, t.index())) {
                continue;
            }
            // Receiving, welcoming, hosting and inviting are meetings when a person or delegation is received.
            if (Set.of("receive", "welcome", "host", "invite", "greet").contains(lemma)
                    && !hasPersonObject(s, mentions, t.index())) {
                continue;
            }
            if (lemma.equals("travel") && !followedByPlace(s, mentions, t.index())) {
                continue;
            }
            if (t.noun() && backReference(s, mentions, t.index(), earlier)) {
                continue;
            }
            List<String> participants = arguments(s, mentions, t.index());
            if (participants.isEmpty()) {
                participants = participants(s, mentions);
            }
            if (participants.isEmpty()) {
                continue;
            }
            String status = future(s, t.index()) ? "planned" : "held";
            return Optional.of(new Meeting(participants, place(s, mentions), when(s), status, s.text(), false));
        }
        return Optional.empty();
    }

    /** The designation a sentence tells of: someone sanctioned, designated or blacklisted by someone. */
    static Optional<Sanction> sanction(Sentence s, List<Mention> mentions) {
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean verb = t.verb() && Lexicon.SANCTION.contains(lemma);
            boolean imposed =
                    t.verb() && Lexicon.IMPOSE.contains(lemma) && hasObjectIn(s, t.index(), Lexicon.SANCTION_NOUNS);
            if (!verb && !imposed) {
                continue;
            }
            if (TransferRules.negated(s, t.index())) {
                continue;
            }
            String imposer = subjectActor(s, mentions, t.index());
            String target = targetText(s, t.index(), verb);
            if (target == null) {
                continue;
            }
            return Optional.of(
                    new Sanction(imposer == null ? "unknown" : imposer, target, null, null, s.text(), false));
        }
        return Optional.empty();
    }

    /**
     * The denial a sentence tells of: a verb of denial ("denied the supply"), or a party's
     * statement that it will not supply ("assurances that it would not sell weapons").
     */
    static List<Denial> denial(Sentence s, List<Mention> mentions, TransferRules.Context context) {
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean deny = Lexicon.DENY.contains(lemma) && (t.verb() || t.noun());
            boolean wontGive = t.verb()
                    && Lexicon.GIVE.contains(lemma)
                    && TransferRules.negated(s, t.index())
                    && stated(s, t.index());
            if (!deny && !wontGive) {
                continue;
            }
            List<String> deniers = subjectStates(s, mentions, t.index());
            if (deniers.isEmpty()) {
                String denier = subjectActor(s, mentions, t.index());
                if (denier == null && wontGive && pronounSubject(s, t.index())) {
                    denier = context.last().orElse(null);
                }
                if (denier == null) {
                    continue;
                }
                deniers = List.of(denier);
            }
            String denies =
                    s.text().substring(s.token(t.index()).begin() - s.begin()).strip();
            return deniers.stream()
                    .map(d -> new Denial(d, denies, s.text(), false))
                    .toList();
        }
        return List.of();
    }

    // A refusal counts as a denial when someone states it ("has stated that it will not sell",
    // "assurances that it would not sell"), not when others urge or warn it.
    private static boolean stated(Sentence s, int t) {
        int v = t;
        for (int depth = 0; depth < 4; depth++) {
            Optional<Dependency> head = s.head(v);
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            v = head.get().governor();
            String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
            if (Lexicon.URGE.contains(lemma)) {
                return false;
            }
            if (Lexicon.STATE.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    // "Both Russian and North Korean officials denied": every state that qualifies the subject.
    private static List<String> subjectStates(Sentence s, List<Mention> mentions, int t) {
        List<String> out = new ArrayList<>();
        for (int subj : s.children(t, "nsubj")) {
            for (int i : s.subtree(subj)) {
                for (Mention m : mentions) {
                    if (m.start() == i && m.type() == Mention.Type.STATE && !out.contains(m.code())) {
                        out.add(m.code());
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasObject(Sentence s, int verb, String lemma) {
        return s.children(verb, "obj").stream().anyMatch(o -> s.token(o).lemma().equalsIgnoreCase(lemma));
    }

    private static boolean hasObjectIn(Sentence s, int verb, Set<String> lemmas) {
        return s.children(verb, "obj").stream()
                .anyMatch(o -> lemmas.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)));
    }

    private static boolean hasPersonObject(Sentence s, List<Mention> mentions, int verb) {
        for (int o : s.children(verb, "obj")) {
            for (Mention m : mentions) {
                if (m.covers(o) && m.type() == Mention.Type.PERSON) {
                    return true;
                }
            }
            String w = s.token(o).lemma().toLowerCase(Locale.ROOT);
            if (Set.of("delegation", "guest", "minister", "leader", "president", "envoy", "official")
                    .contains(w)) {
                return true;
            }
        }
        // Passive: "X was received by Y".
        return !s.children(verb, "nsubj:pass").isEmpty()
                && s.children(verb, "nsubj:pass").stream()
                        .anyMatch(n -> mentions.stream().anyMatch(m -> m.covers(n) && m.type() == Mention.Type.PERSON));
    }

    private static boolean followedByPlace(Sentence s, List<Mention> mentions, int verb) {
        for (int i = verb + 1; i + 1 < s.tokens().size() && i <= verb + 3; i++) {
            if (s.token(i).word().equalsIgnoreCase("to")) {
                int j = i + 1;
                while (j < s.tokens().size() && s.token(j).pos().equals("DT")) {
                    j++;
                }
                final int at = j;
                return mentions.stream().anyMatch(m -> m.covers(at) && m.type() == Mention.Type.STATE);
            }
        }
        return false;
    }

    // "Kim's visit", "his visit", "Shoigu's trip" after the article has told of a meeting of theirs:
    // the same meeting named again.
    private static boolean backReference(Sentence s, List<Mention> mentions, int noun, List<Meeting> earlier) {
        for (int owner : s.children(noun, "nmod:poss")) {
            Mention person = s.token(owner).pos().startsWith("PRP") ? nearestPerson(mentions, owner) : null;
            for (Mention m : mentions) {
                if (m.covers(owner) && m.type() == Mention.Type.PERSON) {
                    person = m;
                }
            }
            if (person != null) {
                String name = person.name();
                return earlier.stream().anyMatch(e -> e.participants().contains(name));
            }
        }
        return false;
    }

    // A possessive pronoun's person: the one named last before it in the sentence, else the first after it.
    private static Mention nearestPerson(List<Mention> mentions, int pronoun) {
        Mention before = null;
        Mention after = null;
        for (Mention m : mentions) {
            if (m.type() != Mention.Type.PERSON) {
                continue;
            }
            if (m.end() <= pronoun) {
                before = m;
            } else if (after == null) {
                after = m;
            }
        }
        return before != null ? before : after;
    }

    // The people a sentence names, but not those who only report it ("…, said Kirby"); else its
    // states. None when every person named only reports: a reporter's own trip is no meeting told.
    private static List<String> participants(Sentence s, List<Mention> mentions) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> states = new LinkedHashSet<>();
        boolean reporters = false;
        for (Mention m : mentions) {
            if (m.type() == Mention.Type.PERSON && Mentions.reports(s, m)) {
                reporters = true;
            } else if (m.type() == Mention.Type.PERSON) {
                people.add(m.name());
            } else if (m.type() == Mention.Type.STATE) {
                states.add(m.code());
            }
        }
        if (people.isEmpty() && reporters) {
            return List.of();
        }
        return new ArrayList<>(people.isEmpty() ? states : people);
    }

    private static final Set<String> MEETING_ROLES = Set.of(
            "nsubj",
            "nsubj:pass",
            "obj",
            "obl:with",
            "obl:agent",
            "nmod:poss",
            "nmod:between",
            "nmod:with",
            "obl:between");

    // The people the trigger itself takes: who visits, meets, receives or is received, with whom,
    // whose visit (a pronoun: the person it stands for); their conjuncts too ("Putin and Kim met"),
    // and a name beside a title ("Minister Alexander Kozlov"). Without people, a party that names
    // its state ("a group of Russian officials travelled to the DPRK") gives that state and the
    // destination's.
    private static List<String> arguments(Sentence s, List<Mention> mentions, int trigger) {
        Set<String> destination = new LinkedHashSet<>();
        for (Dependency d : s.children(trigger)) {
            if (d.relation().equals("obl:to")
                    || d.relation().equals("nmod:to")
                    || d.relation().equals("obj")) {
                destination.addAll(states(s, mentions, d.dependent()));
            }
        }
        Set<String> people = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        for (Dependency d : s.children(trigger)) {
            if (!MEETING_ROLES.contains(d.relation())) {
                continue;
            }
            List<Integer> heads = new ArrayList<>(List.of(d.dependent()));
            heads.addAll(s.children(d.dependent(), "conj"));
            for (int h : heads) {
                Mention person = personAt(s, mentions, h, destination);
                if (person != null && !Mentions.reports(s, person)) {
                    people.add(person.name());
                }
                if (d.relation().startsWith("nsubj") || d.relation().equals("obl:agent")) {
                    parties.addAll(states(s, mentions, h));
                }
            }
        }
        if (people.isEmpty() && !parties.isEmpty()) {
            parties.addAll(destination);
            return new ArrayList<>(parties);
        }
        return new ArrayList<>(people);
    }

    private static Set<String> states(Sentence s, List<Mention> mentions, int head) {
        Set<String> out = new LinkedHashSet<>();
        for (int i : s.subtree(head)) {
            for (Mention m : mentions) {
                if (m.start() == i && m.type() == Mention.Type.STATE) {
                    out.add(m.code());
                }
            }
        }
        return out;
    }

    // The person at a role's head: a name, a name beside its title, or a pronoun's person, who is
    // not of the state visited ("… with Putin when he visits Russia": not Putin).
    private static Mention personAt(Sentence s, List<Mention> mentions, int head, Set<String> visited) {
        if (s.token(head).pos().startsWith("PRP")) {
            Mention nearest = null;
            for (Mention m : mentions) {
                if (m.type() == Mention.Type.PERSON && m.end() <= head && !visited.contains(m.code())) {
                    nearest = m;
                }
            }
            return nearest != null || !s.token(head).pos().equals("PRP$") ? nearest : nearestPerson(mentions, head);
        }
        List<Integer> at = new ArrayList<>(List.of(head));
        for (Dependency d : s.children(head)) {
            if (Set.of("dep", "appos", "flat", "compound").contains(d.relation())) {
                at.add(d.dependent());
            }
        }
        for (int i : at) {
            for (Mention m : mentions) {
                if (m.covers(i) && m.type() == Mention.Type.PERSON) {
                    return m;
                }
            }
        }
        return null;
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?|XXXX-\\d{2}(-\\d{2})?");

    // The first date of the sentence that CoreNLP normalises to a year, a month or a day ("XXXX-07"
    // for a month without its year), other than one a meeting is dated from ("since 1991").
    private static String when(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.ner().equals("DATE")
                    && t.normalized() != null
                    && ISO_DATE.matcher(t.normalized()).matches()
                    && !since(s, t.index())) {
                return t.normalized();
            }
        }
        return null;
    }

    private static boolean since(Sentence s, int token) {
        int v = token;
        for (int depth = 0; depth < 3; depth++) {
            Optional<Dependency> head = s.head(v);
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            if (head.get().relation().endsWith(":since")) {
                return true;
            }
            v = head.get().governor();
        }
        return false;
    }

    private static String place(Sentence s, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.type() == Mention.Type.STATE && m.start() > 0) {
                String before = s.token(m.start() - 1).word().toLowerCase(Locale.ROOT);
                if (before.equals("in") || before.equals("to") || before.equals("at")) {
                    return m.name();
                }
            }
        }
        return null;
    }

    private static boolean future(Sentence s, int t) {
        int v = t;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            if (FUTURE.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (Dependency d : s.children(v)) {
                if (FUTURE.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))
                        && (d.relation().equals("aux")
                                || d.relation().startsWith("amod")
                                || d.relation().startsWith("advmod")
                                || d.relation().startsWith("obl")
                                || d.relation().startsWith("nmod"))) {
                    return true;
                }
            }
            Optional<Dependency> head = s.head(v);
            if (head.isEmpty() || head.get().relation().equals("root")) {
                break;
            }
            v = head.get().governor();
        }
        return false;
    }

    private static String subjectActor(Sentence s, List<Mention> mentions, int t) {
        int v = t;
        for (int depth = 0; depth < 3 && v >= 0; depth++) {
            for (int subj : s.children(v, "nsubj")) {
                for (Mention m : mentions) {
                    if (m.covers(subj) && m.actor()) {
                        return m.code();
                    }
                }
                // "Both Russian and North Korean officials": the states that qualify the subject.
                for (Mention m : mentions) {
                    if (m.type() == Mention.Type.STATE && m.end() <= subj + 1 && m.start() >= subj - 5) {
                        return m.code();
                    }
                }
            }
            Optional<Dependency> head = s.head(v);
            if (head.isEmpty() || head.get().relation().equals("root")) {
                break;
            }
            v = head.get().governor();
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.actor() && m.end() <= t) {
                return m.code();
            }
        }
        return null;
    }

    private static boolean pronounSubject(Sentence s, int t) {
        return s.children(t, "nsubj").stream().anyMatch(n -> s.token(n).pos().startsWith("PRP"));
    }

    private static String targetText(Sentence s, int t, boolean verb) {
        if (verb) {
            for (int o : s.children(t, "obj")) {
                return phrase(s, o);
            }
            for (int o : s.children(t, "nsubj:pass")) {
                return phrase(s, o);
            }
        }
        for (int i = t + 1; i + 1 < s.tokens().size(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("on") || w.equals("against")) {
                return s.text().substring(s.token(i + 1).begin() - s.begin()).strip();
            }
        }
        return null;
    }

    private static String phrase(Sentence s, int head) {
        List<Integer> sub = s.subtree(head);
        int from = sub.getFirst();
        int to = sub.getLast();
        return s.text().substring(s.token(from).begin() - s.begin(), s.token(to).end() - s.begin());
    }
}
