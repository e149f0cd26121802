package org.armswatch.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.armswatch.lists.ListVersion;
import org.armswatch.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armswatch lists versions}: every stored version, of one source or all. */
@Command(
        name = "versions",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List the stored versions of the lists, oldest first; the active one of each source is marked.",
        footer = {"", ExitCode.HELP})
final class ListsVersionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    FormatOption output;

    @Parameters(
            arity = "0..1",
            paramLabel = "SOURCE",
            description = "Only this source (un, ofac-sdn, ofac-cons, eu, uk, opensanctions-…).")
    String source;

    @Override
    public Integer call() throws Exception {
        List<ListVersion> versions;
        try (Database db = GlobalOptions.open(global.settings())) {
            versions = db.lists().versions(Optional.ofNullable(source));
        }
        if (source != null && versions.isEmpty()) {
            throw new CliException(ExitCode.NOT_FOUND, "no versions of source '" + source + "' are stored");
        }
        if (output.json()) {
            Json.print(
                    spec.commandLine().getOut(),
                    versions.stream().map(ListViews::version).toList());
            return ExitCode.OK;
        }
        Table table = new Table("VERSION", "SOURCE", "FORMAT", "PUBLISHED", "RECORDS", "SHA-256", "LOADED", "ACTIVE");
        for (ListVersion v : versions) {
            table.row(
                    "v" + v.id(),
                    v.source(),
                    v.format(),
                    ListViews.date(v.publishedAt()),
                    ListViews.count(v.recordCount()),
                    ListViews.shortHash(v.sha256()),
                    v.loadedAt().toString().substring(0, 19).replace('T', ' '),
                    v.active() ? "active" : "");
        }
        table.print(spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
