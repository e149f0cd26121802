package org.armswatch.corroborate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.armswatch.extract.eval.Denial;
import org.armswatch.extract.eval.Transfer;
import org.armswatch.extract.eval.Vocabulary;

/**
 * Groups the transfer claims of many articles into the transfers they describe.
 *
 * <p>A claim joins a group when it has the group's supplier and recipient, its items overlap the
 * group's (general arms — {@code weapons_unspecified} — overlap every kind of arms, but not
 * technology, dual-use goods or economic support), and its article's date lies within {@link
 * #WINDOW_DAYS} of every claim's in the group (an undated claim fits any group).
 *
 * <p>Independent sources count outlets, not articles: an article and its syndicated copies or
 * duplicates are one; articles of one outlet are one; an article whose claims in the group all
 * cite the same single party ("…, Kirby said") rests on that party, so outlets that only repeat
 * one spokesman count once.
 *
 * <p>A denial stands beside a group when the denier is one of its parties, the denial names the
 * other party, and it is told within {@link #WINDOW_DAYS} of one of the group's claims.
 */
public final class ClaimGroups {
    /** How far apart (in days) the claims of one group may be dated. */
    public static final int WINDOW_DAYS = 183;

    /** Transfer statuses, weakest first: speculation, a request, talks, a deal, a delivery. */
    public static final List<String> STRENGTH = List.of("potential", "requested", "negotiating", "agreed", "delivered");

    private static final Set<String> NOT_ARMS = Set.of("military_technology", "dual_use", "economic");

    private ClaimGroups() {}

    /**
     * The claim groups of the articles, in the order of their first claim (oldest first).
     *
     * @param named the parties (state codes and group slugs) a sentence names
     */
    public static List<ClaimGroup> group(List<Reported> articles, Function<String, Set<String>> named) {
        Map<Long, Reported> byId = new HashMap<>();
        List<ClaimGroup.Claim> claims = new ArrayList<>();
        for (Reported a : articles) {
            byId.put(a.article(), a);
            for (Transfer t : a.transfers()) {
                if (!t.optional()) {
                    claims.add(new ClaimGroup.Claim(a.article(), a.outlet(), a.date(), t));
                }
            }
        }
        claims.sort(Comparator.comparing(ClaimGroup.Claim::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(ClaimGroup.Claim::article));
        List<List<ClaimGroup.Claim>> groups = new ArrayList<>();
        for (ClaimGroup.Claim c : claims) {
            List<ClaimGroup.Claim> home =
                    groups.stream().filter(g -> joins(g, c)).findFirst().orElse(null);
            if (home == null) {
                groups.add(new ArrayList<>(List.of(c)));
            } else {
                home.add(c);
            }
        }
        List<ClaimGroup> out = new ArrayList<>();
        Map<String, Integer> perPair = new HashMap<>();
        for (List<ClaimGroup.Claim> g : groups) {
            ClaimGroup.Claim first = g.getFirst();
            String pair = first.transfer().supplier() + "-" + first.transfer().recipient();
            int n = perPair.merge(pair, 1, Integer::sum);
            Set<String> items = new LinkedHashSet<>();
            g.forEach(c -> items.addAll(c.transfer().items()));
            out.add(new ClaimGroup(
                    pair + "-" + n,
                    first.transfer().supplier(),
                    first.transfer().recipient(),
                    items,
                    g,
                    history(g),
                    sources(g, byId),
                    denials(g, articles, named)));
        }
        return out;
    }

    // Same parties, items that overlap the group's, and a date near every claim's in it.
    private static boolean joins(List<ClaimGroup.Claim> group, ClaimGroup.Claim c) {
        Transfer t = c.transfer();
        List<String> items = new ArrayList<>();
        for (ClaimGroup.Claim o : group) {
            if (!o.transfer().supplier().equals(t.supplier())
                    || !o.transfer().recipient().equals(t.recipient())
                    || !near(o.date(), c.date())) {
                return false;
            }
            items.addAll(o.transfer().items());
        }
        return overlap(items, t.items());
    }

    /** Whether two item lists share a category, general arms sharing with every kind of arms. */
    static boolean overlap(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || general(x) && arms(y) || general(y) && arms(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean general(String item) {
        return item.equals("weapons_unspecified");
    }

    private static boolean arms(String item) {
        return Vocabulary.ITEMS.contains(item) && !NOT_ARMS.contains(item);
    }

    private static boolean near(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= WINDOW_DAYS;
    }

    // Each status the claims reach, at the first (oldest) claim that reaches it, weakest first.
    private static List<ClaimGroup.Claim> history(List<ClaimGroup.Claim> group) {
        Map<String, ClaimGroup.Claim> first = new LinkedHashMap<>();
        for (ClaimGroup.Claim c : group) {
            first.putIfAbsent(c.transfer().status(), c);
        }
        return first.values().stream()
                .sorted(Comparator.comparingInt(
                        c -> STRENGTH.indexOf(c.transfer().status())))
                .toList();
    }

    private static List<ClaimGroup.Source> sources(List<ClaimGroup.Claim> group, Map<Long, Reported> byId) {
        Map<Long, Set<String>> cited = new LinkedHashMap<>();
        for (ClaimGroup.Claim c : group) {
            String by = c.transfer().claimedBy();
            cited.computeIfAbsent(c.article(), k -> new LinkedHashSet<>()).add(by == null ? "" : by);
        }
        Map<String, List<Long>> sources = new LinkedHashMap<>();
        for (Map.Entry<Long, Set<String>> e : cited.entrySet()) {
            Reported article = byId.get(e.getKey());
            Set<String> by = e.getValue();
            String label = by.size() == 1 && !by.contains("")
                    ? "cited: " + by.iterator().next()
                    : outlet(article, byId);
            List<Long> ids = sources.computeIfAbsent(label, k -> new ArrayList<>());
            if (!ids.contains(article.article())) {
                ids.add(article.article());
            }
        }
        return sources.entrySet().stream()
                .map(e -> new ClaimGroup.Source(e.getKey(), e.getValue()))
                .toList();
    }

    // An article's outlet, as the article it copies names it; "article N" (N the original's id) when unknown.
    private static String outlet(Reported article, Map<Long, Reported> byId) {
        Reported original = byId.getOrDefault(article.copyOf(), article);
        String outlet = original.outlet() != null ? original.outlet() : article.outlet();
        return outlet != null ? outlet : "article " + original.article();
    }

    private static List<ClaimGroup.Denied> denials(
            List<ClaimGroup.Claim> group, List<Reported> articles, Function<String, Set<String>> named) {
        Transfer t = group.getFirst().transfer();
        List<ClaimGroup.Denied> out = new ArrayList<>();
        for (Reported a : articles) {
            for (Denial d : a.denials()) {
                String other = d.denier().equals(t.supplier())
                        ? t.recipient()
                        : d.denier().equals(t.recipient()) ? t.supplier() : null;
                if (other != null
                        && named.apply(d.evidence()).contains(other)
                        && group.stream().anyMatch(c -> near(c.date(), a.date()))) {
                    out.add(new ClaimGroup.Denied(a.article(), a.date(), d));
                }
            }
        }
        return out;
    }
}
