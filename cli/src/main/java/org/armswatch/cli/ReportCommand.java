package org.armswatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.armswatch.assess.Assessor;
import org.armswatch.assess.Regimes;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code armswatch report}: the transfer register of the analysed articles. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "The transfer register of every analysed article: claims of several articles that describe one transfer"
                    + " (same supplier and recipient, overlapping items, dates within half a year) as one claim"
                    + " group, with its status over time, its independent sources (an outlet and its syndicated"
                    + " copies count once; so do outlets that only cite one party), the denials beside it, its"
                    + " parties' sanctions-list links (analysts' judgements applied), and the claims with their"
                    + " evidence.",
            "Forms: md (Markdown), html (one self-contained page), json, csv (one row per claim group; cells that"
                    + " a spreadsheet would run as formulas are neutralised)."
        },
        footer = {"", ExitCode.HELP})
final class ReportCommand implements Callable<Integer> {
    /** The forms of the register. */
    enum Form {
        md,
        html,
        json,
        csv
    }

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "md",
            description = "Output form: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Form format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Settings settings = global.settings();
        Map<String, Object> report = new LinkedHashMap<>();
        try (Database db = GlobalOptions.open(settings)) {
            Gazetteer gazetteer = Gazetteer.standard();
            Register register = Register.read(db, gazetteer);
            ActorLinks links = ActorLinks.open(db, gazetteer);
            report.put("generated", GlobalOptions.clock().instant().toString());
            report.put("articles", register.articles().size());
            report.put("screening", links.screening() ? "active lists" : "no lists loaded: only confirmed links");
            report.put("groups", RegisterView.groups(register, links, new Assessor(Regimes.standard())));
            report.put("actors", RegisterView.actors(register, links));
        }
        Destination.write(spec, out, w -> write(w, report));
        return ExitCode.OK;
    }

    private void write(PrintWriter w, Map<String, Object> report) {
        switch (format) {
            case json -> Json.print(w, report);
            case md -> RegisterText.markdown(w, report);
            case html -> RegisterText.html(w, report);
            case csv -> RegisterText.csv(w, groups(report));
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> groups(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("groups");
    }
}
