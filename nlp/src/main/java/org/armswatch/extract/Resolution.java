package org.armswatch.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.Denial;
import org.armswatch.extract.eval.Meeting;
import org.armswatch.extract.eval.Person;
import org.armswatch.extract.eval.Quote;
import org.armswatch.extract.eval.Transfer;
import org.armswatch.extract.gazetteer.Entry;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.extract.gazetteer.Match;
import org.armswatch.screen.Explanation;
import org.armswatch.screen.NameMatcher;
import org.armswatch.screen.NameNormalizer;

/**
 * Resolves the people of several analysed articles across them: names that denote one person in
 * different articles (one outlet's "Alexandra Petrova" is another's "Aleksandra Petrova") are given
 * one canonical name.
 *
 * <p><b>Contract.</b> {@link #resolve} returns the articles in the order given, each with the same
 * transfers, meetings, sanctions, denials and quotations, except that every person name (a
 * person's {@code name}, a quotation's speaker, a meeting participant, a claimant, a denier) that
 * is the canonical name of a person of the set is replaced by the canonical name of its
 * cross-article cluster; people of one article that end up with one name become one person, their
 * forms joined in order. Forms and affiliations are kept. The result does not depend on the order
 * of the articles (each article's result is the same whatever the order). Thread-safe.
 */
public final class Resolution {
    /*
     * The algorithm.
     *
     * 1. Names. Each person's canonical name is folded by the screening normaliser (transliterated,
     *    case-folded, punctuation removed); equal folds are one name. A name gathers its articles,
     *    the words of its affiliations (and of its gazetteer role) that say more than a rank
     *    (generic role words, stopwords and states are left out), the other names its articles
     *    mention, and its gazetteer entry when the gazetteer knows it as a person.
     * 2. Pairs. Two multi-word names that share a word are compared with the screening engine's
     *    name matcher in both directions, the lower score counting; every word of each must align
     *    with a word of the other (so "Kim Jong Un" and "Kim Jong Sik", or two different given
     *    names with one surname, never pair). A pair joins when
     *      - both are the same gazetteer person; or, neither being a different gazetteer person,
     *      - their affiliations do not disagree (both say something distinctive and share none
     *        of it), and
     *      - the score is at least STRONG (one word a close spelling variant), or at least WEAK
     *        (a first-name variant such as Mick/Mike, a looser transliteration) with support: a
     *        shared affiliation word, or two or more people both are mentioned with.
     *    Names of one article are never joined: the article has already told its people apart.
     * 3. Clusters. Joinable pairs are taken by score, best first (ties by the names), and merge
     *    two clusters only when no member of one cannot join a member of the other (a different
     *    gazetteer person, disagreeing affiliations, a shared article), so no chain of similar
     *    names links people that differ.
     * 4. Short forms. A one-word name joins the one multi-word cluster that has a member beginning or
     *    ending with that word; when several clusters do ("Kim" of two different people) it stays
     *    alone.
     * 5. Canonical name. The gazetteer's name where a member is a gazetteer person; else the fullest
     *    member (most words), then the one in most articles, then the most cited (speaker or
     *    participant), then the longest, then the first alphabetically.
     */

    /** Lowest score of a pair that joins when nothing contradicts it. */
    public static final double STRONG = 0.94;

    /** Lowest score of a pair that joins when context supports it. */
    public static final double WEAK = 0.85;

    // Lowest score of two affiliation words that are one word spelt two ways ("defense", "defence").
    private static final double SAME_WORD = 0.9;

    private static final String PERSON = "Person";

    // Words of an affiliation that say only a rank or nothing: shared by different people.
    private static final Set<String> GENERIC = Set.of(
            "a",
            "an",
            "the",
            "of",
            "at",
            "with",
            "for",
            "from",
            "to",
            "and",
            "in",
            "on",
            "by",
            "former",
            "senior",
            "deputy",
            "chief",
            "head",
            "minister",
            "president",
            "vice",
            "prime",
            "adviser",
            "advisor",
            "director",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "secretary",
            "official",
            "leader",
            "general",
            "analyst",
            "expert",
            "researcher",
            "fellow",
            "professor",
            "ambassador",
            "envoy",
            "representative",
            "chairman",
            "commander",
            "member",
            "officer",
            "us",
            "u",
            "s",
            "national",
            "state",
            "his",
            "her",
            "their",
            "its");

    private final Gazetteer gazetteer;
    private final NameMatcher matcher = NameMatcher.uniform();
    private final NameNormalizer normalizer = NameNormalizer.standard();

    public Resolution(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Why two names were joined.
     *
     * @param name one name, as an article gives it
     * @param other the other name
     * @param score the name matcher's score of the pair in [0,1] (1 for the gazetteer or a short form)
     * @param reasons what supported the join, such as {@code "affiliation: carnegie"}, {@code
     *     "co-mentioned: Ivan Orlov"}, {@code "gazetteer: Jake Sullivan"}, {@code "short form"}
     */
    public record Link(String name, String other, double score, List<String> reasons) {
        public Link {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The articles resolved.
     *
     * @param articles the articles, in the order given, with names rewritten
     * @param canonical for each person name of the input, the canonical name of its cluster
     * @param links the joins made, in the order they were made
     */
    public record Result(List<Annotations> articles, Map<String, String> canonical, List<Link> links) {
        public Result {
            articles = List.copyOf(articles);
            canonical = Map.copyOf(canonical);
            links = List.copyOf(links);
        }
    }

    /** Resolves the people of {@code articles} across them (see the class comment). */
    public Result resolve(List<Annotations> articles) {
        Map<String, Name> names = names(articles);
        List<Name> sorted = new ArrayList<>(names.values());
        Clusters clusters = new Clusters(sorted);
        List<Link> links = new ArrayList<>();
        for (Candidate c : candidates(sorted)) {
            if (clusters.join(c.a(), c.b(), this::apart)) {
                links.add(new Link(c.a().spelling(), c.b().spelling(), c.score(), c.reasons()));
            }
        }
        for (Name n : sorted) {
            if (n.words().size() == 1) {
                Optional<Name> full = shortForm(n, sorted, clusters);
                if (full.isPresent() && clusters.join(n, full.get(), this::apart)) {
                    links.add(new Link(
                            n.spelling(), full.get().spelling(), 1.0, List.of("short form of the one full name")));
                }
            }
        }
        Map<String, Integer> cited = citations(articles);
        Map<String, String> canonical = new LinkedHashMap<>();
        for (List<Name> members : clusters.groups()) {
            String chosen = canonicalName(members, cited);
            for (Name n : members) {
                for (String spelling : n.spellings()) {
                    canonical.put(spelling, chosen);
                }
            }
        }
        List<Annotations> out = new ArrayList<>();
        for (Annotations a : articles) {
            out.add(rewrite(a, name -> {
                Name n = names.get(fold(name));
                return n == null ? name : canonical.get(n.spellings().first());
            }));
        }
        return new Result(out, canonical, links);
    }

    // A person name with what the articles say about it.
    private record Name(
            String key,
            List<String> words,
            TreeSet<String> spellings,
            Map<String, Integer> spellingCounts,
            Set<String> articles,
            Set<String> affiliation,
            Set<String> comentioned,
            String gazetteer) {
        Name known(String entry) {
            return new Name(key, words, spellings, spellingCounts, articles, affiliation, comentioned, entry);
        }

        String spelling() {
            return spellingCounts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow()
                    .getKey();
        }
    }

    private record Candidate(Name a, Name b, double score, List<String> reasons) {}

    private Map<String, Name> names(List<Annotations> articles) {
        Map<String, Name> names = new TreeMap<>();
        for (Annotations a : articles) {
            for (Person p : a.people()) {
                String key = fold(p.name());
                if (key.isEmpty()) {
                    continue;
                }
                Name n = names.computeIfAbsent(
                        key,
                        k -> new Name(
                                k,
                                List.of(k.split(" ")),
                                new TreeSet<>(),
                                new TreeMap<>(),
                                new TreeSet<>(),
                                new TreeSet<>(),
                                new TreeSet<>(),
                                null));
                n.spellings().add(p.name());
                n.spellingCounts().merge(p.name(), 1, Integer::sum);
                n.articles().add(a.doc());
                n.affiliation().addAll(distinctive(p.affiliation()));
                for (Person other : a.people()) {
                    String o = fold(other.name());
                    if (!o.equals(key) && !o.isEmpty()) {
                        n.comentioned().add(o);
                    }
                }
            }
        }
        names.replaceAll((k, n) -> n.known(n.spellings().stream()
                .map(this::gazetteerPerson)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null)));
        for (Name n : names.values()) {
            if (n.gazetteer() != null) {
                gazetteer.entries(Entry.Kind.PERSON).stream()
                        .filter(e -> e.canonical().equals(n.gazetteer()) && e.role() != null)
                        .forEach(e -> n.affiliation().addAll(distinctive(e.role())));
            }
        }
        return names;
    }

    // How often each folded name is a speaker or a meeting participant.
    private Map<String, Integer> citations(List<Annotations> articles) {
        Map<String, Integer> cited = new HashMap<>();
        for (Annotations a : articles) {
            for (Quote q : a.quotes()) {
                cited.merge(fold(q.speaker()), 1, Integer::sum);
            }
            for (Meeting m : a.meetings()) {
                m.participants().forEach(p -> cited.merge(fold(p), 1, Integer::sum));
            }
        }
        return cited;
    }

    // The joinable pairs of multi-word names, best first.
    private List<Candidate> candidates(List<Name> names) {
        Map<String, List<Name>> byWord = new TreeMap<>();
        for (Name n : names) {
            if (n.words().size() > 1) {
                new TreeSet<>(n.words()).forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>())
                        .add(n));
            }
        }
        Set<List<String>> seen = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (List<Name> group : byWord.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Name a = group.get(i);
                    Name b = group.get(j);
                    if (seen.add(List.of(a.key(), b.key()))) {
                        judge(a, b).ifPresent(out::add);
                    }
                }
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score)
                .reversed()
                .thenComparing(c -> c.a().key())
                .thenComparing(c -> c.b().key()));
        return out;
    }

    // Whether and why two multi-word names join (step 2 of the algorithm).
    private Optional<Candidate> judge(Name a, Name b) {
        if (!Collections.disjoint(a.articles(), b.articles())) {
            return Optional.empty();
        }
        if (a.gazetteer() != null && a.gazetteer().equals(b.gazetteer())) {
            return Optional.of(new Candidate(a, b, 1.0, List.of("gazetteer: " + a.gazetteer())));
        }
        if (a.gazetteer() != null && b.gazetteer() != null) {
            return Optional.empty();
        }
        double score = similarity(a.spelling(), b.spelling());
        if (score < WEAK || disagree(a, b)) {
            return Optional.empty();
        }
        List<String> shared = shared(a.affiliation(), b.affiliation());
        List<String> reasons = new ArrayList<>();
        if (!shared.isEmpty()) {
            reasons.add("affiliation: " + String.join(", ", shared));
        }
        Set<String> together = new TreeSet<>(a.comentioned());
        together.retainAll(b.comentioned());
        if (!together.isEmpty()) {
            reasons.add("co-mentioned: " + String.join(", ", together));
        }
        boolean joins = score >= STRONG || !shared.isEmpty() || together.size() >= 2;
        if (!joins) {
            return Optional.empty();
        }
        if (reasons.isEmpty()) {
            reasons.add("a close spelling, no affiliation against it");
        }
        return Optional.of(new Candidate(a, b, score, reasons));
    }

    // The lower of the two directions' scores, or 0 when some word of either aligns with nothing.
    private double similarity(String a, String b) {
        NameMatcher.Comparison ab = matcher.compare(PERSON, a, b);
        NameMatcher.Comparison ba = matcher.compare(PERSON, b, a);
        for (NameMatcher.Comparison c : List.of(ab, ba)) {
            for (Explanation.TokenMatch t : c.tokens()) {
                if (t.how().equals("unmatched")) {
                    return 0;
                }
            }
        }
        return Math.min(ab.score(), ba.score());
    }

    // Whether two names cannot be one person: different gazetteer people, a shared article, or
    // affiliations that both say something and share nothing.
    private boolean apart(Name a, Name b) {
        return (a.gazetteer() != null && b.gazetteer() != null && !a.gazetteer().equals(b.gazetteer()))
                || !Collections.disjoint(a.articles(), b.articles())
                || disagree(a, b);
    }

    private boolean disagree(Name a, Name b) {
        return !a.affiliation().isEmpty()
                && !b.affiliation().isEmpty()
                && shared(a.affiliation(), b.affiliation()).isEmpty();
    }

    // Affiliation words of the two that are one word: equal, or spelling variants ("defense", "defence").
    private List<String> shared(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>();
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || (x.length() >= 5 && similarity(x, y) >= SAME_WORD)) {
                    out.add(x);
                    break;
                }
            }
        }
        return out;
    }

    // The one multi-word cluster a one-word name begins or ends (step 4), if exactly one.
    private static Optional<Name> shortForm(Name n, List<Name> names, Clusters clusters) {
        String word = n.words().get(0);
        Map<String, Name> found = new TreeMap<>();
        for (Name full : names) {
            List<String> w = full.words();
            if (w.size() > 1 && (w.get(0).equals(word) || w.get(w.size() - 1).equals(word))) {
                found.putIfAbsent(clusters.root(full), full);
            }
        }
        return found.size() == 1 ? Optional.of(found.values().iterator().next()) : Optional.empty();
    }

    private static String canonicalName(Collection<Name> members, Map<String, Integer> cited) {
        for (Name n : members) {
            if (n.gazetteer() != null) {
                return n.gazetteer();
            }
        }
        return members.stream()
                .sorted(Comparator.<Name>comparingInt(n -> -n.words().size())
                        .thenComparingInt(n -> -n.articles().size())
                        .thenComparingInt(n -> -cited.getOrDefault(n.key(), 0))
                        .thenComparingInt(n -> -n.spelling().length())
                        .thenComparing(Name::spelling))
                .findFirst()
                .orElseThrow()
                .spelling();
    }

    private Set<String> distinctive(String affiliation) {
        Set<String> out = new TreeSet<>();
        if (affiliation == null) {
            return out;
        }
        for (String w : normalizer.fold(affiliation).split(" ")) {
            if (w.length() > 1 && !GENERIC.contains(w) && gazetteer.state(w).isEmpty()) {
                out.add(w.equals("advisor") ? "adviser" : w);
            }
        }
        return out;
    }

    private Optional<String> gazetteerPerson(String name) {
        List<String> words = List.of(name.split("\\s+"));
        for (Match m : gazetteer.find(words)) {
            if (m.start() == 0 && m.end() == words.size() && m.entry().kind() == Entry.Kind.PERSON) {
                return Optional.of(m.entry().canonical());
            }
        }
        return Optional.empty();
    }

    private String fold(String name) {
        return name == null ? "" : normalizer.fold(name).toLowerCase(Locale.ROOT);
    }

    private static Annotations rewrite(Annotations a, UnaryOperator<String> to) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (Person p : a.people()) {
            String name = to.apply(p.name());
            Person before = people.get(name);
            if (before == null) {
                people.put(name, new Person(name, p.forms(), p.affiliation()));
            } else {
                LinkedHashSet<String> forms = new LinkedHashSet<>(before.forms());
                forms.addAll(p.forms());
                people.put(
                        name,
                        new Person(
                                name,
                                List.copyOf(forms),
                                before.affiliation() != null ? before.affiliation() : p.affiliation()));
            }
        }
        return new Annotations(
                a.doc(),
                a.outlet(),
                a.published(),
                a.transfers().stream()
                        .map(t -> t.claimedBy() == null
                                ? t
                                : new Transfer(
                                        t.supplier(),
                                        t.recipient(),
                                        t.endUser(),
                                        t.items(),
                                        t.status(),
                                        t.quantity(),
                                        to.apply(t.claimedBy()),
                                        t.evidence(),
                                        t.optional()))
                        .toList(),
                a.meetings().stream()
                        .map(m -> new Meeting(
                                m.participants().stream().map(to).toList(),
                                m.place(),
                                m.when(),
                                m.status(),
                                m.evidence(),
                                m.optional()))
                        .toList(),
                a.sanctions(),
                a.denials().stream()
                        .map(d -> new Denial(to.apply(d.denier()), d.denies(), d.evidence(), d.optional()))
                        .toList(),
                a.quotes().stream()
                        .map(q -> new Quote(to.apply(q.speaker()), q.starts(), q.text()))
                        .toList(),
                List.copyOf(people.values()));
    }

    // Union-find over names whose roots are the alphabetically first member; a join checks every
    // cross pair of members first.
    private static final class Clusters {
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, List<Name>> members = new TreeMap<>();

        Clusters(List<Name> names) {
            for (Name n : names) {
                parent.put(n.key(), n.key());
                members.put(n.key(), new ArrayList<>(List.of(n)));
            }
        }

        String root(Name n) {
            String r = n.key();
            while (!parent.get(r).equals(r)) {
                r = parent.get(r);
            }
            return r;
        }

        boolean join(Name a, Name b, BiPredicate<Name, Name> apart) {
            String ra = root(a);
            String rb = root(b);
            if (ra.equals(rb)) {
                return false;
            }
            for (Name x : members.get(ra)) {
                for (Name y : members.get(rb)) {
                    if (apart.test(x, y)) {
                        return false;
                    }
                }
            }
            String keep = ra.compareTo(rb) < 0 ? ra : rb;
            String gone = keep.equals(ra) ? rb : ra;
            parent.put(gone, keep);
            members.get(keep).addAll(members.remove(gone));
            return true;
        }

        Collection<List<Name>> groups() {
            return members.values();
        }
    }
}
