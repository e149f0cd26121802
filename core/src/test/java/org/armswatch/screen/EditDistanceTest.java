package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EditDistanceTest {
    @ParameterizedTest
    @CsvSource({
        "putin,putin,0",
        "putin,putsin,1",
        "luakshenko,lukashenko,1",
        "kitten,sitting,3",
        "'',abc,3",
        "ab,ba,1",
    })
    void countsEditsWithTranspositions(String a, String b, int d) {
        assertThat(EditDistance.bounded(a, b, 10)).isEqualTo(d);
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 17, 2026})
    void agreesWithTheFullTableUpToTheBound(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            String a = random(random);
            String b = random.nextInt(3) == 0 ? mutate(random, a) : random(random);
            int bound = random.nextInt(4);
            int full = full(a, b);
            assertThat(EditDistance.bounded(a, b, bound)).as(a + " / " + b).isEqualTo(Math.min(full, bound + 1));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 23, 404})
    void equalsTheReferenceWithSwapsAndAnyBound(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            String a = random(random);
            String b =
                    switch (random.nextInt(4)) {
                        case 0 -> mutate(random, a);
                        case 1 -> swap(random, a);
                        case 2 -> swap(random, mutate(random, a));
                        default -> random(random);
                    };
            int bound = random.nextInt(6) - 1;
            assertThat(EditDistance.bounded(a, b, bound))
                    .as(a + " / " + b + " within " + bound)
                    .isEqualTo(ReferenceEditDistance.bounded(a, b, bound));
        }
    }

    private static String swap(Random r, String s) {
        if (s.length() < 2) {
            return s;
        }
        int i = r.nextInt(s.length() - 1);
        char[] c = s.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    private static String random(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(9);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(4)));
        }
        return b.toString();
    }

    private static String mutate(Random r, String s) {
        StringBuilder b = new StringBuilder(s);
        int edits = r.nextInt(3);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int i = r.nextInt(b.length());
            switch (r.nextInt(3)) {
                case 0 -> b.deleteCharAt(i);
                case 1 -> b.setCharAt(i, (char) ('a' + r.nextInt(4)));
                default -> b.insert(i, (char) ('a' + r.nextInt(4)));
            }
        }
        return b.toString();
    }

    // Optimal string alignment distance by the whole table.
    private static int full(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
