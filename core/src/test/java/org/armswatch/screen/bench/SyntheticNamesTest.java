package org.armswatch.screen.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.armswatch.lists.TestData;
import org.armswatch.screen.ListedEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticNamesTest {
    private static NamePools pools;

    @BeforeAll
    static void read() throws Exception {
        pools = NamePools.read(TestData.shared("data"));
    }

    @Test
    void poolsHoldEveryCountryAndTheNegatives() {
        assertThat(pools.forenames()).hasSizeGreaterThan(100).containsKey("GB");
        assertThat(pools.surnames()).hasSizeGreaterThan(70).containsKey("KR");
        assertThat(pools.forenames().get("AD")).startsWith("Martina", "Emma");
        assertThat(pools.localSurnames().get("AM").get(0)).isEqualTo("Գրիգորյան");
        assertThat(pools.firstNames()).hasSize(100_000);
        assertThat(pools.negatives()).hasSize(100_000).contains("Patricia Lucas Wheeler");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void theSameSeedGivesTheSameDistinctNames(long seed) {
        SyntheticNames synthetic = new SyntheticNames(pools);
        List<String> a = synthetic.generate(20_000, seed);
        assertThat(a).hasSize(20_000).isEqualTo(synthetic.generate(20_000, seed));
        assertThat(new HashSet<>(a.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()))
                .hasSize(a.size());
        assertThat(a).isNotEqualTo(synthetic.generate(20_000, seed + 1));
    }

    @Test
    void tokenFrequenciesAreSkewed() {
        List<String> names = new SyntheticNames(pools).generate(50_000, 3);
        Map<String, Integer> counts = new HashMap<>();
        for (String n : names) {
            for (String t : n.toLowerCase(Locale.ROOT).split(" ")) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        List<Integer> sorted = counts.values().stream().sorted((x, y) -> y - x).toList();
        int tokens = sorted.stream().mapToInt(Integer::intValue).sum();
        int top = sorted.subList(0, sorted.size() / 100).stream()
                .mapToInt(Integer::intValue)
                .sum();
        // The commonest 1% of distinct tokens make up a fifth of all tokens; half occur at most twice.
        assertThat((double) top / tokens).isGreaterThan(0.2);
        assertThat(sorted.get(sorted.size() / 2)).isLessThanOrEqualTo(2);
        assertThat(sorted.get(0)).isGreaterThan(500);
    }

    @Test
    void entriesArePersonsOfTheSyntheticSource() {
        List<ListedEntry> entries = SyntheticNames.entries(List.of("Anna Berg", "Li Wei"));
        assertThat(entries).extracting(ListedEntry::id).containsExactly("syn:0", "syn:1");
        assertThat(entries.get(1).names()).containsExactly(new ListedEntry.ListedName("Li Wei", false));
        assertThat(entries)
                .allMatch(e -> e.schema().equals("Person") && e.source().equals("synthetic"));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticNames(pools).generate(-1, 1));
    }
}
