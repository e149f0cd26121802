package org.armswatch.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.armswatch.screen.JaroWinklerScan;
import org.armswatch.screen.ListedEntry;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.armswatch.screen.ScreeningResult;
import org.armswatch.screen.bench.NamePools;
import org.armswatch.screen.bench.QuerySet;
import org.armswatch.screen.bench.SyntheticNames;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening against a synthetic registry of distinct names ({@link SyntheticNames}, seeded): one
 * query at a time, a batch on all cores, and the brute-force Jaro-Winkler baseline. The fork's
 * heap is capped at 2 GB, the target for a million names.
 *
 * <pre>
 *   java -jar bench/target/benchmarks.jar SyntheticBenchmark -p names=1000000
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class SyntheticBenchmark {
    static final long NAMES_SEED = 7;
    static final long QUERY_SEED = 43;

    @Param("1000000")
    int names;

    MatchIndex index;
    JaroWinklerScan scan;
    List<String> queries;

    /** Each thread's own cycle over the queries. */
    @State(Scope.Thread)
    public static class Cursor {
        private static final AtomicInteger THREADS = new AtomicInteger();
        Queries queries;

        @Setup(Level.Trial)
        public void setUp(SyntheticBenchmark b) {
            queries = new Queries(b.queries, THREADS.getAndIncrement() * 997);
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        NamePools pools = NamePools.read(DataFolder.locate());
        List<String> generated = new SyntheticNames(pools).generate(names, NAMES_SEED);
        List<ListedEntry> entries = SyntheticNames.entries(generated);
        index = MatchIndex.build(entries, NameNormalizer.standard());
        scan = JaroWinklerScan.build(entries, NameNormalizer.standard());
        queries = Usable.of(
                index,
                QuerySet.of(generated, pools.negatives(), RealListsBenchmark.QUERIES, QUERY_SEED)
                        .queries());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<ScreeningResult> singleQuery(Cursor c) {
        return index.search(c.queries.next(), RealListsBenchmark.OPTIONS);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(Threads.MAX)
    public List<ScreeningResult> batchAllCores(Cursor c) {
        return index.search(c.queries.next(), RealListsBenchmark.OPTIONS);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 3, time = 10)
    public List<JaroWinklerScan.Hit> bruteForceJaroWinkler(Cursor c) {
        return scan.search(c.queries.nextName(), RealListsBenchmark.OPTIONS.limit());
    }
}
