package org.armswatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code armswatch lists}: the official sanctions lists, their versions and entries. */
@Command(
        name = "lists",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Load, inspect and compare the official sanctions lists.",
        subcommands = {
            ListsUpdateCommand.class,
            ListsStatusCommand.class,
            ListsVersionsCommand.class,
            ListsDiffCommand.class,
            ListsShowCommand.class
        },
        footer = {"", ExitCode.HELP})
final class ListsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "a subcommand is required (update, status, versions, diff, show)");
    }
}
