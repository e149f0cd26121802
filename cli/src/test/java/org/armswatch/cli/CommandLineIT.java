package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The command line as a whole: help, version, usage errors, settings, and the demo. */
class CommandLineIT {
    @TempDir
    Path home;

    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(new CommandLine(new ArmswatchCommand()), new ArrayList<>(), all);
        return all.stream();
    }

    private static void collect(CommandLine cmd, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        cmd.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, into);
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasHelpWithTheExitCodes(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");

        Cli.Result r = Cli.runRaw(args.toArray(String[]::new));

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage:").contains("Exit codes:");
    }

    @Test
    void versionNamesTheVersionAndTheJava() {
        Cli.Result r = Cli.runRaw("--version");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("armswatch ").contains("Java ");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result r = Cli.runRaw("lists", "status", "--colour");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--colour'").contains("armswatch lists status --help");
    }

    @Test
    void aMissingCommandIsAUsageError() {
        assertThat(Cli.runRaw().exit()).isEqualTo(2);
        assertThat(Cli.runRaw("lists").exit()).isEqualTo(2);
    }

    @Test
    void anUnknownSettingNamesTheFileAndTheKey() throws Exception {
        Files.writeString(home.resolve("armswatch.properties"), "stale-after.un=2d\ncolour=blue\n");

        Cli.Result r = new Cli(home).run("lists", "status");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("armswatch.properties: unknown setting 'colour'");
    }

    @Test
    void aConfiguredCadenceDecidesStaleness() throws Exception {
        Cli cli = new Cli(home);
        cli.run(
                "lists",
                "update",
                "--from",
                Cli.shared("data/un/un_consolidated_2025-11-20.xml").toString());
        Files.writeString(home.resolve("armswatch.properties"), "stale-after.un=100000d\n");

        assertThat(cli.run("lists", "status", "--format", "json")
                        .json()
                        .get(0)
                        .get("stale")
                        .asBoolean())
                .isFalse();
        assertThat(cli.run("lists", "status", "--stale-after", "1d", "--format", "json")
                        .json()
                        .get(0)
                        .get("stale")
                        .asBoolean())
                .isTrue();
        assertThat(cli.run("lists", "status", "--stale-after", "soon").exit()).isEqualTo(2);
    }

    @Test
    void demoLoadsTheListsOfAFolderAndPrintsTheirStatus() throws Exception {
        Path lists = Files.createDirectory(home.resolve("lists"));
        Files.copy(Cli.shared("data/un/un_consolidated_2024-09-26.xml"), lists.resolve("un-old.xml"));
        Files.copy(Cli.shared("data/un/un_consolidated_2025-11-20.xml"), lists.resolve("un-new.xml"));
        Files.copy(Cli.shared("data/ofac/cons_nonsdn_2024-05-06.xml"), lists.resolve("cons.xml"));

        Cli.Result r = new Cli(home).run("demo", "--lists", lists.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("== 1.", "== 2.", "== 3.");
        assertThat(r.out()).containsPattern("un\\s+v2 \\(2024-09-26\\) → v3 \\(2025-11-20\\): 130 added, 5 removed");
        assertThat(r.out()).containsPattern("ofac-cons\\s+v1\\s+2024-05-06\\s+443");
    }
}
