package org.armswatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.armswatch.store.db.Database;
import org.armswatch.store.db.LinkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armswatch link}: an analyst's judgement on a link between an actor and a list entry. */
@Command(
        name = "link",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Confirm or reject a link between an actor of the reporting (the state:, group: or person: id that analyze"
                    + " and report print) and a sanctions-list entry (source:id, as screen and lists show print), or"
                    + " list the judgements. A judgement replaces an earlier one on the same pair; report and export"
                    + " respect them: a rejected link is never shown, a confirmed one always, also after re-analysis.",
            "  armswatch link confirm person:sergei-shoigu ofac:35173 --note \"same birth date\"",
            "  armswatch link reject person:dmitry-peskov uk:RUS1770",
            "  armswatch link list"
        },
        footer = {"", ExitCode.HELP})
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "ACTION", description = "confirm, reject or list.")
    String action;

    @Parameters(
            index = "1..2",
            arity = "0..2",
            paramLabel = "ACTOR-ID ENTRY-ID",
            description = "The actor and the entry.")
    List<String> pair = List.of();

    @Option(names = "--note", paramLabel = "TEXT", description = "Why: the analyst's note.")
    String note;

    @Option(names = "--by", paramLabel = "WHO", description = "Who judges (default: the system user).")
    String by;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean list = action.equals("list");
        if (!list && !action.equals("confirm") && !action.equals("reject")) {
            throw new CliException(ExitCode.USAGE, "link " + action + ": use confirm, reject or list");
        }
        if (!list && pair.size() != 2) {
            throw new CliException(ExitCode.USAGE, "link " + action + " needs ACTOR-ID ENTRY-ID");
        }
        try (Database db = GlobalOptions.open(global.settings())) {
            if (list) {
                Table t = new Table("ACTOR", "ENTRY", "JUDGEMENT", "BY", "AT", "NOTE");
                for (LinkStore.Judgement j : db.links().all()) {
                    t.row(
                            j.actor(),
                            j.entry(),
                            j.confirmed() ? "confirmed" : "rejected",
                            j.by(),
                            j.at().toString(),
                            j.note() == null ? "" : j.note());
                }
                t.print(out);
                out.flush();
                return ExitCode.OK;
            }
            String actor = pair.get(0);
            String entry = pair.get(1);
            if (!actor.matches("(state|group|person):[A-Za-z0-9]+(-[A-Za-z0-9]+)*")) {
                throw new CliException(
                        ExitCode.USAGE,
                        "actor " + actor + ": expected an id as analyze prints it (state:PRK, group:wagner-group,"
                                + " person:sergei-shoigu)");
            }
            if (db.lists().activeVersions().isEmpty()) {
                throw new CliException(
                        ExitCode.UNAVAILABLE,
                        "no lists loaded: load them first (armswatch lists update) to link to their entries");
            }
            if (db.lists().findActive(entry).isEmpty()) {
                throw new CliException(
                        ExitCode.NOT_FOUND,
                        "entry " + entry + ": not in any active list (ids as screen and lists show print them, e.g."
                                + " un:KPe.028)");
            }
            boolean confirmed = action.equals("confirm");
            db.links()
                    .judge(new LinkStore.Judgement(
                            actor,
                            entry,
                            confirmed,
                            note,
                            GlobalOptions.clock().instant(),
                            by != null && !by.isBlank()
                                    ? by.strip()
                                    : "cli:" + System.getProperty("user.name", "unknown")));
            out.println((confirmed ? "confirmed: " : "rejected: ") + actor + " ↔ " + entry);
            out.flush();
        }
        return ExitCode.OK;
    }
}
