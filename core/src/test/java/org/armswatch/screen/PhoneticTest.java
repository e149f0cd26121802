package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
