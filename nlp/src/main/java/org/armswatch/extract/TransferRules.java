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
     * @param quantity how many items the sentence counts, or null
     * @param evidence the sentence
     */
    record Claim(
            String supplier, String recipient, Set<String> items, String status, Integer quantity, String evidence) {}

    /** What the article says elsewhere, for parties a sentence leaves out or names by a pronoun. */
    static final class Context {
        private final List<String> principals;
        private final List<Claim> explicit;
        private final List<String> recent = new ArrayList<>();

        /**
         * @param principals the parties of the article's transfers, most often named first
         * @param explicit the transfers whose parties the sentences name, for the direction of a
         *     transfer "between" two parties
         */
        Context(List<String> principals, List<Claim> explicit) {
            this.principals = List.copyOf(principals);
            this.explicit = List.copyOf(explicit);
        }

        /** A context that knows nothing of the article: only what sentences name is read. */
        static Context none() {
            return new Context(List.of(), List.of());
        }

        /** The direction the article's named transfers between two parties mostly take, if any. */
        Optional<Claim> direction(String a, String b) {
            long ab = explicit.stream()
                    .filter(c -> c.supplier().equals(a) && c.recipient().equals(b))
                    .count();
            long ba = explicit.stream()
                    .filter(c -> c.supplier().equals(b) && c.recipient().equals(a))
                    .count();
            if (ab == ba) {
                return Optional.empty();
            }
            return Optional.of(
                    ab > ba ? new Claim(a, b, Set.of(), "", null, "") : new Claim(b, a, Set.of(), "", null, ""));
        }

        /** Records the actors of a sentence, in order. */
        void saw(List<Mention> mentions) {
            for (Mention m : mentions) {
                if (m.actor() && (m.type() == Mention.Type.STATE || m.type() == Mention.Type.PERSON)) {
                    recent.remove(m.code());
                    recent.add(m.code());
                }
            }
        }

        /** The actor most recently named, for a pronoun. */
        Optional<String> last() {
            return recent.isEmpty() ? Optional.empty() : Optional.of(recent.getLast());
        }

        /** Whether a party is one of the article's two main parties. */
        boolean principal(String code) {
            return principals.subList(0, Math.min(2, principals.size())).contains(code);
        }

        /** The main party most recently named, other than {@code other}. */
        Optional<String> lastPrincipal(String other) {
            for (int i = recent.size() - 1; i >= 0; i--) {
                String a = recent.get(i);
                if (principal(a) && !a.equals(other)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }

        /**
         * The other party of the article's story: of the two states it names most often, the one
         * that is not {@code other}, when {@code other} is the first.
         */
        Optional<String> counterpart(String other) {
            if (principals.size() < 2 || !principals.subList(0, 2).contains(other)) {
                return Optional.empty();
            }
            return Optional.of(principals.get(0).equals(other) ? principals.get(1) : principals.get(0));
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
            int exchange = exchangeAt(s);
            if (negated(s, t) || exchange >= 0 && t > exchange && !s.token(t).verb()) {
                continue;
            }
            int windowEnd =
                    k + 1 < triggers.size() ? triggers.get(k + 1) : s.tokens().size();
            for (Claim claim : claims(s, mentions, context, t, windowEnd)) {
                out.add(claim);
                exchange(s, mentions, claim).ifPresent(out::add);
            }
        }
        return out;
    }

    // "… in exchange for (or in return for) ITEMS": the counter-transfer, from the recipient to the
    // supplier, a possibility.
    private static Optional<Claim> exchange(Sentence s, List<Mention> mentions, Claim c) {
        int at = exchangeAt(s);
        if (at < 0) {
            return Optional.empty();
        }
        Set<String> items = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() == Mention.Type.ITEM && m.start() > at) {
                items.add(m.category());
            }
        }
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(new Claim(c.recipient(), c.supplier(), items, "potential", null, s.text()));
    }

    private static boolean trigger(Sentence s, Token t) {
        String lemma = verbLemma(t);
        if (lemma != null) {
            return Lexicon.GIVE.contains(lemma)
                    || Lexicon.GET.contains(lemma)
                    || Lexicon.CAPTURE.contains(lemma)
                    || lemma.equals("negotiate")
                    || Lexicon.TURN_TO.contains(lemma)
                            && s.tokens().size() > t.index() + 1
                            && Set.of("to", "for", "out")
                                    .contains(s.token(t.index() + 1).word().toLowerCase(Locale.ROOT));
        }
        return t.noun() && Lexicon.TRANSFER_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    // A verb's lemma; for a verb of giving or getting that the tagger read as a noun ("accused of
    // shipping drones"), that verb's; else null.
    private static String verbLemma(Token t) {
        if (t.verb()) {
            return t.lemma().toLowerCase(Locale.ROOT);
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!t.noun() || !w.endsWith("ing") || w.length() < 6) {
            return null;
        }
        String stem = w.substring(0, w.length() - 3);
        boolean doubled = stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        for (String verb : List.of(stem, stem + "e", doubled ? stem.substring(0, stem.length() - 1) : stem)) {
            if (Lexicon.GIVE.contains(verb) || Lexicon.GET.contains(verb)) {
                return verb;
            }
        }
        return null;
    }

    private static List<Claim> claims(Sentence s, List<Mention> mentions, Context context, int t, int windowEnd) {
        if (hypothetical(s, t)) {
            return List.of();
        }
        Token trigger = s.token(t);
        boolean verbal = verbLemma(trigger) != null;
        String lemma = verbal ? verbLemma(trigger) : trigger.lemma().toLowerCase(Locale.ROOT);
        Set<String> items = items(s, mentions, t, windowEnd);
        if (items.isEmpty()) {
            return List.of();
        }
        String from = after(s, mentions, t, windowEnd, "from");
        String to = after(s, mentions, t, windowEnd, "to");
        if (to == null) {
            to = after(s, mentions, t, windowEnd, "into");
        }
        if (to == null && lemma.equals("share")) {
            to = after(s, mentions, t, windowEnd, "with");
        }
        if (to == null) {
            to = beneficiary(s, mentions, t, windowEnd);
        }
        String supplier;
        String recipient;
        if (verbal && Lexicon.CAPTURE.contains(lemma)) {
            // "captured North Korean rockets from Russian stockpiles": arms made by one state taken
            // from another's hands, so delivered from the first to the second.
            String maker = origin(mentions, t, windowEnd);
            if (maker == null || from == null || maker.equals(from)) {
                return List.of();
            }
            return List.of(new Claim(maker, from, items, status(s, t), quantity(s, mentions, t, windowEnd), s.text()));
        } else if (verbal && Lexicon.GIVE.contains(lemma)) {
            String passive = actorOf(s, mentions, t, "nsubj:pass");
            recipient = to != null ? to : passive != null ? passive : actorOf(s, mentions, t, "obj");
            String agent = actorOf(s, mentions, t, "obl:agent");
            if (agent == null && trigger.pos().equals("VBN")) {
                agent = actorOf(s, mentions, t, "obl:by");
            }
            // "the arms being supplied": a passive participle's subject, if any, is not the supplier.
            boolean passiveForm = !s.children(t, "aux:pass").isEmpty()
                    || trigger.pos().equals("VBN")
                            && s.head(t)
                                    .map(d -> d.relation().startsWith("acl"))
                                    .orElse(false);
            supplier = agent != null
                    ? agent
                    : passive == null && !passiveForm ? subject(s, mentions, context, t, recipient) : null;
            if (recipient == null) {
                recipient = actorOf(s, mentions, t, "iobj");
            }
        } else if (verbal
                && Lexicon.TURN_TO.contains(lemma)
                && !listAfter(s, mentions, t, windowEnd, "to").isEmpty()) {
            // "Russia is looking to North Korea and Iran for shells": each party after "to" a supplier.
            String by = subject(s, mentions, context, t, null);
            if (by == null) {
                return List.of();
            }
            String status = status(s, t);
            return listAfter(s, mentions, t, windowEnd, "to").stream()
                    .filter(x -> !x.equals(by))
                    .map(x -> new Claim(x, by, items, status, quantity(s, mentions, t, windowEnd), s.text()))
                    .toList();
        } else if (verbal) {
            recipient = subject(s, mentions, context, t, from);
            supplier = from != null ? from : pronounAfter(s, mentions, context, t, windowEnd, "from", recipient);
        } else {
            boolean bought = lemma.equals("purchase") || lemma.equals("import") || lemma.equals("order");
            String owner = actorOf(s, mentions, t, "nmod:poss");
            if (owner != null && from == null && to == null && (subjectOfClause(s, t) || stock(s, t))) {
                // "Russia's supply of shells is running low": a party's own stock, not a transfer.
                return List.of();
            }
            String governing = subject(s, mentions, context, t, from);
            supplier = from != null ? from : bought ? null : owner;
            if (supplier == null && to != null && !bought) {
                supplier = authorizer(s, mentions, t);
            }
            recipient = to != null ? to : bought && owner != null ? owner : governing;
            List<String> pair = listAfter(s, mentions, t, windowEnd, "between");
            if (pair.size() != 2) {
                pair = coordinatedBefore(s, mentions, t);
            }
            String with = after(s, mentions, t, windowEnd, "with");
            if (pair.size() != 2 && governing != null && with != null && !with.equals(governing)) {
                // "sealed a munitions deal with Putin": the two sides of the deal.
                pair = List.of(governing, with);
            }
            if (from == null && to == null && pair.size() == 2) {
                Optional<Claim> way = context.direction(pair.get(0), pair.get(1));
                if (way.isEmpty()) {
                    return List.of();
                }
                supplier = way.get().supplier();
                recipient = way.get().recipient();
            }
        }
        if (supplier == null) {
            supplier = origin(mentions, t, windowEnd);
        }
        if (supplier == null && recipient != null) {
            supplier = context.counterpart(recipient).orElse(null);
        } else if (recipient == null && supplier != null) {
            recipient = context.counterpart(supplier).orElse(null);
        }
        if (supplier == null || recipient == null || supplier.equals(recipient)) {
            return List.of();
        }
        return List.of(
                new Claim(supplier, recipient, items, status(s, t), quantity(s, mentions, t, windowEnd), s.text()));
    }

    // "The United States approved the sale of missiles to Ukraine": the party that approves,
    // announces or concludes a sale, supply or delivery to another makes it.
    private static String authorizer(Sentence s, List<Mention> mentions, int noun) {
        Optional<Dependency> head = s.head(noun);
        if (head.isEmpty()
                || head.get().governor() < 0
                || !head.get().relation().equals("obj")
                || !Lexicon.AUTHORIZE.contains(
                        s.token(head.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return actorOf(s, mentions, head.get().governor(), "nsubj");
    }

    // The actors of a list right after a preposition: "to both North Korea and Iran".
    private static List<String> listAfter(
            Sentence s, List<Mention> mentions, int t, int windowEnd, String preposition) {
        List<String> out = new ArrayList<>();
        for (int i = t + 1; i < windowEnd - 1; i++) {
            if (!s.token(i).word().equalsIgnoreCase(preposition)) {
                continue;
            }
            int j = i + 1;
            while (j < windowEnd) {
                String w = s.token(j).word().toLowerCase(Locale.ROOT);
                if (s.token(j).pos().equals("DT")
                        || w.equals("both")
                        || w.equals("and")
                        || w.equals(",")
                        || w.equals("or")
                        || w.equals("either")) {
                    j++;
                    continue;
                }
                Mention m = mentionAt(mentions, j);
                if (m == null || !m.actor()) {
                    break;
                }
                out.add(m.code());
                j = m.end();
            }
            String marked = marked(s, mentions, t, i);
            if (out.isEmpty() && marked != null) {
                out.add(marked);
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    // A possessed supply whose level the sentence tells or changes: "as Russia's supply of shells
    // runs low", "to replenish its supply of shells".
    private static boolean stock(Sentence s, int noun) {
        Optional<Dependency> head = s.head(noun);
        if (head.isPresent()
                && head.get().governor() >= 0
                && Lexicon.STOCK_LEVEL.contains(
                        s.token(head.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int i = noun + 1; i < Math.min(s.tokens().size(), noun + 9); i++) {
            if (Lexicon.STOCK_LEVEL.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    // A pronoun right after a preposition ("from them", "from [them]"): the party it stands for.
    private static String pronounAfter(
            Sentence s,
            List<Mention> mentions,
            Context context,
            int t,
            int windowEnd,
            String preposition,
            String other) {
        for (int i = t + 1; i < windowEnd - 1; i++) {
            if (!s.token(i).word().equalsIgnoreCase(preposition)) {
                continue;
            }
            int j = i + 1;
            while (j < windowEnd - 1 && s.token(j).pos().startsWith("-")) {
                j++;
            }
            if (s.token(j).pos().equals("PRP")) {
                return antecedent(mentions, context, j, other);
            }
        }
        return null;
    }

    private static boolean subjectOfClause(Sentence s, int noun) {
        return s.head(noun).map(d -> d.relation().startsWith("nsubj")).orElse(false);
    }

    // Two parties joined by "and" before the trigger, as a subject: "Russia and North Korea have
    // intensified negotiations".
    private static List<String> coordinatedBefore(Sentence s, List<Mention> mentions, int t) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (a.actor()
                    && b.actor()
                    && b.end() <= t
                    && b.start() - a.end() >= 1
                    && b.start() - a.end() <= 2
                    && s.token(a.end()).word().equalsIgnoreCase("and")) {
                return List.of(a.code(), b.code());
            }
        }
        return List.of();
    }

    private static Mention mentionAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }

    // A trigger in a question, under "if", under a word that forbids or stops it ("prohibit arms
    // sales", "urged it to stop arms negotiations", "to evade sanctions and obtain"), or the topic of
    // a question ("asked about an arms deal"), or the activity a sentence judges ("Buying shells from
    // X is a sign of …") states no transfer.
    private static boolean hypothetical(Sentence s, int t) {
        for (int i = t + 1; i < s.tokens().size(); i++) {
            String w = s.token(i).word();
            if (w.equals("?")) {
                return true;
            }
            if (w.equals(".") || w.equals(";") || w.equals("!")) {
                break;
            }
        }
        int v = t;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            for (Dependency d : s.children(v)) {
                if (d.relation().equals("mark") && s.token(d.dependent()).word().equalsIgnoreCase("if")) {
                    return true;
                }
            }
            String governor = s.token(v).lemma().toLowerCase(Locale.ROOT);
            if (depth > 0 && (Lexicon.PREVENT.contains(governor) || Lexicon.DENY.contains(governor))) {
                return true;
            }
            Optional<Dependency> head = s.head(v);
            if (head.isEmpty() || head.get().governor() < 0) {
                break;
            }
            if ((head.get().relation().startsWith("csubj")
                            || head.get().relation().startsWith("nsubj")
                            || gerundAsModifierOfSubject(s, v, head.get()))
                    && s.children(v, "nsubj").isEmpty()
                    && s.token(v).pos().equals("VBG")) {
                // "Seeking to buy weapons from X is incomprehensible": an activity judged, not one told.
                return true;
            }
            if (head.get().relation().endsWith(":about")
                    && Lexicon.ASK.contains(
                            s.token(head.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
                // "asked about a possible arms deal": the topic of a question.
                return true;
            }
            v = head.get().governor();
        }
        return false;
    }

    // The parser's reading of "Buying rifles from X is …" as an adjective of the subject "rifles".
    private static boolean gerundAsModifierOfSubject(Sentence s, int v, Dependency head) {
        return head.relation().equals("amod")
                && v < head.governor()
                && s.head(head.governor())
                        .map(d -> d.relation().startsWith("nsubj"))
                        .orElse(false);
    }

    private static String actorOf(Sentence s, List<Mention> mentions, int t, String relation) {
        for (int c : s.children(t, relation)) {
            String a = actorAt(mentions, c);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    // Item mentions after the trigger up to the window's end, else anywhere in the sentence.
    private static Set<String> items(Sentence s, List<Mention> mentions, int t, int windowEnd) {
        int exchange = exchangeAt(s);
        if (exchange > t && exchange < windowEnd) {
            windowEnd = exchange;
        }
        Set<String> near = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() != Mention.Type.ITEM || holding(s, m)) {
                continue;
            }
            String category = madeWith(s, m) ? "military_technology" : m.category();
            all.add(category);
            if (m.start() > t && m.start() < windowEnd) {
                near.add(category);
            }
        }
        return near.isEmpty() ? all : near;
    }

    // An item that only qualifies a stock or an industry ("its ammunition stockpile", "weapons
    // production"): no item moves.
    private static boolean holding(Sentence s, Mention item) {
        return s.head(item.end() - 1)
                .filter(d -> d.relation().equals("compound") && d.governor() >= item.end())
                .map(d ->
                        Lexicon.HOLDINGS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    // An item that the means to make it are for ("a license to manufacture drones", "technology to
    // build missiles"): what moves is the technology.
    private static boolean madeWith(Sentence s, Mention item) {
        Optional<Dependency> verb = s.head(item.end() - 1);
        if (verb.isEmpty()
                || verb.get().governor() < 2
                || !verb.get().relation().equals("obj")
                || !Lexicon.PRODUCE.contains(
                        s.token(verb.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int v = verb.get().governor();
        // The parser hangs "to manufacture" from the noun or from the verb that takes it.
        return s.token(v - 1).word().equalsIgnoreCase("to")
                && Lexicon.KNOW_HOW.contains(s.token(v - 2).lemma().toLowerCase(Locale.ROOT));
    }

    // A number just before the first item after the trigger ("over 6,000 attack drones", "300,000
    // shells"), skipping up to two words between them.
    private static Integer quantity(Sentence s, List<Mention> mentions, int t, int windowEnd) {
        for (Mention m : mentions) {
            if (m.type() != Mention.Type.ITEM || m.start() <= t || m.start() >= windowEnd) {
                continue;
            }
            for (int i = m.start() - 1; i >= Math.max(t + 1, m.start() - 3); i--) {
                Token k = s.token(i);
                if (k.ner().equals("NUMBER") && k.normalized() != null) {
                    try {
                        // CoreNLP writes "more than 2,400" as ">2400.0" and "about 300" as "~300.0".
                        double n = Double.parseDouble(k.normalized().replaceAll("^[<>=~]+", ""));
                        return n >= 1 && n <= Integer.MAX_VALUE && n == Math.rint(n) ? (int) n : null;
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
            return null;
        }
        return null;
    }

    // Where "in exchange for" or "in return for" begins, or -1.
    private static int exchangeAt(Sentence s) {
        for (int i = 0; i + 2 < s.tokens().size(); i++) {
            String w = s.token(i + 1).word().toLowerCase(Locale.ROOT);
            if (s.token(i).word().equalsIgnoreCase("in")
                    && (w.equals("exchange") || w.equals("return"))
                    && s.token(i + 2).word().equalsIgnoreCase("for")) {
                return i;
            }
        }
        return -1;
    }

    // The subject of the trigger, of the verbs controlling it, a pronoun's antecedent, or the nearest
    // actor before the trigger that does not make a claim.
    private static String subject(Sentence s, List<Mention> mentions, Context context, int t, String other) {
        if (s.children(t, "nsubj").isEmpty()) {
            String accused = accused(s, mentions, t);
            if (accused != null) {
                return accused;
            }
        }
        int v = t;
        for (int depth = 0; depth < 4 && v >= 0; depth++) {
            for (Dependency d : s.children(v)) {
                if (!(d.relation().equals("nsubj")
                        || d.relation().equals("nsubj:xsubj")
                        || d.relation().equals("obl:agent")
                        || d.relation().equals("nmod:poss"))) {
                    continue;
                }
                String a = actorAt(mentions, d.dependent());
                if (a != null) {
                    return a;
                }
                if (s.token(d.dependent()).pos().startsWith("PRP")
                        && d.relation().startsWith("nsubj")) {
                    return antecedent(mentions, context, d.dependent(), other);
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
            if (m.actor() && m.end() <= t && !Mentions.reports(s, m)) {
                return m.code();
            }
        }
        return null;
    }

    // "Washington accused Beijing of shipping …", "X was accused of supplying …": the party accused
    // or punished (the object, or the passive subject, of such a verb governing the trigger) acts.
    private static String accused(Sentence s, List<Mention> mentions, int t) {
        int v = t;
        for (int depth = 0; depth < 3; depth++) {
            Optional<Dependency> head = s.head(v);
            if (head.isEmpty() || head.get().governor() < 0) {
                return null;
            }
            v = head.get().governor();
            if (Lexicon.ACCUSE.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) {
                String accused = actorOf(s, mentions, v, "obj");
                return accused != null ? accused : actorOf(s, mentions, v, "nsubj:pass");
            }
        }
        return null;
    }

    // A pronoun's party: of the article's two main parties, the one named last before it (in its
    // sentence, else before), other than the transfer's other party.
    private static String antecedent(List<Mention> mentions, Context context, int pronoun, String other) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() <= pronoun
                    && m.actor()
                    && context.principal(m.code())
                    && !m.code().equals(other)) {
                return m.code();
            }
        }
        return context.lastPrincipal(other).orElse(null);
    }

    // "… to help Russia build drones", "to support Russia's industry": the party helped.
    private static String beneficiary(Sentence s, List<Mention> mentions, int t, int windowEnd) {
        for (int i = t + 1; i + 2 < windowEnd; i++) {
            if (s.token(i).word().equalsIgnoreCase("to")
                    && Lexicon.HELP.contains(s.token(i + 1).lemma().toLowerCase(Locale.ROOT))) {
                return actorAt(mentions, i + 2);
            }
        }
        return null;
    }

    // "potential deals", "a proposed agreement": a deal under negotiation.
    private static boolean tentativeDeal(Sentence s, int noun) {
        return Lexicon.DEALS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))
                && s.children(noun, "amod").stream()
                        .anyMatch(a ->
                                Lexicon.TENTATIVE.contains(s.token(a).lemma().toLowerCase(Locale.ROOT)));
    }

    private static boolean carriesStatus(Sentence s, int dependent, String relation) {
        if (relation.startsWith("advcl")) {
            // An infinitive ("called on them to increase the sale") takes its status from its governor.
            return s.children(dependent, "mark").stream()
                    .anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
        }
        if (relation.startsWith("acl")) {
            // "a push to acquire", "attempts to obtain": the noun's status.
            return relation.equals("acl:to")
                    || s.children(dependent, "mark").stream()
                            .anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
        }
        return relation.equals("xcomp")
                || relation.equals("obj")
                || relation.startsWith("obl")
                || relation.startsWith("nmod")
                || relation.equals("conj")
                || relation.startsWith("conj:");
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

    // The actor right after a preposition between the trigger and the window's end.
    private static String after(Sentence s, List<Mention> mentions, int t, int windowEnd, String preposition) {
        for (int i = t + 1; i < windowEnd - 1; i++) {
            if (!s.token(i).word().equalsIgnoreCase(preposition)) {
                continue;
            }
            int j = i + 1;
            while (j < windowEnd
                    && (s.token(j).pos().equals("DT") || s.token(j).pos().equals("JJ"))) {
                j++;
            }
            String a = actorAt(mentions, j);
            if (a == null) {
                a = marked(s, mentions, t, i);
            }
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    // The party of the noun phrase a preposition introduces, read from the phrase's head, when the
    // phrase belongs to the trigger: hangs from it, from its object, or from the verb it is the object of.
    private static String marked(Sentence s, List<Mention> mentions, int t, int preposition) {
        Optional<Dependency> head = s.head(preposition);
        if (head.isEmpty()
                || !head.get().relation().equals("case")
                || head.get().governor() <= preposition) {
            return null;
        }
        int noun = head.get().governor();
        int governor = s.head(noun).map(Dependency::governor).orElse(-1);
        boolean belongs = governor == t
                || governor >= 0 && s.head(governor).map(d -> d.governor() == t).orElse(false)
                || governor >= 0 && s.head(t).map(d -> d.governor() == governor).orElse(false);
        return belongs ? party(s, mentions, noun) : null;
    }

    // The party a noun phrase names: an actor at its head; else one the head gives as an example or
    // in apposition ("adversaries such as Iran", "another ally, Iran", "an ally with a wider arsenal:
    // North Korea"); else a state or group that qualifies it ("the Russian company", "Russian
    // stockpiles"), unless the noun names how others stand to that state: "US adversaries" are not
    // the United States.
    static String party(Sentence s, List<Mention> mentions, int head) {
        String a = actorAt(mentions, head);
        if (a != null) {
            return a;
        }
        for (Dependency d : s.children(head)) {
            String r = d.relation();
            if (r.equals("appos") || r.equals("nmod:such_as") || r.equals("nmod:like") || r.equals("nmod:including")) {
                a = actorAt(mentions, d.dependent());
                if (a != null) {
                    return a;
                }
            }
        }
        List<Integer> phrase = s.subtree(head);
        for (int i : phrase) {
            if (s.token(i).word().equals(":") && phrase.contains(i + 1)) {
                a = actorAt(mentions, i + 1);
                if (a != null) {
                    return a;
                }
            }
        }
        if (Lexicon.NOT_PARTIES.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                a = actorAt(mentions, d.dependent());
                if (a != null) {
                    return a;
                }
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
    private static String origin(List<Mention> mentions, int t, int windowEnd) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (a.type() == Mention.Type.STATE
                    && b.type() == Mention.Type.ITEM
                    && b.start() - a.end() <= 1
                    && b.start() >= t - 3
                    && b.start() < windowEnd) {
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

    // Negated itself, or under a negated verb that controls it ("is not prepared to give", "has not
    // been able to obtain").
    static boolean negated(Sentence s, int t) {
        if (t >= 2
                && Set.of("or", "nor", "and").contains(s.token(t - 1).word().toLowerCase(Locale.ROOT))
                && s.token(t - 2).verb()
                && negated(s, t - 2)) {
            // "not provide or sell": the negation covers both verbs.
            return true;
        }
        int v = t;
        for (int depth = 0; depth < 3 && v >= 0; depth++) {
            for (Dependency d : s.children(v)) {
                boolean modifier = d.relation().equals("advmod")
                        || d.relation().equals("det")
                        || d.relation().equals("neg");
                if (modifier
                        && Lexicon.NEGATION.contains(
                                s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            if (v > 0 && Lexicon.NEGATION.contains(s.token(v - 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            Optional<Dependency> head = s.head(v);
            if (head.isEmpty()
                    || !(head.get().relation().equals("xcomp")
                            || head.get().relation().startsWith("conj"))) {
                break;
            }
            v = head.get().governor();
        }
        return false;
    }

    // The strongest status cue on the path from the trigger up through the verbs that govern it.
    // The path climbs through control ("seeking to buy"), objects and nominal modifiers ("potential
    // deals for munitions"), not into the clause a subordinate clause hangs from: "when the Soviet
    // Union supplied arms" keeps its own tense whatever the main clause's modality.
    static String status(Sentence s, int t) {
        List<Integer> path = new ArrayList<>();
        int v = t;
        for (int depth = 0; depth < 5 && v >= 0; depth++) {
            path.add(v);
            Optional<Dependency> head = s.head(v);
            if (head.isEmpty()
                    || head.get().governor() < 0
                    || !carriesStatus(s, v, head.get().relation())) {
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
            request |= Lexicon.REQUEST.contains(lemma) || p == t && Lexicon.TURN_TO.contains(lemma);
            negotiate |= Lexicon.NEGOTIATE.contains(lemma) || tentativeDeal(s, p);
            agree |= Lexicon.AGREE.contains(lemma);
            for (Dependency d : s.children(p)) {
                Token dep = s.token(d.dependent());
                String w = dep.lemma().toLowerCase(Locale.ROOT);
                negotiate |= d.relation().startsWith("obl") && tentativeDeal(s, d.dependent());
                if (d.relation().startsWith("aux")) {
                    potential |= Lexicon.MODALS.contains(w);
                } else if (!dep.ner().equals("DATE")
                        && (d.relation().startsWith("advmod") || d.relation().startsWith("amod"))) {
                    potential |= Lexicon.POTENTIAL.contains(w);
                }
            }
            potential |= Lexicon.POTENTIAL.contains(lemma) && !tok.verb() || Lexicon.INTEND.contains(lemma);
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
        // "a push to acquire", "attempts to obtain": an effort towards it.
        request |= t >= 2
                && s.token(t - 1).word().equalsIgnoreCase("to")
                && s.token(t - 2).noun()
                && Lexicon.REQUEST.contains(s.token(t - 2).lemma().toLowerCase(Locale.ROOT));
        if (agree && (potential || request)) {
            // An agreement hoped for, or one that could be sealed, is still being negotiated.
            return "negotiating";
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
