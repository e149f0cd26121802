package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HangulTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "김정은|gim jeong eun",
                "김정일|gim jeong il",
                "최룡해|choe ryong hae",
                "리설주|ri seol ju",
                "박봉주|bak bong ju",
                "한|han",
                "강석주|gang seok ju",
                "블라디미르|beul ra di mi reu",
            })
    void romanisesSyllableBySyllable(String hangul, String latin) {
        assertThat(Hangul.romanise(hangul).trim().replaceAll(" +", " ")).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource({"김,true", "Kim,false", "金,false", "김 Jong,true"})
    void findsHangulSyllables(String text, boolean hangul) {
        assertThat(Hangul.contains(text)).isEqualTo(hangul);
    }
}
