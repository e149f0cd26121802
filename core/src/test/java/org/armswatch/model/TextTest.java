package org.armswatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void nullBecomesEmpty() {
        assertThat(Text.clean(null)).isEmpty();
        assertThat(Text.isBlank(null)).isTrue();
    }

    @Test
    void trimsBothEnds() {
        assertThat(Text.clean("  Orla Quennell \t")).isEqualTo("Orla Quennell");
    }

    @Test
    void collapsesRunsOfSpacesTabsAndLineBreaks() {
        assertThat(Text.clean("Harbour\n            Works \t\r\n Ltd")).isEqualTo("Harbour Works Ltd");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(
            strings = {
                "0009", "000A", "000B", "000C", "000D", "001C", "001F", "0020", "0085", "00A0", "1680", "2000", "2007",
                "200A", "2028", "2029", "202F", "205F", "3000"
            })
    void everyKindOfWhiteSpaceSeparatesWordsByOneSpace(String hex) {
        String space = Character.toString(Integer.parseInt(hex, 16));
        assertThat(Text.clean(space + "Tarn" + space + space + "Vessel" + space))
                .isEqualTo("Tarn Vessel");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(
            strings = {
                "061C", "200E", "200F", "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "FEFF"
            })
    void bidiControlsAndByteOrderMarksAreDropped(String hex) {
        String control = Character.toString(Integer.parseInt(hex, 16));
        assertThat(Text.clean(control + "Kel" + control + "dor" + control)).isEqualTo("Keldor");
    }

    @Test
    void embeddedArabicLosesItsEmbeddingMarksButKeepsItsLetters() {
        assertThat(Text.clean("\u202Bمحمد\u202C  AL-FARSI")).isEqualTo("محمد AL-FARSI");
    }

    @Test
    void aControlBetweenSpacesDoesNotLeaveTwoSpaces() {
        assertThat(Text.clean("Nor \u200E Vale")).isEqualTo("Nor Vale");
    }

    @Test
    void zeroWidthNonJoinerIsKeptBecauseItShapesPersianWords() {
        assertThat(Text.clean("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
    }

    @Test
    void valuesMadeOnlyOfSpaceAndControlsAreBlank() {
        assertThat(Text.clean("\n" + " ".repeat(12))).isEmpty();
        assertThat(Text.isBlank("\uFEFF\u202B\u202C\u00A0")).isTrue();
        assertThat(Text.isBlank(" x ")).isFalse();
    }

    @Test
    void cleanTextIsLeftAsItIs() {
        assertThat(Text.clean("KIM TONG MY’ONG")).isEqualTo("KIM TONG MY’ONG");
    }

    @ParameterizedTest
    @ValueSource(longs = {11L, 23L, 47L})
    void cleaningIsIdempotentAndLeavesNoDoubleOrEdgeSpaces(long seed) {
        Random random = new Random(seed);
        String alphabet = "ab Z\t\n\u00A0\u202F\u202B\u202C\uFEFF\u2066\u3000é-";
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String once = Text.clean(s.toString());
            assertThat(Text.clean(once)).isEqualTo(once);
            assertThat(once).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
            assertThat(once).matches("[abZé -]*");
            assertThat(once.replace(" ", "")).isEqualTo(s.toString().replaceAll("[^abZé-]", ""));
        }
    }
}
