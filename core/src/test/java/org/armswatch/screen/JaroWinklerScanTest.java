package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JaroWinklerScanTest {
    private static final List<ListedEntry> ENTRIES = List.of(
            entry("a", "Sergei Shoigu", "Sergey Kuzhugetovich Shoygu"),
            entry("b", "Kim Jong Un"),
            entry("c", "Zala Aero Group"),
            entry("d", "Vladimir Putin"));

    private static ListedEntry entry(String id, String... names) {
        List<ListedEntry.ListedName> n = new ArrayList<>();
        for (String s : names) {
            n.add(new ListedEntry.ListedName(s, false));
        }
        return new ListedEntry(id, "Person", names[0], "test", 1, n, List.of(), List.of(), List.of());
    }

    @Test
    void findsTheMostSimilarNamesBestFirst() {
        JaroWinklerScan scan = JaroWinklerScan.build(ENTRIES, NameNormalizer.standard());
        assertThat(scan.names()).isEqualTo(5);
        List<JaroWinklerScan.Hit> hits = scan.search("SHOIGU, Sergei", 2);
        assertThat(hits).hasSize(2);
        assertThat(scan.search("Sergei Shoigu", 1).get(0).entry().id()).isEqualTo("a");
        assertThat(scan.search("Sergei Shoigu", 1).get(0).similarity()).isEqualTo(1.0);
        assertThat(scan.search("Kim Jong-un", 1).get(0).entry().id()).isEqualTo("b");
        assertThat(scan.search("ZALA AERO", 5))
                .hasSize(5)
                .first()
                .extracting(h -> h.entry().id())
                .isEqualTo("c");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void keepsTheBestOfAllByHeapAsASortWould(long seed) {
        Random random = new Random(seed);
        List<ListedEntry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            entries.add(entry("e" + i, "name" + (char) ('a' + random.nextInt(26)) + random.nextInt(50)));
        }
        JaroWinklerScan scan = JaroWinklerScan.build(entries, NameNormalizer.standard());
        List<JaroWinklerScan.Hit> hits = scan.search("namek17", 7);
        List<Double> all = entries.stream()
                .map(e -> JaroWinkler.similarity(
                        "namek17", NameNormalizer.standard().fold(e.caption())))
                .sorted(Comparator.reverseOrder())
                .limit(7)
                .toList();
        assertThat(hits).extracting(JaroWinklerScan.Hit::similarity).containsExactlyElementsOf(all);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        JaroWinklerScan scan = JaroWinklerScan.build(ENTRIES, NameNormalizer.standard());
        assertThatIllegalArgumentException().isThrownBy(() -> scan.search("x", 0));
    }
}
