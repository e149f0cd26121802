package org.armswatch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.armswatch.assess.Assessor;
import org.armswatch.corroborate.ClaimGroup;
import org.armswatch.extract.Actors;
import org.armswatch.extract.eval.Annotations;

/**
 * The register as data: one ordered map per claim group (the JSON of {@code report}, and what
 * the other forms print), with its parties' list links.
 */
final class RegisterView {
    private RegisterView() {}

    /**
     * The groups of the register as maps, with the links of their non-state parties and their
     * assessment on the date of the article that told their strongest status.
     */
    static List<Map<String, Object>> groups(Register register, ActorLinks links, Assessor assessor) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ClaimGroup g : register.groups()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", g.id());
            m.put("supplier", g.supplier());
            m.put("recipient", g.recipient());
            m.put("items", g.items().stream().sorted().toList());
            ClaimGroup.Claim strongest = g.strongest();
            m.put("status", strongest.transfer().status());
            m.put("status_since", dated(strongest));
            m.put(
                    "history",
                    g.history().stream()
                            .map(c -> {
                                Map<String, Object> step = new LinkedHashMap<>();
                                step.put("status", c.transfer().status());
                                step.put("date", dated(c));
                                step.put("article", c.article());
                                return step;
                            })
                            .toList());
            m.put("independent_sources", g.sources().size());
            m.put(
                    "sources",
                    g.sources().stream()
                            .map(s -> Map.of("source", s.label(), "articles", s.articles()))
                            .toList());
            List<Map<String, Object>> claims = new ArrayList<>();
            for (ClaimGroup.Claim c : g.claims()) {
                Map<String, Object> claim = new LinkedHashMap<>();
                claim.put("article", c.article());
                claim.put("outlet", c.outlet());
                claim.put("date", c.date() == null ? null : c.date().toString());
                claim.put("status", c.transfer().status());
                claim.put("items", c.transfer().items());
                claim.put("quantity", c.transfer().quantity());
                claim.put("claimed_by", c.transfer().claimedBy());
                claim.put("evidence", c.transfer().evidence());
                claims.add(claim);
            }
            m.put("claims", claims);
            m.put(
                    "denials",
                    g.denials().stream()
                            .map(d -> {
                                Map<String, Object> x = new LinkedHashMap<>();
                                x.put("article", d.article());
                                x.put("date", d.date() == null ? null : d.date().toString());
                                x.put("denier", d.denial().denier());
                                x.put("evidence", d.denial().evidence());
                                return x;
                            })
                            .toList());
            Map<String, Object> linked = new LinkedHashMap<>();
            for (String party : List.of(g.supplier(), g.recipient())) {
                Actors.Actor actor = Actors.party(party);
                List<ActorLinks.Link> found = links.of(actor);
                if (!found.isEmpty()) {
                    linked.put(actor.id(), found);
                }
            }
            m.put("list_links", linked);
            m.putAll(AssessCommand.assessed(
                    assessor,
                    g.supplier(),
                    g.recipient(),
                    g.items().stream().sorted().toList(),
                    register.articles().get(strongest.article())));
            out.add(m);
        }
        return out;
    }

    /** The people and groups of every analysed article with their list links, by actor id. */
    static Map<String, Object> actors(Register register, ActorLinks links) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<Long, Annotations> a : register.analyses().entrySet()) {
            for (Actors.Actor actor : Actors.of(a.getValue())) {
                if (actor.kind().equals("state") || out.containsKey(actor.id())) {
                    continue;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", actor.kind());
                m.put("name", actor.name());
                m.put("links", links.of(actor));
                out.put(actor.id(), m);
            }
        }
        return out;
    }

    private static String dated(ClaimGroup.Claim c) {
        return Optional.ofNullable(c.date()).map(Object::toString).orElse(null);
    }
}
