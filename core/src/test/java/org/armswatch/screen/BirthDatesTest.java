package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthDatesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1962-8-20|1962-08-20",
                "1964|1964",
                "1964-05|1964-05",
                "1974-01-32|1974-01",
                "1974-13-01|1974",
                "2024-02-29|2024-02-29",
                "2023-02-29|2023-02",
                "1958/3/1|1958-03-01",
                "1980-01-01T00:00:00|1980-01-01",
            })
    void normalisesToAnIsoPrefix(String raw, String iso) {
        assertThat(BirthDates.normalise(raw)).contains(iso);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"circa 1960", "unknown", "''", "60-01-01"})
    void unreadableDatesAreEmpty(String raw) {
        assertThat(BirthDates.normalise(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1964|1964-05-03|true",
                "1962-8-20|1962-08-20|true",
                "1964|1965-01-01|true",
                "1964-05-03|1965-05-03|false",
                "1964|1966|false",
                "1964-05-03|1964-05-04|false",
                "unknown|1964|false",
            })
    void datesAgreeWhenOneCanBeTheOther(String a, String b, boolean agree) {
        assertThat(BirthDates.agree(a, b)).isEqualTo(agree);
        assertThat(BirthDates.agree(b, a)).isEqualTo(agree);
    }
}
