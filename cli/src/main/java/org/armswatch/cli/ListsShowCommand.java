package org.armswatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.armswatch.model.Countries;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmJson;
import org.armswatch.model.FtmModel;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armswatch lists show}: one entry with its names, sanctions, relationships and the same party in other lists. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Show one list entry of the active versions by its id (un:KPe.028, ofac:12214, uk:DPR0177, eu:EU.27.28, os:NK-…):"
                        + " names with their quality, properties, sanctions, relationships, and its entries in other lists.",
        footer = {"", ExitCode.HELP})
final class ListsShowCommand implements Callable<Integer> {
    private static final List<String> NAME_PROPS = List.of("name", "alias", "weakAlias", "previousName");
    private static final Map<String, String> NAME_LABELS =
            Map.of("name", "name", "alias", "alias (strong)", "weakAlias", "alias (weak)", "previousName", "formerly");
    private static final Set<String> COUNTRY_PROPS = Set.of(
            "country",
            "nationality",
            "citizenship",
            "jurisdiction",
            "birthCountry",
            "flag",
            "mainCountry",
            "pastFlags");

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    FormatOption output;

    @Parameters(paramLabel = "ID", description = "The entry's id, <source prefix>:<publisher's id>.")
    String id;

    /** One entry of one active version with what surrounds it. */
    private record Shown(
            ListStore.Found found, List<Entity> adjacent, Map<String, String> captions, List<ListStore.Found> linked) {}

    @Override
    public Integer call() throws Exception {
        List<Shown> shown = new ArrayList<>();
        try (Database db = GlobalOptions.open(global.settings())) {
            ListStore store = db.lists();
            for (ListStore.Found f : store.findActive(id.trim())) {
                long version = f.version().id();
                List<Entity> adjacent = store.adjacent(version, f.entity().id());
                Map<String, String> captions = new LinkedHashMap<>();
                for (Entity a : adjacent) {
                    FtmModel.get().edge(a.schema()).ifPresent(edge -> {
                        for (String end : List.of(edge.source(), edge.target())) {
                            for (String other : a.values(end)) {
                                captions.computeIfAbsent(other, o -> store.entity(version, o)
                                        .map(Entity::caption)
                                        .orElse("(not in this list)"));
                            }
                        }
                    });
                }
                shown.add(new Shown(
                        f, adjacent, captions, store.linked(version, f.entity().id())));
            }
        }
        if (shown.isEmpty()) {
            throw new CliException(
                    ExitCode.NOT_FOUND,
                    "no entry '" + id
                            + "' in the active list versions (ids look like un:KPe.028, ofac:12214, uk:DPR0177)");
        }
        if (output.json()) {
            Json.print(
                    spec.commandLine().getOut(),
                    shown.stream().map(ListsShowCommand::json).toList());
        } else {
            PrintWriter out = spec.commandLine().getOut();
            shown.forEach(s -> text(out, s));
            out.flush();
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> json(Shown s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", s.found().version().source());
        m.put("version", s.found().version().id());
        m.put("entity", FtmJson.toNode(s.found().entity()));
        m.put("adjacent", s.adjacent().stream().map(FtmJson::toNode).toList());
        m.put(
                "linked",
                s.linked().stream()
                        .map(l -> {
                            Map<String, Object> o = new LinkedHashMap<>();
                            o.put("id", l.entity().id());
                            o.put("source", l.version().source());
                            o.put("version", l.version().id());
                            o.put("schema", l.entity().schema());
                            o.put("caption", l.entity().caption());
                            return o;
                        })
                        .toList());
        return m;
    }

    private static void text(PrintWriter out, Shown s) {
        Entity e = s.found().entity();
        out.println(e.id() + "  " + e.caption());
        out.println("  " + e.schema() + " · " + s.found().version().source() + " v"
                + s.found().version().id() + " ("
                + ListViews.date(s.found().version().publishedAt()) + ")");
        out.println("  names:");
        for (String p : NAME_PROPS) {
            e.values(p).forEach(v -> out.printf("    %-15s %s%n", NAME_LABELS.get(p), v));
        }
        List<String> others = e.properties().keySet().stream()
                .filter(p -> !NAME_PROPS.contains(p))
                .toList();
        if (!others.isEmpty()) {
            out.println("  properties:");
            for (String p : others) {
                e.values(p)
                        .forEach(v -> out.printf(
                                "    %-15s %s%n",
                                p, COUNTRY_PROPS.contains(p) ? Countries.get().toAlpha3(v) : v));
            }
        }
        List<Entity> sanctions =
                s.adjacent().stream().filter(a -> a.schema().equals("Sanction")).toList();
        if (!sanctions.isEmpty()) {
            out.println("  sanctions:");
            for (Entity a : sanctions) {
                List<String> parts = new ArrayList<>();
                a.values("authority").forEach(parts::add);
                a.values("program").forEach(parts::add);
                a.values("listingDate").forEach(d -> parts.add("listed " + d));
                a.values("unscId").forEach(u -> parts.add("UN ref " + u));
                a.values("provisions").forEach(parts::add);
                out.println("    " + String.join(" · ", parts));
            }
        }
        List<Entity> links = s.adjacent().stream()
                .filter(a -> FtmModel.get().edge(a.schema()).isPresent())
                .toList();
        if (!links.isEmpty()) {
            out.println("  relationships:");
            for (Entity a : links) {
                FtmModel.Edge edge = FtmModel.get().edge(a.schema()).orElseThrow();
                String role =
                        String.join(", ", a.values("role").isEmpty() ? a.values("relationship") : a.values("role"));
                for (String src : a.values(edge.source())) {
                    for (String dst : a.values(edge.target())) {
                        out.printf(
                                "    %s%s: %s %s → %s %s%n",
                                a.schema(),
                                role.isEmpty() ? "" : " (" + role + ")",
                                src,
                                s.captions().getOrDefault(src, ""),
                                dst,
                                s.captions().getOrDefault(dst, ""));
                    }
                }
            }
        }
        if (!s.linked().isEmpty()) {
            out.println("  same party in other entries:");
            for (ListStore.Found l : s.linked()) {
                out.printf(
                        "    %-20s %-14s v%-4d %s%n",
                        l.entity().id(),
                        l.version().source(),
                        l.version().id(),
                        l.entity().caption());
            }
        }
        out.println();
    }
}
