package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Jaro-Winkler: known values, and the bit-mask path gives exactly what the plain loop gives. */
class JaroWinklerTest {

    @ParameterizedTest
    @CsvSource({
        "martha, marhta, 0.9611",
        "dwayne, duane, 0.84",
        "dixon, dicksonx, 0.8133",
        "shoigu, shoygu, 0.9222",
        "abc, abc, 1.0",
        "abc, xyz, 0.0",
    })
    void knownValues(String a, String b, double expected) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(1e-4));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sameAsThePlainAlgorithmOnSeededStrings(long seed) {
        Random random = new Random(seed);
        long[] work = new long[128];
        String[] alphabets = {"ab", "abcde", "abcdefghijklmnopqrstuvwxyz", "aeiouklmnrst", "abcé", "xyz0123ж"};
        for (int n = 0; n < 20_000; n++) {
            String alphabet = alphabets[random.nextInt(alphabets.length)];
            String a = draw(random, alphabet, random.nextInt(random.nextInt(10) == 0 ? 80 : 20));
            String b = random.nextInt(3) == 0 ? mutate(a, random) : draw(random, alphabet, random.nextInt(20));
            assertThat(JaroWinkler.similarity(a, b)).as(a + " / " + b).isEqualTo(reference(a, b));
            assertThat(JaroWinkler.similarity(b, a)).as(b + " / " + a).isEqualTo(reference(b, a));
            assertThat(JaroWinkler.similarity(a, b, work)).as(a + " / " + b).isEqualTo(reference(a, b));
        }
        assertThat(work).as("the work array is left zeroed").containsOnly(0L);
    }

    private static String draw(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String mutate(String a, Random random) {
        if (a.length() < 2) {
            return a + "x";
        }
        StringBuilder s = new StringBuilder(a);
        int i = random.nextInt(a.length() - 1);
        char c = s.charAt(i);
        s.setCharAt(i, s.charAt(i + 1));
        s.setCharAt(i + 1, c);
        if (random.nextBoolean()) {
            s.deleteCharAt(random.nextInt(s.length()));
        }
        return s.toString();
    }

    // The implementation before the bit-mask path, unchanged.
    private static double reference(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] matchedA = new boolean[la];
        boolean[] matchedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            char c = a.charAt(i);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && b.charAt(j) == c) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (matchedA[i]) {
                while (!matchedB[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        int max = Math.min(4, Math.min(la, lb));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
