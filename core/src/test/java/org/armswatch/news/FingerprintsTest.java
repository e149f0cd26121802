package org.armswatch.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    @Test
    void normaliseFoldsCaseAndPunctuationToSingleSpaces() {
        assertThat(Fingerprints.normalise("  “Arms”, he said — AGAIN!  ")).isEqualTo("arms he said again");
    }

    @Test
    void typographicAndAsciiApostrophesGiveTheSameWord() {
        assertThat(Fingerprints.normalise("North Korea’s shells")).isEqualTo("north koreas shells");
        assertThat(Fingerprints.normalise("North Korea's shells")).isEqualTo("north koreas shells");
        assertThat(Fingerprints.normalise("the ‘rogue’ state")).isEqualTo("the rogue state");
    }

    @Test
    void everyDashSeparatesWords() {
        assertThat(Fingerprints.normalise("anti-tank anti‐tank anti–tank anti—tank anti−tank"))
                .isEqualTo("anti tank anti tank anti tank anti tank anti tank");
    }

    @Test
    void compatibilityFormsAreFolded() {
        assertThat(Fingerprints.normalise("ＡＢＣ ﬁre ①")).isEqualTo("abc fire 1");
    }

    @Test
    void lettersOfOtherScriptsAndTheirMarksAreKept() {
        assertThat(Fingerprints.normalise("Путин, «КНДР»; हिन्दी")).isEqualTo("путин кндр हिन्दी");
    }

    @Test
    void aTurkishDefaultLocaleDoesNotChangeTheResult() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Fingerprints.normalise("TITLE ISSUE")).isEqualTo("title issue");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void identicalTextsAreFullySimilar() {
        String text = Fingerprints.normalise(
                "The ministry confirmed that the shipment of artillery shells left the port on Tuesday night.");
        long[] a = Fingerprints.minHash(text);

        assertThat(a).hasSize(Fingerprints.SIGNATURE_LENGTH);
        assertThat(Fingerprints.estimatedJaccard(a, Fingerprints.minHash(text))).isEqualTo(1.0);
    }

    @Test
    void unrelatedTextsAreDissimilar() {
        long[] a = Fingerprints.minHash(Fingerprints.normalise(
                "The ministry confirmed that the shipment of artillery shells left the port on Tuesday night,"
                        + " escorted by two frigates, according to satellite images reviewed by analysts."));
        long[] b = Fingerprints.minHash(Fingerprints.normalise(
                "Heavy rain flooded the old town for a second day and the council opened the sports hall"
                        + " as a shelter for families whose houses were damaged by the river."));

        assertThat(Fingerprints.estimatedJaccard(a, b)).isLessThan(0.05);
    }

    @Test
    void oneChangedWordLosesTheShinglesThatContainIt() {
        String words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        long[] a = Fingerprints.minHash(words);
        long[] b = Fingerprints.minHash(words.replace("eight", "acht"));

        // 10 shingles each; the 5 containing the word differ: Jaccard 5 / 15.
        assertThat(Fingerprints.estimatedJaccard(a, b)).isBetween(0.2, 0.5);
    }

    @Test
    void shortTextsAreOneShingleOfAllTheirWords() {
        assertThat(Fingerprints.minHash("arms embargo")).isEqualTo(Fingerprints.minHash("arms embargo"));
        assertThat(Fingerprints.estimatedJaccard(
                        Fingerprints.minHash("arms embargo"), Fingerprints.minHash("embargo arms")))
                .isLessThan(0.05);
    }

    @Test
    void theEmptyTextHasTheEmptySetSignature() {
        long[] empty = Fingerprints.minHash("");

        assertThat(Arrays.stream(empty).allMatch(v -> v == Long.MAX_VALUE)).isTrue();
        assertThat(Fingerprints.normalise(" ¿—! ")).isEmpty();
    }

    @Test
    void signaturesAreStableAcrossRunsAndJvms() {
        // Pinned values: a change here changes every signature stored in a database.
        long[] signature = Fingerprints.minHash("arms embargo monitoring from news");

        assertThat(signature[0]).isEqualTo(-2626338425619957035L);
        assertThat(signature[127]).isEqualTo(-2977414265909558844L);
    }

    @Test
    void estimatedJaccardRefusesSignaturesOfDifferentLengths() {
        assertThatThrownBy(() -> Fingerprints.estimatedJaccard(new long[128], new long[64]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("128 and 64");
    }
}
