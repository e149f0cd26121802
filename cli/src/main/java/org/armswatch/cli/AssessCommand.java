package org.armswatch.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.armswatch.assess.AppliedProvision;
import org.armswatch.assess.Assessment;
import org.armswatch.assess.Assessor;
import org.armswatch.assess.Caveat;
import org.armswatch.assess.Interval;
import org.armswatch.assess.ItemCatalog;
import org.armswatch.assess.Provision;
import org.armswatch.assess.RegimeFormatException;
import org.armswatch.assess.Regimes;
import org.armswatch.assess.TransferQuery;
import org.armswatch.corroborate.ClaimGroup;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.model.Countries;
import org.armswatch.store.db.ArticleStore;
import org.armswatch.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code armswatch assess}: one transfer against the embargo regimes. */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Assess a transfer of items from a supplier to a recipient on a date against the embargo regimes:"
                    + " the UN measures on the DPRK and Iran, and the EU, US and UK measures on Russia.",
            "Prints the verdict (prohibited, requires_approval, restricted, autonomous_measure or no_regime), every"
                    + " provision that applies with its citation, effect, in-force interval, status and how far its"
                    + " paragraph was verified, and the caveats that qualify the verdict.",
            "--all assesses every stored transfer (each claim analyze read out of an article) on its article's"
                    + " publication date, or, for an undated article, the day it was ingested (said so in the"
                    + " output)."
        },
        footer = {"", ExitCode.HELP})
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption output;

    @Mixin
    GlobalOptions global;

    @Option(names = "--all", description = "Assess every stored transfer instead of one given by the options.")
    boolean all;

    @Option(
            names = "--supplier",
            paramLabel = "STATE",
            description = "Supplying state: ISO alpha-2, alpha-3 or English name.")
    String supplier;

    @Option(
            names = "--recipient",
            paramLabel = "STATE",
            description = "Receiving state: ISO alpha-2, alpha-3 or English name.")
    String recipient;

    @Option(
            names = "--items",
            split = ",",
            paramLabel = "ITEM",
            description = "Item categories (ammunition, drones, dual_use, economic …) or the finer item types the"
                    + " regime files define (salw, refined_petroleum, mtcr_items …), comma-separated.")
    List<String> items;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day of the transfer.")
    String date;

    @Option(
            names = "--regimes",
            paramLabel = "DIR",
            description = "A folder of regime files (*.json) to use instead of the ones armswatch ships.")
    Path regimesDir;

    @Override
    public Integer call() throws Exception {
        boolean one = supplier != null || recipient != null || items != null || date != null;
        if (all == one) {
            throw new CliException(
                    ExitCode.USAGE,
                    all
                            ? "--all assesses the stored transfers: give it without --supplier, --recipient, --items and --date"
                            : "give --supplier, --recipient, --items and --date, or --all");
        }
        if (all) {
            return assessStored();
        }
        if (supplier == null || recipient == null || items == null || date == null) {
            throw new CliException(ExitCode.USAGE, "one transfer needs --supplier, --recipient, --items and --date");
        }
        LocalDate day = date();
        String from = state("--supplier", supplier);
        String to = state("--recipient", recipient);
        Regimes regimes = regimes();
        List<String> wanted = items(regimes.items());
        Assessment assessment = new Assessor(regimes).assess(new TransferQuery(from, to, wanted, day));
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            Json.print(out, json(assessment));
        } else {
            printText(out, from, to, wanted, day, assessment);
        }
        return ExitCode.OK;
    }

    // Every stored claim on its article's date.
    private int assessStored() throws Exception {
        Assessor assessor = new Assessor(regimes());
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Database db = GlobalOptions.open(global.settings())) {
            Register register = Register.read(db, Gazetteer.standard());
            for (ClaimGroup g : register.groups()) {
                for (ClaimGroup.Claim c : g.claims()) {
                    ArticleStore.Stored article = register.articles().get(c.article());
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("article", c.article());
                    row.put("claim_group", g.id());
                    row.put("supplier", c.transfer().supplier());
                    row.put("recipient", c.transfer().recipient());
                    row.put("items", c.transfer().items());
                    row.put("status", c.transfer().status());
                    row.putAll(assessed(
                            assessor,
                            c.transfer().supplier(),
                            c.transfer().recipient(),
                            c.transfer().items(),
                            article));
                    row.put("evidence", c.transfer().evidence());
                    rows.add(row);
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            Json.print(out, rows);
        } else {
            Table t = new Table("ARTICLE", "SUPPLIER", "RECIPIENT", "ITEMS", "STATUS", "DATE", "VERDICT", "CITATIONS");
            for (Map<String, Object> r : rows) {
                @SuppressWarnings("unchecked")
                Map<String, Object> a = (Map<String, Object>) r.get("assessment");
                t.row(
                        r.get("article"),
                        r.get("supplier"),
                        r.get("recipient"),
                        String.join(", ", RegisterText.strings(r.get("items"))),
                        r.get("status"),
                        r.get("date") + ("published".equals(r.get("date_basis")) ? "" : " (ingested)"),
                        a.get("verdict"),
                        String.join("; ", citations(a)));
            }
            t.print(out);
            out.flush();
        }
        return ExitCode.OK;
    }

    /**
     * A transfer assessed on the date of the article that tells it: {@code date}, {@code date_basis}
     * ({@code published}, or {@code ingested} when the article gives no date) and {@code assessment}
     * (as {@code assess --format json} prints one).
     */
    static Map<String, Object> assessed(
            Assessor assessor, String supplier, String recipient, List<String> items, ArticleStore.Stored article) {
        LocalDate day = article.published() != null
                ? article.published()
                : article.fetchedAt().atZone(ZoneOffset.UTC).toLocalDate();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", day.toString());
        m.put("date_basis", article.published() != null ? "published" : "ingested");
        m.put("assessment", json(assessor.assess(new TransferQuery(supplier, recipient, items, day))));
        return m;
    }

    /** The citations of an assessment's JSON form. */
    @SuppressWarnings("unchecked")
    static List<String> citations(Map<String, Object> assessment) {
        return ((List<Map<String, Object>>) assessment.get("provisions"))
                .stream().map(p -> String.valueOf(p.get("citation"))).distinct().toList();
    }

    private LocalDate date() {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CliException(ExitCode.USAGE, "--date '" + date + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    private static String state(String option, String text) {
        return Countries.get()
                .find(text)
                .map(Countries.Country::alpha3)
                .orElseThrow(() -> new CliException(
                        ExitCode.USAGE,
                        option + " '" + text + "': unknown state; give an ISO 3166 alpha-2 code (KP), alpha-3 code"
                                + " (PRK) or English name (North Korea)"));
    }

    private Regimes regimes() {
        if (regimesDir == null) {
            return Regimes.standard();
        }
        if (!Files.isDirectory(regimesDir)) {
            throw new CliException(ExitCode.NOT_FOUND, "--regimes " + regimesDir + ": no such folder");
        }
        try {
            return Regimes.load(regimesDir);
        } catch (RegimeFormatException e) {
            throw new CliException(ExitCode.REFUSED, "regime file refused: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CliException(
                    ExitCode.REFUSED,
                    "cannot read --regimes " + regimesDir + ": " + e.getCause().getMessage());
        }
    }

    private List<String> items(ItemCatalog catalog) {
        List<String> wanted = new ArrayList<>();
        for (String item : items) {
            String i = item.strip().toLowerCase(Locale.ROOT);
            if (!catalog.isKnown(i)) {
                throw new CliException(
                        ExitCode.USAGE,
                        "--items '" + item + "': unknown item (accepted: " + String.join(", ", catalog.accepted())
                                + ")");
            }
            if (!wanted.contains(i)) {
                wanted.add(i);
            }
        }
        return wanted;
    }

    /** An assessment in its JSON form: verdict, provisions, caveats. */
    static Map<String, Object> json(Assessment a) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("verdict", a.verdict().code());
        List<Map<String, Object>> provisions = new ArrayList<>();
        for (AppliedProvision applied : a.provisions()) {
            Provision p = applied.provision();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("citation", p.citation());
            o.put("regime", applied.regime().id());
            o.put("authority", applied.regime().authority().name());
            o.put("effect", p.effect().code());
            Interval in = p.inForce();
            o.put(
                    "in_force",
                    Arrays.asList(
                            in.from().toString(),
                            in.until() == null ? null : in.until().toString()));
            o.put("status", p.status().code());
            o.put("paragraph", p.paragraph().code());
            o.put("items", applied.items());
            provisions.add(o);
        }
        root.put("provisions", provisions);
        List<Map<String, Object>> caveats = new ArrayList<>();
        for (Caveat c : a.caveats()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("code", c.code().code());
            o.put("text", c.text());
            caveats.add(o);
        }
        root.put("caveats", caveats);
        return root;
    }

    private static void printText(
            PrintWriter out, String from, String to, List<String> items, LocalDate day, Assessment a) {
        out.printf("Verdict: %s (%s -> %s, %s, %s)%n", a.verdict().code(), from, to, String.join(", ", items), day);
        out.println();
        if (a.provisions().isEmpty()) {
            out.println("No provision of the loaded regimes applies.");
        } else {
            Table t = new Table("CITATION", "REGIME", "EFFECT", "IN FORCE", "STATUS", "PARAGRAPH", "ITEMS");
            for (AppliedProvision applied : a.provisions()) {
                Provision p = applied.provision();
                Interval in = p.inForce();
                t.row(
                        p.citation(),
                        applied.regime().id(),
                        p.effect().code(),
                        in.until() == null ? "from " + in.from() : in.from() + " until " + in.until(),
                        p.status().code(),
                        p.paragraph().code(),
                        String.join(",", applied.items()));
            }
            t.print(out);
        }
        if (!a.caveats().isEmpty()) {
            out.println();
            out.println("Caveats:");
            for (Caveat c : a.caveats()) {
                out.println("  " + c.code().code() + ": " + c.text());
            }
        }
        out.flush();
    }
}
