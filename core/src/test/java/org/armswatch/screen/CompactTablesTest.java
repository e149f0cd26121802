package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index's primitive tables behave as the maps and lists they replace. */
class CompactTablesTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void stringIdsNumberStringsInOrderFirstAdded(long seed) {
        Random random = new Random(seed);
        StringIds ids = new StringIds(4);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            String s = Integer.toString(random.nextInt(8_000), 36);
            int id = ids.add(s);
            Integer previous = expected.putIfAbsent(s, expected.size());
            assertThat(id).isEqualTo(previous == null ? expected.size() - 1 : previous);
        }
        ids.trim();
        assertThat(ids.size()).isEqualTo(expected.size());
        expected.forEach((s, id) -> {
            assertThat(ids.get(s)).isEqualTo(id);
            assertThat(ids.string(id)).isEqualTo(s);
        });
        assertThat(ids.get("not there")).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void longIdsNumberKeysInOrderFirstAdded(long seed) {
        Random random = new Random(seed);
        LongIds ids = new LongIds(4);
        Map<Long, Integer> expected = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextInt(5_000) * 0x1_0000_0001L;
            int id = ids.add(key);
            Integer previous = expected.putIfAbsent(key, expected.size());
            assertThat(id).isEqualTo(previous == null ? expected.size() - 1 : previous);
        }
        expected.forEach((k, id) -> assertThat(ids.get(k)).isEqualTo(id));
        assertThat(ids.get(-7)).isEqualTo(-1);
        assertThat(ids.size()).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void postingsGroupValuesByKeyInTheOrderAdded(long seed) {
        Random random = new Random(seed);
        IntList keys = new IntList();
        IntList values = new IntList();
        Map<Integer, java.util.List<Integer>> expected = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            int k = random.nextInt(100);
            keys.add(k);
            values.add(i);
            expected.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(i);
        }
        Postings p = Postings.of(keys, values, 120);
        for (int k = 0; k < 120; k++) {
            java.util.List<Integer> got = new java.util.ArrayList<>();
            for (int i = p.start[k]; i < p.start[k + 1]; i++) {
                got.add(p.values[i]);
            }
            assertThat(got).isEqualTo(expected.getOrDefault(k, java.util.List.of()));
            assertThat(p.length(k)).isEqualTo(got.size());
        }
    }
}
