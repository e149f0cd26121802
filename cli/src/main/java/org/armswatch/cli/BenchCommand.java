package org.armswatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code armswatch bench lists|screen|ingest}: measures armswatch. Each benchmark lives in a
 * class of its own ({@link ListsBenchmark}, {@link ScreenBenchmark}, {@link IngestBenchmark}, {@link NlpBenchmark}); this
 * class reads the options.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Measure armswatch on real data. Benchmarks:",
            "  lists   read, check and store the newest version of every list in a folder into a fresh embedded H2 store",
            "  screen  build the screening index over the newest lists and over a synthetic registry of --names names;"
                    + " time single queries, a batch on all cores, and the brute-force Jaro-Winkler baseline",
            "  ingest  ingest --articles synthetic HTML pages into a fresh embedded H2 store with its search index; time the"
                    + " near-duplicate look-up with --stored articles held, against a scan of them all",
            "  nlp     load the language models, then analyse the reports of --seeds on one thread: tokens/s (median of"
                    + " --runs passes after a warm-up pass), load time, heap"
        },
        footer = {"", ExitCode.HELP})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption output;

    @Parameters(paramLabel = "BENCHMARK", description = "What to measure: lists, screen, ingest or nlp.")
    String benchmark;

    @Option(
            names = "--lists",
            paramLabel = "DIR",
            description = "Folder of list files (default: ../shared/data when present).")
    Path lists;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "3",
            description = "lists, ingest: number of timed runs; nlp: timed passes (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--articles",
            paramLabel = "N",
            defaultValue = "2000",
            description = "ingest: pages ingested per run, 0 for none (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
            names = "--stored",
            paramLabel = "N",
            split = ",",
            defaultValue = "1000,10000,100000",
            description = "ingest: numbers of stored articles at which the near-duplicate look-up is timed"
                    + " (default: ${DEFAULT-VALUE}).")
    List<Integer> stored;

    @Option(
            names = "--lookups",
            paramLabel = "N",
            defaultValue = "2000",
            description = "ingest: look-ups timed at each number of stored articles (default: ${DEFAULT-VALUE}).")
    int lookups;

    @Option(
            names = "--scans",
            paramLabel = "N",
            defaultValue = "100",
            description = "ingest: look-ups also done by scanning every stored article (default: ${DEFAULT-VALUE}).")
    int scans;

    @Option(
            names = "--seeds",
            paramLabel = "DIR",
            description =
                    "ingest: folder of sample reports whose words the synthetic pages use; nlp: the reports to analyse"
                            + " (default: ../shared/seeds when present).")
    Path seeds;

    @Option(
            names = "--names",
            paramLabel = "N",
            defaultValue = "1000000",
            description = "screen: distinct names of the synthetic registry, 0 for none (default: ${DEFAULT-VALUE}).")
    int names;

    @Option(
            names = "--queries",
            paramLabel = "N",
            defaultValue = "2000",
            description = "screen: queries timed on each index (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(
            names = "--baseline-queries",
            paramLabel = "N",
            defaultValue = "100",
            description = "screen: queries the brute-force baseline runs on each index, 0 for none"
                    + " (default: ${DEFAULT-VALUE}).")
    int baselineQueries;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "screen: threads of the batch (default: the number of cores).")
    Integer threads;

    @Option(
            names = "--warmup",
            paramLabel = "SECONDS",
            defaultValue = "5",
            description = "screen: untimed queries first, for at least this long (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(
            names = "--passes",
            paramLabel = "N",
            defaultValue = "3",
            description = "screen: timed passes over the queries, pooled (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(
            names = "--batch-seconds",
            paramLabel = "SECONDS",
            defaultValue = "5",
            description = "screen: the batch repeats the queries for at least this long (default: ${DEFAULT-VALUE}).")
    double batchSeconds;

    @Option(
            names = "--name-data",
            paramLabel = "DIR",
            description = "screen: folder with names/ and namematch/ for the synthetic registry and the negatives"
                    + " (default: the --lists folder).")
    Path nameData;

    @Override
    public Integer call() throws Exception {
        if (benchmark.equals("ingest")) {
            ingest();
            return ExitCode.OK;
        }
        if (benchmark.equals("nlp")) {
            if (runs < 1) {
                throw new CliException(ExitCode.USAGE, "--runs must be at least 1");
            }
            NlpBenchmark.Result r =
                    NlpBenchmark.run(seedsFolder(), runs, spec.commandLine().getErr());
            if (output.json()) {
                NlpBenchmark.json(spec.commandLine().getOut(), r);
            } else {
                NlpBenchmark.text(spec.commandLine().getOut(), r);
            }
            return ExitCode.OK;
        }
        Path folder = Optional.ofNullable(lists)
                .or(() -> DevLayout.shared("data"))
                .orElseThrow(() -> new CliException(ExitCode.USAGE, "no list folder: give --lists DIR"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        switch (benchmark) {
            case "lists" -> {
                if (runs < 1) {
                    throw new CliException(ExitCode.USAGE, "--runs must be at least 1");
                }
                ListsBenchmark.run(folder, runs, output.json(), out, err);
            }
            case "screen" -> screen(folder, out, err);
            default ->
                throw new CliException(
                        ExitCode.USAGE, "unknown benchmark '" + benchmark + "' (known: lists, screen, ingest, nlp)");
        }
        return ExitCode.OK;
    }

    private Path seedsFolder() {
        Path folder = Optional.ofNullable(seeds)
                .or(() -> DevLayout.shared("seeds"))
                .orElseThrow(() -> new CliException(ExitCode.USAGE, "no sample reports: give --seeds DIR"));
        if (!Files.isDirectory(folder)) {
            throw new CliException(ExitCode.USAGE, "--seeds " + folder + ": no such folder");
        }
        return folder;
    }

    private void ingest() throws Exception {
        Path folder = seedsFolder();
        if (articles < 0 || runs < 1 || lookups < 1 || scans < 0) {
            throw new CliException(
                    ExitCode.USAGE, "--articles and --scans must not be negative, --runs and --lookups at least 1");
        }
        List<Integer> sizes = stored.stream().sorted().toList();
        if (sizes.stream().anyMatch(n -> n < 1)) {
            throw new CliException(ExitCode.USAGE, "--stored: every number must be at least 1");
        }
        IngestBenchmark.Result result = IngestBenchmark.run(
                new IngestBenchmark.Settings(folder, articles, runs, sizes, lookups, scans),
                spec.commandLine().getErr());
        if (output.json()) {
            IngestBenchmark.json(spec.commandLine().getOut(), result);
        } else {
            IngestBenchmark.text(spec.commandLine().getOut(), result);
        }
    }

    private void screen(Path folder, PrintWriter out, PrintWriter err) throws Exception {
        if (names < 0) {
            throw new CliException(ExitCode.USAGE, "--names must not be negative");
        }
        if (queries < 1) {
            throw new CliException(ExitCode.USAGE, "--queries must be at least 1");
        }
        if (baselineQueries < 0) {
            throw new CliException(ExitCode.USAGE, "--baseline-queries must not be negative");
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1) {
            throw new CliException(ExitCode.USAGE, "--threads must be at least 1");
        }
        if (passes < 1) {
            throw new CliException(ExitCode.USAGE, "--passes must be at least 1");
        }
        if (!(warmup >= 0) || !(batchSeconds >= 0)) {
            throw new CliException(ExitCode.USAGE, "--warmup and --batch-seconds must not be negative");
        }
        ScreenBenchmark.Settings settings = new ScreenBenchmark.Settings(
                folder,
                Optional.ofNullable(nameData).orElse(folder),
                names,
                queries,
                baselineQueries,
                t,
                warmup,
                passes,
                batchSeconds);
        ScreenBenchmark.Result result = ScreenBenchmark.run(settings, err);
        List<ScreenTargets.Check> checks = ScreenTargets.check(result.figures());
        if (output.json()) {
            ScreenBenchReport.json(out, result, checks);
        } else {
            ScreenBenchReport.text(out, result, checks);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
