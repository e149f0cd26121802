package org.armswatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds transfer claims in a sentence: a trigger (a verb of giving or getting, or a noun that names
 * a transfer), the parties from its grammatical roles and prepositions, the items it concerns, and
 * the status its modality gives.
 *
 * <p>Parties: for a verb of giving the supplier is its subject (or, passive, its "by" agent) and the
 * recipient what follows "to" or the indirect object; for a verb of getting the reverse, the
 * supplier following "from". A subject missing from the clause is taken from the verb that
 * controls it ("Moscow is seeking to buy" gives "buy" the subject "Moscow"), then from the nearest
 * actor before the trigger. A party named by a pronoun, or missing, is taken from the article's
 * context: the actor last named as the same role's candidate. Items: the item mentions after the
 * trigger up to the next trigger, else anywhere in the sentence; a state named just before an item
 * ("North Korean rockets") is its origin, so the supplier when none is named.
 *
 * <p>Status, from the strongest cue governing the trigger: a request (seek, want, ask, look for)
 * gives {@code requested}; talks or negotiation {@code negotiating}; agreement (agree, sign, seal)
 * {@code agreed}; a modal or a possibility (could, would, will, potential, in exchange for) {@code
 * potential}; else a verb in the past or present, or a transfer noun, {@code delivered}. A
 * negated trigger ("will not sell") is no transfer: the denial rules read it.
 */
final class TransferRules {
    /**
     * A transfer read from a sentence.
     *
     * @param supplier the supplier's code
     * @param recipient the recipient's code
     * @param items item categories
     * @param status requested, negotiating, potential, agreed or delivered
     * @param evidence the sentence
     */
    record Claim(String supplier, String recipient, Set<String> items, String status, String evidence) {}

    /** What earlier sentences said, for parties the sentence leaves out. */
    static final class Context {
        private final List<String> actors = new ArrayList<>();

        /** Records the actors of a sentence, in order. */
        void saw(List<Mention> mentions) {
            for (Mention m : mentions) {
                if (m.actor() && m.type() == Mention.Type.STATE || m.actor() && m.type() == Mention.Type.PERSON) {
                    actors.remove(m.code());
                    actors.add(m.code());
                }
            }
        }

        /** The actor most recently named that is not {@code other}. */
        Optional<String> recent(String other) {
            for (int i = actors.size() - 1; i >= 0; i--) {
                if (!actors.get(i).equals(other)) {
                    return Optional.of(actors.get(i));
                }
            }
            return Optional.empty();
        }
    }

    private TransferRules() {}

    static List<Claim> find(Sentence s, List<Mention> mentions, Context context) {
        List<Claim> out = new ArrayList<>();
        List<Integer> triggers = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (trigger(s, t)) {
                triggers.add(t.index());
            }
        }
        for (int k = 0; k < triggers.size(); k++) {
            int t = triggers.get(k);
            if (negated(s, t)) {
                continue;
            }
            int windowEnd = k + 1 < triggers.size() ? triggers.get(k + 1) : s.tokens().size();
            Optional<Claim> claim = claim(s, mentions, context, t, windowEnd);
            claim.ifPresent(out::add);
            claim.flatMap(c -> exchange(s, mentions, c)).ifPresent(out::add);
        }
        return out;
    }

    // "… in exchange for (or in return for) ITEMS": the counter-transfer, from the recipient to the
    // supplier, a possibility.
    private static Optional<Claim> exchange(Sentence s, List<Mention> mentions, Claim c) {
        for (Token t : s.tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            int i = t.index();
            if ((w.equals("exchange") || w.equals("return"))
                    && i > 0
                    && s.token(i - 1).word().equalsIgnoreCase("in")
                    && i + 1 < s.tokens().size()
                    && s.token(i + 1).word().equalsIgnoreCase("for")) {
                Set<String> items = new LinkedHashSet<>();
                for (Mention m : mentions) {
                    if (m.type() == Mention.Type.ITEM && m.start() > i) {
                        items.add(m.category());
                    }
                }
                if (!items.isEmpty()) {
                    return Optional.of(new Claim(c.recipient(), c.supplier(), items, "potential", s.text()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean trigger(Sentence s, Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (t.verb()) {
            return Lexicon.GIVE.contains(lemma) || Lexicon.GET.contains(lemma) || lemma.equals("negotiate");
        }
        return t.noun() && Lexicon.TRANSFER_NOUNS.contains(lemma);
    }

    private static Optional<Claim> claim(Sentence s, List<Mention> mentions, Context context, int t, int windowEnd) {
        Token trigger = s.token(t);
        String lemma = trigger.lemma().toLowerCase(Locale.ROOT);
        boolean give = Lexicon.GIVE.contains(lemma)
                || (trigger.noun() && !lemma.equals("purchase") && !lemma.equals("import") && !lemma.equals("order"));
        Set<String> items = items(s, mentions, t, windowEnd);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String subject = subject(s, mentions, t);
        String from = after(s, mentions, t, windowEnd, "from");
        String to = after(s, mentions, t, windowEnd, "to");
        if (to == null) {
            to = after(s, mentions, t, windowEnd, "into");
        }
        String between = trigger.noun() ? after(s, mentions, t, windowEnd, "between") : null;
        String supplier;
        String recipient;
        if (give) {
            supplier = from != null && trigger.noun() ? from : subject;
            recipient = to != null ? to : indirectObject(s, mentions, t);
        } else {
            recipient = subject;
            supplier = from;
        }
        if (supplier == null) {
            supplier = origin(s, mentions, t, windowEnd);
        }
        if (between != null && supplier == null) {
            supplier = between;
        }
        if (supplier == null && recipient != null) {
            supplier = context.recent(recipient).orElse(null);
        } else if (recipient == null && supplier != null) {
            recipient = context.recent(supplier).orElse(null);
        }
        if (supplier == null || recipient == null || supplier.equals(recipient)) {
            return Optional.empty();
        }
        return Optional.of(new Claim(supplier, recipient, items, status(s, t), s.text()));
    }

    // Item mentions after the trigger up to the window's end, else anywhere in the sentence.
    private static Set<String> items(Sentence s, List<Mention> mentions, int t, int windowEnd) {
        Set<String> near = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() != Mention.Type.ITEM) {
                continue;
            }
            all.add(m.category());
            if (m.start() > t && m.start() < windowEnd) {
                near.add(m.category());
            }
        }
        return near.isEmpty() ? all : near;
    }

    // The subject of the trigger, of the verbs controlling it, or the nearest actor before it.
    private static String subject(Sentence s, List<Mention> mentions, int t) {
        int v = t;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            for (int subj : s.children(v, "nsubj")) {
                String a = actorAt(mentions, subj);
                if (a != null) {
                    return a;
                }
            }
            for (int agent : s.children(v, "obl:agent")) {
                String a = actorAt(mentions, agent);
                if (a != null) {
                    return a;
                }
            }
            for (int poss : s.children(v, "nmod:poss")) {
                String a = actorAt(mentions, poss);
                if (a != null) {
                    return a;
                }
            }
            Optional<Dependency> head = s.head(v);
            if (head.isEmpty() || !controls(head.get().relation())) {
                break;
            }
            v = head.get().governor();
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.actor() && m.end() <= t && !claimant(s, m)) {
                return m.code();
            }
        }
        return null;
    }

    private static boolean controls(String relation) {
        return relation.equals("xcomp")
                || relation.startsWith("advcl")
                || relation.equals("ccomp")
                || relation.startsWith("acl")
                || relation.equals("conj")
                || relation.startsWith("conj:")
                || relation.startsWith("obl")
                || relation.startsWith("nmod");
    }

    // A mention inside "according to X" or the subject of a verb of saying makes a claim, not a transfer.
    private static boolean claimant(Sentence s, Mention m) {
        for (int i = m.start(); i < m.end(); i++) {
            Optional<Dependency> head = s.head(i);
            if (head.isEmpty()) {
                continue;
            }
            Dependency d = head.get();
            if (d.relation().startsWith("obl:according")) {
                return true;
            }
            if (d.relation().startsWith("nsubj") && d.governor() >= 0) {
                String lemma = s.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
                if (Lexicon.CLAIM.contains(lemma)) {
                    return true;
                }
            }
        }
        return false;
    }

    // The actor right after a preposition between the trigger and the window's end.
    private static String after(Sentence s, List<Mention> mentions, int t, int windowEnd, String preposition) {
        for (int i = t + 1; i < windowEnd - 1; i++) {
            if (!s.token(i).word().equalsIgnoreCase(preposition)) {
                continue;
            }
            int j = i + 1;
            while (j < windowEnd && (s.token(j).pos().equals("DT") || s.token(j).pos().equals("JJ"))) {
                j++;
            }
            String a = actorAt(mentions, j);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    // For "sell Russia shells": an actor right after the verb.
    private static String indirectObject(Sentence s, List<Mention> mentions, int t) {
        for (int io : s.children(t, "iobj")) {
            String a = actorAt(mentions, io);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    // A state named just before an item, as its origin: "North Korean rockets".
    private static String origin(Sentence s, List<Mention> mentions, int t, int windowEnd) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (a.type() == Mention.Type.STATE && b.type() == Mention.Type.ITEM && b.start() - a.end() <= 1) {
                return a.code();
            }
        }
        return null;
    }

    private static String actorAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.covers(token) && m.actor()) {
                return m.code();
            }
        }
        return null;
    }

    static boolean negated(Sentence s, int t) {
        for (Dependency d : s.children(t)) {
            if (d.relation().equals("advmod") || d.relation().equals("det") || d.relation().equals("neg")) {
                if (Lexicon.NEGATION.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return t > 0 && Lexicon.NEGATION.contains(s.token(t - 1).word().toLowerCase(Locale.ROOT));
    }

    // The strongest status cue on the path from the trigger up through the verbs that govern it.
    static String status(Sentence s, int t) {
        List<Integer> path = new ArrayList<>();
        int v = t;
        for (int depth = 0; depth < 5 && v >= 0; depth++) {
            path.add(v);
            Optional<Dependency> head = s.head(v);
            if (head.isEmpty() || head.get().relation().equals("root")) {
                break;
            }
            v = head.get().governor();
        }
        boolean request = false;
        boolean negotiate = false;
        boolean agree = false;
        boolean potential = false;
        for (int p : path) {
            Token tok = s.token(p);
            String lemma = tok.lemma().toLowerCase(Locale.ROOT);
            request |= Lexicon.REQUEST.contains(lemma);
            negotiate |= Lexicon.NEGOTIATE.contains(lemma);
            agree |= Lexicon.AGREE.contains(lemma);
            for (Dependency d : s.children(p)) {
                String w = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
                if (d.relation().equals("aux") || d.relation().startsWith("advmod") || d.relation().startsWith("amod")
                        || d.relation().startsWith("obl")) {
                    potential |= Lexicon.POTENTIAL.contains(w);
                }
            }
            potential |= Lexicon.POTENTIAL.contains(lemma) && !tok.verb() || lemma.equals("consider")
                    || lemma.equals("plan") || lemma.equals("expect");
        }
        for (Token tok : s.tokens()) {
            String w = tok.lemma().toLowerCase(Locale.ROOT);
            if ((w.equals("exchange") || w.equals("return"))
                    && tok.index() > 0
                    && s.token(tok.index() - 1).word().equalsIgnoreCase("in")) {
                potential = true;
            }
            negotiate |= Lexicon.NEGOTIATE.contains(w) && tok.noun() && Math.abs(tok.index() - t) <= 4;
        }
        if (request) {
            return "requested";
        }
        if (negotiate) {
            return "negotiating";
        }
        if (agree) {
            return "agreed";
        }
        if (potential) {
            return "potential";
        }
        return "delivered";
    }
}
