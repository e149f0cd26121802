package org.armswatch.screen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.TestData;
import org.armswatch.screen.MatchIndex;
import org.junit.jupiter.api.Test;

/** The measuring runs and reports consistent figures; how fast is for the benchmarks, not this test. */
class ScreenBenchTest {

    @Test
    void measuresAnIndexAndItsBaseline() throws Exception {
        NamePools pools = NamePools.read(TestData.shared("data"));
        List<String> names = new SyntheticNames(pools).generate(3_000, 1);
        List<String> queries = QuerySet.of(names, pools.negatives(), 60, 2).queries();
        ScreenBench bench = new ScreenBench(
                new ScreenBench.Settings(new MatchIndex.Options(0.7, 10, Set.of()), 2, 0.05, 10, 5, 0.05, 2));
        ScreenBench.Figures f = bench.measure("synthetic", () -> SyntheticNames.entries(names), queries, w -> {});
        assertThat(f.entries()).isEqualTo(3_000);
        assertThat(f.names()).isEqualTo(3_000);
        assertThat(f.queries()).isEqualTo(120);
        assertThat(f.single().count()).isEqualTo(120);
        assertThat(f.buildSeconds()).isPositive();
        assertThat(f.heapBytes()).isPositive();
        assertThat(f.batchNamesPerSecond()).isPositive();
        assertThat(f.threads()).isEqualTo(2);
        assertThat(f.matchedShare()).isBetween(0.3, 1.0);
        assertThat(f.baseline().count()).isEqualTo(10);
        assertThat(f.medianRatio()).isEqualTo(f.baseline().median() / f.single().median());
    }

    @Test
    void readsTheNewestVersionOfEachList() throws Exception {
        Path un = TestData.shared("data/un");
        ListEntries entries = ListEntries.newest(un, ListReaders.standard());
        assertThat(entries.bySource()).containsOnlyKeys("un");
        assertThat(entries.files()).singleElement().asString().contains("2025-11-20");
        assertThat(entries.entries()).hasSize(1000);
        assertThat(entries.names()).hasSizeGreaterThan(1000);
    }
}
