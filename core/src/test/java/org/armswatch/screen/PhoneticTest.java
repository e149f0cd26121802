package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.TestData;
import org.armswatch.screen.bench.ListEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneticTest {
    @ParameterizedTest
    @CsvSource({
        "kim,gim",
        "jong,chong",
        "jong,jeong",
        "un,eun",
        "chol,cheol",
        "shoigu,shoygu",
        "dmitriy,dmitry",
        "dmitri,dmitry",
        "sergei,sergey",
        "sergei,sergej",
        "osama,usama",
        "qaddafi,gaddafi",
        "peskov,peskoff",
        "wladimir,vladimir",
        "zelensky,selenskyj",
        "ahmadinejad,ahmadinezhad",
        "tsetung,zedong",
        "hsi,xi",
        "poetin,putin",
        "yuri,iuri",
        "young,yong",
        "wladimirowitsch,vladimirovich",
        "wladimirowicz,vladimirovich",
        "mustapha,mustafa",
    })
    void transliterationVariantsShareAKey(String a, String b) {
        assertThat(Phonetic.key(a)).as(a + " / " + b).isEqualTo(Phonetic.key(b));
    }

    @ParameterizedTest
    @CsvSource({
        "olga,oleg",
        "kim,kum",
        "lasse,reza",
        "sancho,sanchez",
        "erin,ellen",
        "kayla,kelly",
        "matti,badi",
    })
    void differentNamesDoNot(String a, String b) {
        assertThat(Phonetic.key(a)).as(a + " / " + b).isNotEqualTo(Phonetic.key(b));
    }

    @ParameterizedTest
    @CsvSource({"mohammed,muhammad", "husayn,hussein", "yusuf,yousef", "poutine,putin"})
    void vowelVariantsDifferOnlyInVowels(String a, String b) {
        String ka = Phonetic.key(a);
        String kb = Phonetic.key(b);
        assertThat(ka).isNotEqualTo(kb);
        assertThat(ka.replaceAll("[a-z]", "")).isEqualTo(kb.replaceAll("[a-z]", ""));
    }

    @ParameterizedTest
    @CsvSource({
        "bwtyn,true,putin,false",
        "fladymyr,true,vladimir,false",
        "wladymyr,true,vladimir,false",
        "beulladimireu,true,vladimir,false",
        "mhmd,true,muhammad,false",
    })
    void skeletonsOfUnvowelledScriptsMeetLatinSpellings(String a, boolean looseA, String b, boolean looseB) {
        assertThat(Phonetic.skeleton(a, looseA)).isEqualTo(Phonetic.skeleton(b, looseB));
    }

    @ParameterizedTest
    @CsvSource({"jeong,jong,true", "chong,jong,true", "gim,kim,true", "chao,chai,false", "kim,kum,false"})
    void theStrictKeyOfSyllablesKeepsVowels(String a, String b, boolean same) {
        assertThat(Phonetic.strictKey(a).equals(Phonetic.strictKey(b))).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource({"petrel8,petrel8", "2004,2004"})
    void tokensWithDigitsAreTheirOwnKey(String token, String key) {
        assertThat(Phonetic.key(token)).isEqualTo(key);
        assertThat(Phonetic.skeleton(token, false)).isEqualTo(key);
    }

    @Test
    void keysOfTheTokensOfListedNamesAndTheirRunsEqualTheReference() throws IOException {
        NameNormalizer normalizer = NameNormalizer.standard();
        List<String> tokens = new ArrayList<>();
        for (String name : ListEntries.newest(TestData.shared("data/un"), ListReaders.standard())
                .names()) {
            List<NameToken> t = normalizer.analyse(name);
            for (int i = 0; i < t.size(); i++) {
                StringBuilder run = new StringBuilder();
                for (int j = i; j < Math.min(t.size(), i + 3); j++) {
                    run.append(t.get(j).text());
                    tokens.add(run.toString());
                }
            }
        }
        assertThat(tokens).hasSizeGreaterThan(10_000);
        tokens.forEach(PhoneticTest::assertSameAsReference);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void keysOfMadeUpTokensEqualTheReference(long seed) {
        // Letter groups the keys rewrite, vowels, digits, capitals and letters outside a to z,
        // strung together at random, so that every rule meets every neighbour.
        String[] pieces = {
            "a", "e", "i", "o", "u", "y", "w", "j", "h", "b", "p", "d", "t", "g", "k", "q", "c", "s", "z", "x", "l",
            "r", "f", "v", "m", "n", "sh", "ch", "zh", "kh", "ts", "tz", "sch", "shch", "szcz", "tsch", "tsj", "cz",
            "sz", "dzh", "tch", "dj", "ck", "ph", "th", "dh", "eo", "eu", "ce", "ci", "cy", "hs", "ia", "yu", "ej", "ay"
        };
        String[] others = {"7", "S", "J", "K", "F", "T", "Z", "X", "é", "ß", "-", "'", " "};
        Random random = new Random(seed);
        assertSameAsReference("");
        for (int i = 0; i < 50_000; i++) {
            StringBuilder token = new StringBuilder();
            int n = random.nextInt(7);
            for (int p = 0; p < n; p++) {
                token.append(
                        random.nextInt(8) == 0
                                ? others[random.nextInt(others.length)]
                                : pieces[random.nextInt(pieces.length)]);
            }
            assertSameAsReference(token.toString());
        }
    }

    private static void assertSameAsReference(String token) {
        assertThat(Phonetic.key(token)).as(token).isEqualTo(ReferencePhonetic.key(token));
        assertThat(Phonetic.strictKey(token)).as(token).isEqualTo(ReferencePhonetic.strictKey(token));
        assertThat(Phonetic.skeleton(token, false)).as(token).isEqualTo(ReferencePhonetic.skeleton(token, false));
        assertThat(Phonetic.skeleton(token, true)).as(token).isEqualTo(ReferencePhonetic.skeleton(token, true));
    }
}
