package org.armswatch.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.armswatch.model.Countries;
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
                    + " paragraph was verified, and the caveats that qualify the verdict."
        },
        footer = {"", ExitCode.HELP})
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(
            names = "--supplier",
            required = true,
            paramLabel = "STATE",
            description = "Supplying state: ISO alpha-2, alpha-3 or English name.")
    String supplier;

    @Option(
            names = "--recipient",
            required = true,
            paramLabel = "STATE",
            description = "Receiving state: ISO alpha-2, alpha-3 or English name.")
    String recipient;

    @Option(
            names = "--items",
            required = true,
            split = ",",
            paramLabel = "ITEM",
            description = "Item categories (ammunition, drones, dual_use, economic …) or the finer item types the"
                    + " regime files define (salw, refined_petroleum, mtcr_items …), comma-separated.")
    List<String> items;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day of the transfer.")
    String date;

    @Option(
            names = "--regimes",
            paramLabel = "DIR",
            description = "A folder of regime files (*.json) to use instead of the ones armswatch ships.")
    Path regimesDir;

    @Override
    public Integer call() {
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

    private static Map<String, Object> json(Assessment a) {
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
