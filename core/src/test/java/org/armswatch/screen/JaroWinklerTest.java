package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Jaro-Winkler: known values; the bit-mask path and the prepared form give exactly what the plain
 * loop gives, in both orders (the prepared form relies on the similarity being symmetric).
 */
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
        String[] alphabets = {"ab", "abcde", "abcdefghijklmnopqrstuvwxyz", "aeiouklmnrst", "abcé", "xyz0123ж"};
        for (int n = 0; n < 20_000; n++) {
            String alphabet = alphabets[random.nextInt(alphabets.length)];
            String a = draw(random, alphabet, random.nextInt(random.nextInt(10) == 0 ? 80 : 20));
            String b = random.nextInt(3) == 0 ? mutate(a, random) : draw(random, alphabet, random.nextInt(20));
            assertThat(JaroWinkler.similarity(a, b)).as(a + " / " + b).isEqualTo(reference(a, b));
            assertThat(JaroWinkler.similarity(b, a)).as(b + " / " + a).isEqualTo(reference(b, a));
            JaroWinkler.Prepared prepared = JaroWinkler.prepare(a);
            assertThat(JaroWinkler.similarity(prepared, b)).as(a + " / " + b).isEqualTo(reference(a, b));
            assertThat(JaroWinkler.similarity(prepared, b)).as(b + " / " + a).isEqualTo(reference(b, a));
            char[] padded = ("xy" + b + "z").toCharArray();
            assertThat(JaroWinkler.similarity(prepared, padded, 2, b.length()))
                    .as(a + " / " + b)
                    .isEqualTo(reference(a, b));
        }
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

    private static double reference(String a, String b) {
        return ReferenceFunctions.jaroWinkler(a, b);
    }
}
