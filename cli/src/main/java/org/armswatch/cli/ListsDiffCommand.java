package org.armswatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.armswatch.lists.ListDiff;
import org.armswatch.lists.ListVersion;
import org.armswatch.model.Entity;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armswatch lists diff}: the entries added, removed and changed between two versions. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description =
                "Compare two versions of a list: entries added, removed, and changed (with the properties that changed)."
                        + " Without versions, compares the source's last two.",
        footer = {"", ExitCode.HELP})
final class ListsDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Mixin
    FormatOption output;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The list, as un or ofac-sdn.")
    String source;

    @Parameters(
            index = "1..2",
            arity = "0..2",
            paramLabel = "VERSION",
            description = "Earlier and later version numbers (as 3 or v3).")
    List<String> versions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (versions.size() == 1) {
            throw new CliException(ExitCode.USAGE, "give both versions to compare (FROM TO), or none for the last two");
        }
        ListDiff.Result diff;
        ListVersion from;
        ListVersion to;
        try (Database db = GlobalOptions.open(global.settings())) {
            ListStore store = db.lists();
            List<ListVersion> all = store.versions(Optional.of(source));
            if (all.isEmpty()) {
                throw new CliException(ExitCode.NOT_FOUND, "no versions of source '" + source + "' are stored");
            }
            if (versions.isEmpty()) {
                if (all.size() < 2) {
                    throw new CliException(
                            ExitCode.NOT_FOUND,
                            source + " has only one version (v" + all.get(0).id() + "): nothing to compare");
                }
                from = all.get(all.size() - 2);
                to = all.get(all.size() - 1);
            } else {
                from = find(all, versions.get(0));
                to = find(all, versions.get(1));
            }
            long fromId = from.id();
            long toId = to.id();
            diff = ListDiff.compare(store.diffRows(fromId), store.diffRows(toId), id -> {
                Optional<Entity> a = store.entity(fromId, id);
                Optional<Entity> b = store.entity(toId, id);
                return a.isPresent() && b.isPresent() ? ListDiff.changedProperties(a.get(), b.get()) : List.of();
            });
        }
        if (output.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", source);
            m.put("from", ListViews.version(from));
            m.put("to", ListViews.version(to));
            m.put("added", diff.added().stream().map(ListsDiffCommand::row).toList());
            m.put("removed", diff.removed().stream().map(ListsDiffCommand::row).toList());
            m.put(
                    "changed",
                    diff.changed().stream()
                            .map(c -> {
                                Map<String, Object> r = row(c.to());
                                r.put("properties", c.properties());
                                return r;
                            })
                            .toList());
            Json.print(spec.commandLine().getOut(), m);
            return ExitCode.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "%s v%d (%s) → v%d (%s): %d added, %d removed, %d changed%n",
                source,
                from.id(),
                ListViews.date(from.publishedAt()),
                to.id(),
                ListViews.date(to.publishedAt()),
                diff.added().size(),
                diff.removed().size(),
                diff.changed().size());
        diff.added().forEach(r -> out.printf("+ %-16s %-12s %s%n", r.id(), r.schema(), r.caption()));
        diff.removed().forEach(r -> out.printf("- %-16s %-12s %s%n", r.id(), r.schema(), r.caption()));
        diff.changed()
                .forEach(c -> out.printf(
                        "~ %-16s %-12s %s  [%s]%n",
                        c.to().id(), c.to().schema(), c.to().caption(), String.join(", ", c.properties())));
        out.flush();
        return ExitCode.OK;
    }

    private ListVersion find(List<ListVersion> all, String text) {
        String digits = text.startsWith("v") ? text.substring(1) : text;
        if (!digits.matches("\\d+")) {
            throw new CliException(
                    ExitCode.USAGE,
                    "'" + text + "' is not a version number (as 3 or v3; see 'lists versions " + source + "')");
        }
        long id = Long.parseLong(digits);
        return all.stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow(() -> new CliException(
                        ExitCode.NOT_FOUND,
                        "version " + id + " is not a version of " + source + " (see 'lists versions " + source + "')"));
    }

    private static Map<String, Object> row(ListDiff.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("schema", r.schema());
        m.put("caption", r.caption());
        return m;
    }
}
