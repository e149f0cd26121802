package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfacDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1962|1962",
                "04 Apr 1960|1960-04-04",
                "4 Apr 1960|1960-04-04",
                "Apr 1960|1960-04",
                "circa 1957|1957",
                "circa 07 Jul 1966|1966-07-07",
                "1951 to 1953|1951;1952;1953",
                "circa 1979-1982|1979;1980;1981;1982",
                "Mar 1962 to May 1962|1962-03;1962-04;1962-05",
                "01 Jan 1961 to 31 Dec 1962|1961;1962",
                "01 Mar 1970 to 30 Apr 1970|1970-03;1970-04",
                "21 Mar 1965 to 20 Mar 1966|1965;1966",
                "1900 to 1950|1900;1950",
                "Jan 1960 to Dec 1962|1960;1961;1962",
                "2015-04-07|2015-04-07",
            })
    void readsTheKnownShapes(String text, String expected) {
        assertThat(OfacDates.parse(text)).contains(List.of(expected.split(";")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "unknown", "31 Feb 1970", "Foo 1970", "1953 to 1951", "1960 to Apr 1961", "12/03/1960", "19"
            })
    void refusesOtherText(String text) {
        assertThat(OfacDates.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 5L, 8L, 13L})
    void everyRealDayRoundTrips(long seed) {
        Random random = new Random(seed);
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int i = 0; i < 200; i++) {
            java.time.LocalDate d = java.time.LocalDate.ofEpochDay(random.nextInt(-25_000, 20_000));
            String text = "%02d %s %d".formatted(d.getDayOfMonth(), months[d.getMonthValue() - 1], d.getYear());
            assertThat(OfacDates.parse(text)).contains(List.of(d.toString()));
        }
    }
}
