package org.armswatch.bench;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.armswatch.lists.ListReaders;
import org.armswatch.screen.JaroWinklerScan;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.armswatch.screen.ScreeningResult;
import org.armswatch.screen.bench.ListEntries;
import org.armswatch.screen.bench.NamePools;
import org.armswatch.screen.bench.QuerySet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening against every list of the shared data, newest version of each source, loaded
 * together: one query at a time (sample mode: JMH reports the median and p99), a batch on all
 * cores (throughput: names per second), and the brute-force Jaro-Winkler scan over the same
 * names as the baseline.
 *
 * <pre>
 *   java -jar bench/target/benchmarks.jar RealListsBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class RealListsBenchmark {
    static final MatchIndex.Options OPTIONS = new MatchIndex.Options(0.7, 10, Set.of());
    static final int QUERIES = 2000;
    static final long SEED = 42;

    MatchIndex index;
    JaroWinklerScan scan;
    List<String> queries;

    /** Each thread's own cycle over the queries. */
    @State(Scope.Thread)
    public static class Cursor {
        private static final AtomicInteger THREADS = new AtomicInteger();
        Queries queries;

        @Setup(Level.Trial)
        public void setUp(RealListsBenchmark b) {
            queries = new Queries(b.queries, THREADS.getAndIncrement() * 997);
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ListEntries lists = ListEntries.newest(DataFolder.locate(), ListReaders.standard());
        NamePools pools = NamePools.read(DataFolder.locate());
        index = MatchIndex.build(lists.entries(), NameNormalizer.standard());
        scan = JaroWinklerScan.build(lists.entries(), NameNormalizer.standard());
        queries = Usable.of(
                index,
                QuerySet.of(lists.names(), pools.negatives(), QUERIES, SEED).queries());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<ScreeningResult> singleQuery(Cursor c) {
        return index.search(c.queries.next(), OPTIONS);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(Threads.MAX)
    public List<ScreeningResult> batchAllCores(Cursor c) {
        return index.search(c.queries.next(), OPTIONS);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 3, time = 10)
    public List<JaroWinklerScan.Hit> bruteForceJaroWinkler(Cursor c) {
        return scan.search(c.queries.nextName(), OPTIONS.limit());
    }
}
