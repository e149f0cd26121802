package org.armswatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.armswatch.assess.Assessor;
import org.armswatch.assess.Regimes;
import org.armswatch.corroborate.ClaimGroup;
import org.armswatch.extract.Actors;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.store.db.ArticleStore;
import org.armswatch.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code armswatch export}: the register for other tools. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Export the transfer register of the analysed articles for other tools:",
            "  ftm      FollowTheMoney JSON lines: each article (Article), each party (Organization for states and"
                    + " groups, Person for people with their list links in notes), each claim group (Event"
                    + " involving supplier and recipient) and each claim (Documentation of the event by its article)",
            "  csv      one row per claim, with its claim group (cells a spreadsheet would run as formulas are"
                    + " neutralised)",
            "  graphml  the parties as nodes and the claim groups as directed edges (supplier → recipient), for Gephi"
        },
        footer = {"", ExitCode.HELP})
final class ExportCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The export forms. */
    enum Form {
        ftm,
        csv,
        graphml
    }

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            required = true,
            description = "Export form: ${COMPLETION-CANDIDATES}.")
    Form format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Database db = GlobalOptions.open(global.settings())) {
            Gazetteer gazetteer = Gazetteer.standard();
            Register register = Register.read(db, gazetteer);
            ActorLinks links = ActorLinks.open(db, gazetteer);
            Destination.write(spec, out, w -> write(w, register, links, gazetteer));
        }
        return ExitCode.OK;
    }

    private void write(PrintWriter w, Register register, ActorLinks links, Gazetteer gazetteer) throws Exception {
        switch (format) {
            case ftm -> ftm(w, register, links, gazetteer);
            case csv -> csv(w, register);
            case graphml -> graphml(w, register);
        }
    }

    private static void csv(PrintWriter w, Register register) {
        List<String> header = List.of(
                "claim_group",
                "article",
                "outlet",
                "date",
                "supplier",
                "recipient",
                "items",
                "status",
                "quantity",
                "claimed_by",
                "evidence");
        try (SafeCsv csv = new SafeCsv(w, header)) {
            for (ClaimGroup g : register.groups()) {
                for (ClaimGroup.Claim c : g.claims()) {
                    csv.row(Arrays.asList(
                            g.id(),
                            c.article(),
                            c.outlet(),
                            c.date(),
                            c.transfer().supplier(),
                            c.transfer().recipient(),
                            String.join(" ", c.transfer().items()),
                            c.transfer().status(),
                            c.transfer().quantity(),
                            c.transfer().claimedBy(),
                            c.transfer().evidence()));
                }
            }
        }
    }

    private static void ftm(PrintWriter w, Register register, ActorLinks links, Gazetteer gazetteer) throws Exception {
        for (ArticleStore.Stored a : register.articles().values()) {
            Map<String, List<String>> p = new LinkedHashMap<>();
            put(p, "title", a.title());
            put(p, "publisher", a.outlet());
            put(p, "publishedAt", a.published() == null ? null : a.published().toString());
            put(p, "sourceUrl", a.source().startsWith("http") ? a.source() : null);
            put(p, "contentHash", a.rawSha256());
            entity(w, "aw-article-" + a.id(), "Article", p);
        }
        for (String code : parties(register)) {
            Actors.Actor actor = Actors.party(code);
            Map<String, List<String>> p = new LinkedHashMap<>();
            put(p, "name", actor.name());
            if (actor.kind().equals("state")) {
                gazetteer.alpha2(code).ifPresent(a2 -> put(p, "jurisdiction", a2.toLowerCase(Locale.ROOT)));
                put(p, "topics", "gov");
            }
            notes(p, links.of(actor));
            entity(w, id(actor), "Organization", p);
        }
        Set<String> people = new LinkedHashSet<>();
        for (Map.Entry<Long, Annotations> a : register.analyses().entrySet()) {
            for (Actors.Actor actor : Actors.of(a.getValue())) {
                if (!actor.kind().equals("person")) {
                    continue;
                }
                if (people.add(actor.id())) {
                    Map<String, List<String>> p = new LinkedHashMap<>();
                    put(p, "name", actor.name());
                    notes(p, links.of(actor));
                    entity(w, id(actor), "Person", p);
                }
                Map<String, List<String>> d = new LinkedHashMap<>();
                put(d, "document", "aw-article-" + a.getKey());
                put(d, "entity", id(actor));
                put(d, "role", "named");
                entity(w, "aw-named-" + a.getKey() + "-" + actor.id().replace(':', '-'), "Documentation", d);
            }
        }
        Map<Object, Map<String, Object>> views = new HashMap<>();
        RegisterView.groups(register, links, new Assessor(Regimes.standard())).forEach(v -> views.put(v.get("id"), v));
        for (ClaimGroup g : register.groups()) {
            Map<String, List<String>> p = new LinkedHashMap<>();
            put(p, "name", g.supplier() + " → " + g.recipient() + ": " + String.join(", ", g.items()));
            put(p, "summary", RegisterText.history(views.get(g.id())));
            put(p, "involved", id(Actors.party(g.supplier())));
            put(p, "involved", id(Actors.party(g.recipient())));
            g.claims().stream()
                    .map(ClaimGroup.Claim::date)
                    .filter(Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .ifPresent(d -> put(p, "startDate", d.toString()));
            put(
                    p,
                    "notes",
                    "strongest status: " + g.strongest().transfer().status() + "; independent sources: "
                            + g.sources().size());
            entity(w, "aw-transfer-" + g.id(), "Event", p);
            int n = 0;
            for (ClaimGroup.Claim c : g.claims()) {
                Map<String, List<String>> d = new LinkedHashMap<>();
                put(d, "document", "aw-article-" + c.article());
                put(d, "entity", "aw-transfer-" + g.id());
                put(d, "role", "claim: " + c.transfer().status());
                put(d, "summary", c.transfer().evidence());
                entity(w, "aw-claim-" + g.id() + "-" + ++n, "Documentation", d);
            }
        }
    }

    private static void graphml(PrintWriter w, Register register) {
        w.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        w.println("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">");
        w.println("  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>");
        w.println("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>");
        w.println("  <key id=\"items\" for=\"edge\" attr.name=\"items\" attr.type=\"string\"/>");
        w.println("  <key id=\"status\" for=\"edge\" attr.name=\"status\" attr.type=\"string\"/>");
        w.println("  <key id=\"sources\" for=\"edge\" attr.name=\"independent_sources\" attr.type=\"int\"/>");
        w.println("  <key id=\"claims\" for=\"edge\" attr.name=\"claims\" attr.type=\"int\"/>");
        w.println("  <graph id=\"transfers\" edgedefault=\"directed\">");
        for (String code : parties(register)) {
            Actors.Actor actor = Actors.party(code);
            w.printf(
                    "    <node id=\"%s\"><data key=\"kind\">%s</data><data key=\"label\">%s</data></node>%n",
                    RegisterText.html(actor.id()), actor.kind(), RegisterText.html(actor.name()));
        }
        for (ClaimGroup g : register.groups()) {
            w.printf(
                    "    <edge id=\"%s\" source=\"%s\" target=\"%s\"><data key=\"items\">%s</data>"
                            + "<data key=\"status\">%s</data><data key=\"sources\">%d</data>"
                            + "<data key=\"claims\">%d</data></edge>%n",
                    RegisterText.html(g.id()),
                    RegisterText.html(Actors.party(g.supplier()).id()),
                    RegisterText.html(Actors.party(g.recipient()).id()),
                    RegisterText.html(String.join(" ", g.items())),
                    g.strongest().transfer().status(),
                    g.sources().size(),
                    g.claims().size());
        }
        w.println("  </graph>");
        w.println("</graphml>");
    }

    // The suppliers and recipients of the register's groups, in order of first appearance.
    private static Set<String> parties(Register register) {
        Set<String> parties = new LinkedHashSet<>();
        register.groups().forEach(g -> {
            parties.add(g.supplier());
            parties.add(g.recipient());
        });
        return parties;
    }

    private static String id(Actors.Actor actor) {
        return "aw-" + actor.id().replace(':', '-');
    }

    private static void notes(Map<String, List<String>> p, List<ActorLinks.Link> links) {
        for (ActorLinks.Link l : links) {
            put(
                    p,
                    "notes",
                    "sanctions list entry " + l.entry() + " (" + l.caption() + ")"
                            + (l.score() == null ? "" : String.format(Locale.ROOT, ", score %.2f", l.score()))
                            + (l.judgement() == null ? "" : ", " + l.judgement() + " by an analyst"));
            put(p, "topics", "sanction");
        }
    }

    private static void put(Map<String, List<String>> p, String property, String value) {
        if (value != null && !value.isBlank()) {
            List<String> values = p.computeIfAbsent(property, k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
        }
    }

    private static void entity(PrintWriter w, String id, String schema, Map<String, List<String>> properties)
            throws Exception {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("schema", schema);
        e.put("properties", properties);
        e.put("datasets", List.of("armswatch"));
        w.println(JSON.writeValueAsString(e));
    }
}
