package org.armswatch.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.armswatch.extract.Actors;
import org.armswatch.extract.gazetteer.Entry;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.lists.ListVersion;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.armswatch.screen.ScreeningQuery;
import org.armswatch.screen.ScreeningResult;
import org.armswatch.screen.ScreeningUnavailableException;
import org.armswatch.screen.Thresholds;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.LinkStore;
import org.armswatch.store.db.ListStore;
import org.armswatch.store.db.ScreeningIndexes;

/**
 * Links the people and groups of the reporting to sanctions-list entries: each is screened by its
 * canonical name against the active lists (as {@code screen} does, at the default threshold), and
 * the analysts' judgements are applied — a rejected link is never shown, a confirmed one always.
 * States are not screened: the lists name persons, bodies and groups.
 */
final class ActorLinks {
    /**
     * A link between an actor and a list entry.
     *
     * @param entry the entry's id ({@code ofac:35173})
     * @param caption the entry's name
     * @param score the screening score, or null for a confirmed link the screening no longer finds
     * @param matchedName the entry's name the actor's name matched, or null
     * @param why how the name's words aligned with the entry's ({@code "sik → sik (exact, 1.00)"});
     *     empty for a confirmed link the screening no longer finds
     * @param judgement {@code confirmed}, or null when no analyst has judged it
     * @param note the analyst's note, or null
     */
    record Link(
            String entry,
            String caption,
            Double score,
            String matchedName,
            List<String> why,
            String judgement,
            String note) {}

    private final MatchIndex index;
    private final ListStore lists;
    private final Set<String> sources = new HashSet<>();
    private final Map<String, Map<String, LinkStore.Judgement>> judged = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();

    private ActorLinks(MatchIndex index, ListStore lists, List<LinkStore.Judgement> judgements, Gazetteer gazetteer) {
        this.index = index;
        this.lists = lists;
        for (ListVersion v : lists.activeVersions()) {
            sources.add(v.source());
        }
        for (LinkStore.Judgement j : judgements) {
            judged.computeIfAbsent(j.actor(), k -> new LinkedHashMap<>()).put(j.entry(), j);
        }
        for (Entry e : gazetteer.entries(Entry.Kind.ARMED_GROUP)) {
            groupNames.putIfAbsent(e.code(), e.canonical());
        }
    }

    /**
     * Links against the store's active lists; without loaded lists, only confirmed links.
     *
     * @param gazetteer for the names of armed groups
     */
    static ActorLinks open(Database db, Gazetteer gazetteer) {
        MatchIndex index;
        try {
            index = new ScreeningIndexes(db.lists(), NameNormalizer.standard())
                    .current()
                    .index();
        } catch (ScreeningUnavailableException e) {
            index = null;
        }
        return new ActorLinks(index, db.lists(), db.links().all(), gazetteer);
    }

    /** Whether lists are loaded to screen against. */
    boolean screening() {
        return index != null;
    }

    /** The actor's links, best first: the matches not rejected, then confirmed links not matched. */
    List<Link> of(Actors.Actor actor) {
        if (actor.kind().equals("state")) {
            return List.of();
        }
        Map<String, LinkStore.Judgement> judgements = judged.getOrDefault(actor.id(), Map.of());
        List<Link> out = new ArrayList<>();
        if (index != null) {
            String schema = actor.kind().equals("person") ? "Person" : "Organization";
            ScreeningQuery query =
                    new ScreeningQuery(name(actor), Optional.of(schema), List.of(), List.of(), List.of());
            for (ScreeningResult r : index.search(query, new MatchIndex.Options(Thresholds.DEFAULT, 5, sources))) {
                LinkStore.Judgement j = judgements.get(r.entry().id());
                if (!r.match() || j != null && !j.confirmed()) {
                    continue;
                }
                out.add(new Link(
                        r.entry().id(),
                        r.entry().caption(),
                        r.score(),
                        r.explanation().matchedName(),
                        r.explanation().tokens().stream()
                                .map(m -> String.format(
                                        Locale.ROOT,
                                        "%s → %s (%s, %.2f)",
                                        m.query(),
                                        m.listed().isEmpty() ? "nothing" : m.listed(),
                                        m.how(),
                                        m.similarity()))
                                .toList(),
                        j == null ? null : "confirmed",
                        j == null ? null : j.note()));
            }
        }
        for (LinkStore.Judgement j : judgements.values()) {
            if (j.confirmed() && out.stream().noneMatch(l -> l.entry().equals(j.entry()))) {
                String caption = lists.findActive(j.entry()).stream()
                        .findFirst()
                        .map(f -> f.entity().caption())
                        .orElse(j.entry());
                out.add(new Link(j.entry(), caption, null, null, List.of(), "confirmed", j.note()));
            }
        }
        return out;
    }

    // The name to screen: a person's canonical name, a group's name from the gazetteer.
    private String name(Actors.Actor actor) {
        return actor.kind().equals("group") ? groupNames.getOrDefault(actor.name(), actor.name()) : actor.name();
    }
}
