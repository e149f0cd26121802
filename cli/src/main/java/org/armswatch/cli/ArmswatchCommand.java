package org.armswatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: armswatch and its subcommands. */
@Command(
        name = "armswatch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Monitor arms embargoes and sanctions from open sources.",
        subcommands = {
            ListsCommand.class,
            ScreenCommand.class,
            AssessCommand.class,
            IngestCommand.class,
            ArticlesCommand.class,
            AnalyzeCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            LinkCommand.class,
            EvalCommand.class,
            DemoCommand.class,
            BenchCommand.class
        },
        footer = {"", ExitCode.HELP})
final class ArmswatchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "a command is required (lists, screen, assess, ingest, articles, analyze, eval, demo, bench)");
    }
}
