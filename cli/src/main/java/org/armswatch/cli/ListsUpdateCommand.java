package org.armswatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.armswatch.lists.ListDownloader;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.ListSource;
import org.armswatch.lists.ListSources;
import org.armswatch.lists.LoadPolicy;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.ListLoader;
import org.armswatch.store.db.ListUpdater;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code armswatch lists update}: loads new list versions, from the publishers or from files. */
@Command(
        name = "update",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Load new versions of the sanctions lists.",
            "Without --from, downloads each list from its publisher's official URL (conditional requests: an unchanged list is not fetched again).",
            "With --from, reads files and folders (recursively), detecting each file's format from its content.",
            "A list is refused whole, and its active version kept, when it is malformed, truncated, unsafe (DOCTYPE),"
                    + " older than the active version, shrinks the list by more than 10%, or disagrees with its own record count."
        },
        footer = {"", ExitCode.HELP})
final class ListsUpdateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    FormatOption output;

    @Option(names = "--from", paramLabel = "PATH", description = "A list file or a folder of them; repeatable.")
    List<Path> from = new ArrayList<>();

    @Option(
            names = "--sources",
            split = ",",
            paramLabel = "NAME",
            description =
                    "Download only these sources (default: all of un, ofac-sdn, ofac-cons, eu, uk, opensanctions-sanctions).")
    List<String> only = new ArrayList<>();

    @Option(
            names = "--source",
            paramLabel = "NAME",
            description =
                    "Load under this source name instead of the detected one (e.g. ofac-irgc for a filtered extract).")
    String source;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The publisher's date, for files that carry none (OFAC CSV, UK export).")
    LocalDate date;

    @Option(names = "--allow-older", description = "Accept a version dated before the active one.")
    boolean allowOlder;

    @Option(
            names = "--accept-shrink",
            description = "Accept a version that drops more than --max-shrink of the records.")
    boolean acceptShrink;

    @Option(
            names = "--max-shrink",
            paramLabel = "FRACTION",
            defaultValue = "0.10",
            description = "Largest share of records a new version may drop (default: ${DEFAULT-VALUE}).")
    double maxShrink;

    @Override
    public Integer call() throws Exception {
        if (source != null && !ListSources.isValidName(source)) {
            throw new CliException(
                    ExitCode.USAGE,
                    "--source '" + source + "': use lower-case letters, digits, dashes and underscores");
        }
        for (Path p : from) {
            if (!Files.exists(p)) {
                throw new CliException(ExitCode.USAGE, "--from " + p + ": no such file or folder");
            }
        }
        Settings settings = global.settings();
        List<ListSource> downloads = from.isEmpty() ? selected(settings) : List.of();
        ListLoader.Options options =
                ListLoader.Options.of(Optional.ofNullable(date), new LoadPolicy(allowOlder, acceptShrink, maxShrink));
        UpdateReport report;
        try (Database db = GlobalOptions.open(settings)) {
            ListUpdater updater = new ListUpdater(db.lists(), ListReaders.standard(), GlobalOptions.clock());
            ListUpdater.Listener progress = Terminal.progress("Loading lists", System.err);
            if (from.isEmpty()) {
                ListDownloader downloader =
                        new ListDownloader(ListDownloader.Settings.defaults(VersionProvider.version()));
                report = new UpdateReport(updater.fromPublishers(
                        downloads, downloader, settings.home().resolve("downloads"), options, progress));
            } else {
                report = new UpdateReport(
                        updater.fromFiles(from, Optional.ofNullable(source), options, false, progress));
            }
        }
        if (output.json()) {
            Json.print(spec.commandLine().getOut(), report.json());
            spec.commandLine().getErr().println(report.summaryLine());
        } else {
            report.printText(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return report.exitCode();
    }

    private List<ListSource> selected(Settings settings) {
        List<ListSource> all = settings.downloadable();
        for (String name : only) {
            if (all.stream().noneMatch(s -> s.name().equals(name))) {
                throw new CliException(
                        ExitCode.USAGE,
                        "--sources " + name + ": not a downloadable list (known: "
                                + String.join(
                                        ", ", all.stream().map(ListSource::name).toList()) + ")");
            }
        }
        return only.isEmpty()
                ? all
                : all.stream().filter(s -> only.contains(s.name())).toList();
    }
}
