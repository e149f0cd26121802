package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sound keys: the usual variants share one, and the key is what it was before it was made faster. */
class PhoneticTest {

    @ParameterizedTest
    @CsvSource({
        "kim, gim",
        "jong, chong",
        "shoigu, shoygu",
        "dmitriy, dmitri",
        "mohammad, muhammad",
        "peskov, peskoff",
        "shchukin, schukin",
        "dzhabarov, jabarov",
    })
    void variantsShareAKey(String a, String b) {
        assertThat(Phonetic.key(a)).isEqualTo(Phonetic.key(b));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void sameKeysAsTheFirstImplementation(long seed) {
        Random random = new Random(seed);
        String alphabet = "aeiouyshczdjktgpqhbfvwlmnrx0123é";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(random.nextInt(8) == 0 ? alphabet.length() : 27)));
            }
            String token = s.toString();
            assertThat(Phonetic.key(token)).as(token).isEqualTo(reference(token));
        }
    }

    private static String reference(String token) {
        return ReferenceFunctions.phoneticKey(token);
    }
}
