package org.armswatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.armswatch.assess.Assessor;
import org.armswatch.assess.Regimes;
import org.armswatch.extract.Analyzer;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.Transfer;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.armswatch.lists.ListDiff;
import org.armswatch.lists.ListDownloader;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.ListVersion;
import org.armswatch.lists.LoadPolicy;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.armswatch.screen.Queries;
import org.armswatch.screen.ScreeningQuery;
import org.armswatch.screen.ScreeningResult;
import org.armswatch.screen.ScreeningUnavailableException;
import org.armswatch.screen.Thresholds;
import org.armswatch.store.db.ArticleIngester;
import org.armswatch.store.db.ArticleSearch;
import org.armswatch.store.db.ArticleStore;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.ListLoader;
import org.armswatch.store.db.ListStore;
import org.armswatch.store.db.ListUpdater;
import org.armswatch.store.db.ScreeningIndexes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code armswatch demo}: the main job, end to end on real data. Loads the sanctions lists (the
 * development layout's copies, a folder given with {@code --lists}, else the publishers'
 * downloads), shows what changed between the versions it holds, prints the list status, screens
 * names the seed reports mention, ingests those reports (when {@code ../shared/seeds} is
 * present), lists them with their duplicate groups, prints the transfers they tell of and the
 * transfer register: their claims grouped, with sources, denials and list links.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run armswatch end to end on real data: load the official sanctions lists, compare their versions, show their status,"
                    + " screen names that the seed reports mention, ingest the seed reports (../shared/seeds, when present)"
                    + " and print the transfers they tell of and the transfer register.",
            "Without --lists it uses ../shared/data beside the repository when present, else downloads the lists. Never asks for input."
        },
        footer = {"", ExitCode.HELP})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Option(
            names = "--lists",
            paramLabel = "DIR",
            description = "A folder of list files to load (default: ../shared/data when present).")
    Path lists;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> folder = lists != null ? Optional.of(lists) : DevLayout.shared("data");
        if (lists != null && !Files.isDirectory(lists)) {
            throw new CliException(ExitCode.USAGE, "--lists " + lists + ": no such folder");
        }
        Settings settings = global.settings();
        out.println("== armswatch demo · home " + settings.home());
        out.println();
        UpdateReport report;
        try (Database db = GlobalOptions.open(settings)) {
            ListUpdater updater = new ListUpdater(db.lists(), ListReaders.standard(), GlobalOptions.clock());
            ListLoader.Options options = ListLoader.Options.of(Optional.empty(), LoadPolicy.SAFE);
            ListUpdater.Listener progress = Terminal.progress("Loading lists", System.err);
            if (folder.isPresent()) {
                out.println("== 1. Loading the sanctions lists in " + folder.get());
                report = new UpdateReport(
                        updater.fromFiles(List.of(folder.get()), Optional.empty(), options, false, progress));
            } else {
                out.println("== 1. Downloading the sanctions lists from their publishers");
                ListDownloader downloader =
                        new ListDownloader(ListDownloader.Settings.defaults(VersionProvider.version()));
                report = new UpdateReport(updater.fromPublishers(
                        settings.downloadable(), downloader, settings.home().resolve("downloads"), options, progress));
            }
            report.printText(out, err);
            out.println();
            out.println("== 2. What changed between the versions held");
            printDiffs(out, db.lists());
            out.println();
            out.println("== 3. List status");
            ListsStatusCommand.printText(
                    out,
                    err,
                    ListsStatusCommand.rows(
                            db.lists(), settings, null, GlobalOptions.clock().instant()));
            out.println();
            out.println("== 4. Screening names that the seed reports mention");
            screenNames(out, db.lists());
            Optional<Path> seeds = DevLayout.shared("seeds");
            if (seeds.isPresent()) {
                out.println();
                out.println("== 5. Ingesting the reports in " + seeds.get());
                ingest(out, err, db, settings, seeds.get());
                out.println();
                out.println("== 6. The transfers the reports tell of");
                out.flush();
                Analyzer analyzer = AnalyzeCommand.loadAnalyzer(err);
                transfers(out, err, db, analyzer);
                out.println();
                out.println("== 7. The transfer register: the claims of all reports grouped, with their sources");
                register(out, db, analyzer.gazetteer());
            }
        }
        return report.exitCode();
    }

    // Parties named in the 2023 reports on the Russia–North Korea arms trade: a DPRK weapons body,
    // Russian officials, and the arms broker the US Treasury designated.
    private static final List<String> REPORTED_NAMES =
            List.of("Munitions Industry Department", "Sergei Shoigu", "Dmitry Peskov", "Ashot Mkrtychev");

    private static void screenNames(PrintWriter out, ListStore store) {
        ScreeningIndexes.Built built;
        try {
            built = new ScreeningIndexes(store, NameNormalizer.standard()).current();
        } catch (ScreeningUnavailableException e) {
            out.println("screening unavailable: " + e.getMessage());
            return;
        }
        MatchIndex.Options options = new MatchIndex.Options(Thresholds.DEFAULT, 3, Set.of());
        for (String name : REPORTED_NAMES) {
            ScreeningQuery q = ScreeningQuery.name(name);
            List<ScreeningResult> matches = Queries.select(built.index().search(q, options), 0);
            List<List<String>> related =
                    matches.stream().map(r -> ScreenView.related(store, r)).toList();
            ScreenView.print(out, q, Thresholds.DEFAULT, matches, related, built.versions(), false);
            out.println();
        }
    }

    private static void ingest(PrintWriter out, PrintWriter err, Database db, Settings settings, Path seeds)
            throws Exception {
        try (ArticleSearch search = ArticleSearch.open(settings.searchIndex(), db.articles())) {
            ArticleIngester ingester = ArticleIngester.open(db, search, GlobalOptions.clock());
            IngestCommand.ingestFiles(ingester, IngestCommand.files(seeds), ArticleIngester.Overrides.NONE, o -> {
                if (o.kind() == ArticleIngester.Kind.FAILED) {
                    err.println("failed: " + o.reason());
                }
            });
            search.commit();
        }
        ArticlesCommand.printTable(out, db.articles().list(new ArticleStore.Filter(null, null, null)));
    }

    private static void transfers(PrintWriter out, PrintWriter err, Database db, Analyzer analyzer) {
        Table table = new Table("SUPPLIER", "RECIPIENT", "ITEMS", "STATUS", "CLAIMED BY", "OUTLET", "EVIDENCE");
        List<ArticleStore.Stored> articles = db.articles().list(new ArticleStore.Filter(null, null, null));
        for (Map.Entry<ArticleStore.Stored, Annotations> e :
                AnalyzeCommand.analyzeAndStore(db, analyzer, articles, err).entrySet()) {
            ArticleStore.Stored a = e.getKey();
            for (Transfer t : e.getValue().transfers()) {
                table.row(
                        t.supplier(),
                        t.recipient(),
                        String.join(", ", t.items()),
                        t.status(),
                        t.claimedBy() == null ? "" : t.claimedBy(),
                        a.outlet() == null ? "article " + a.id() : a.outlet(),
                        AnalyzeCommand.shorten(t.evidence()));
            }
        }
        table.print(out);
    }

    private static void register(PrintWriter out, Database db, Gazetteer gazetteer) {
        Register register = Register.read(db, gazetteer);
        ActorLinks links = ActorLinks.open(db, gazetteer);
        Table table = new Table("GROUP", "ITEMS", "STATUS OVER TIME", "SOURCES", "DENIALS", "LISTED", "ASSESSMENT");
        for (Map<String, Object> g : RegisterView.groups(register, links, new Assessor(Regimes.standard()))) {
            table.row(
                    g.get("id"),
                    String.join(", ", RegisterText.strings(g.get("items"))),
                    RegisterText.history(g).replaceAll(" \\(article \\d+\\)", ""),
                    g.get("independent_sources"),
                    ((List<?>) g.get("denials")).size(),
                    String.join("; ", RegisterText.links(g)),
                    AnalyzeCommand.shorten(RegisterText.verdictWithCitations(g)));
        }
        table.print(out);
        out.println("Assessed on the day each report was ingested where it gives no date of its own;"
                + " armswatch report prints the caveats and the evidence.");
    }

    private static void printDiffs(PrintWriter out, ListStore store) {
        boolean any = false;
        for (ListVersion active : store.activeVersions()) {
            List<ListVersion> versions = store.versions(Optional.of(active.source()));
            if (versions.size() < 2) {
                continue;
            }
            ListVersion from = versions.get(versions.size() - 2);
            ListVersion to = versions.get(versions.size() - 1);
            ListDiff.Result d = ListDiff.compare(store.diffRows(from.id()), store.diffRows(to.id()), id -> List.of());
            any = true;
            out.printf(
                    "%-12s v%d (%s) → v%d (%s): %d added, %d removed, %d changed%n",
                    active.source(),
                    from.id(),
                    ListViews.date(from.publishedAt()),
                    to.id(),
                    ListViews.date(to.publishedAt()),
                    d.added().size(),
                    d.removed().size(),
                    d.changed().size());
            d.added().stream().limit(5).forEach(r -> out.printf("    + %-14s %s%n", r.id(), r.caption()));
            if (d.added().size() > 5) {
                out.printf(
                        "    … and %d more: armswatch lists diff %s%n",
                        d.added().size() - 5, active.source());
            }
        }
        if (!any) {
            out.println("every source has one version so far: nothing to compare");
        }
    }
}
