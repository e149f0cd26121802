package org.armswatch.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.armswatch.screen.ListedEntry;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.armswatch.screen.bench.HeapUse;
import org.armswatch.screen.bench.NamePools;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the index over a synthetic registry of distinct names, from entries made beforehand,
 * in a fork whose heap is capped at 2 GB; after each build the heap in use after garbage
 * collection, index held, is printed.
 *
 * <pre>
 *   java -jar bench/target/benchmarks.jar SyntheticBuildBenchmark -p names=1000000
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SyntheticBuildBenchmark {
    @Param("1000000")
    int names;

    List<ListedEntry> entries;
    MatchIndex built;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        NamePools pools = NamePools.read(DataFolder.locate());
        entries = SyntheticNames.entries(new SyntheticNames(pools).generate(names, SyntheticBenchmark.NAMES_SEED));
    }

    @Setup(Level.Iteration)
    public void forget() {
        built = null;
    }

    @Benchmark
    public MatchIndex build() {
        built = MatchIndex.build(entries, NameNormalizer.standard());
        return built;
    }

    @TearDown(Level.Iteration)
    public void heap() {
        long used = HeapUse.afterGc();
        System.out.printf(
                "%n[heap] %,d names indexed: %.0f MB in use after GC (index and entries held; max %.0f MB)%n",
                built.names(), used / 1e6, HeapUse.max() / 1e6);
    }
}
