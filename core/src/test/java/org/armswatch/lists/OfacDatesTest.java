package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfacDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "04 Apr 1960|1960-04-04",
                "4 Apr 1960|1960-04-04",
                "1972|1972",
                "circa 1957|1957",
                "Circa 12 Jul 1961|1961-07-12",
                "Apr 1961|1961-04",
                "1951 to 1953|1951 1952 1953",
                "circa 1962-1964|1962 1963 1964",
                "Mar 1955 to Mar 1956|1955 1956",
                "21 Mar 1965 to 20 Mar 1966|1965 1966",
                "01 Jan 1959 to 31 Dec 1959|1959",
                "01 Jun 1960 to 30 Jun 1960|1960-06",
                "1960.|1960",
                "1970-02-28|1970-02-28",
                "12 September 1948|1948-09-12",
            })
    void readsTheShapesOfacWrites(String text, String expected) {
        assertThat(OfacDates.parse(text)).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "unknown",
                "31 Feb 1960",
                "Smarch 1960",
                "1960 to 1950",
                "1 2 3",
                "0012",
                "1960 to 1961 to 1962"
            })
    void givesNothingForTextThatIsNoDate(String text) {
        assertThat(OfacDates.parse(text)).isEmpty();
    }

    @Test
    void nullIsNoDate() {
        assertThat(OfacDates.parse(null)).isEmpty();
    }

    @Test
    void longRangesKeepOnlyTheirEnds() {
        assertThat(OfacDates.parse("1940 to 1970")).containsExactly("1940", "1970");
        assertThat(OfacDates.parse("1940 to 1959")).hasSize(OfacDates.MAX_YEARS);
    }

    @Test
    void spansOfEnhancedXmlPeriodsStayPartial() {
        assertThat(OfacDates.span(LocalDate.of(1972, 1, 1), LocalDate.of(1972, 12, 31)))
                .containsExactly("1972");
        assertThat(OfacDates.span(LocalDate.of(1961, 4, 1), LocalDate.of(1961, 4, 30)))
                .containsExactly("1961-04");
        assertThat(OfacDates.span(LocalDate.of(1957, 10, 10), LocalDate.of(1957, 10, 10)))
                .containsExactly("1957-10-10");
        assertThat(OfacDates.span(LocalDate.of(1951, 1, 1), LocalDate.of(1953, 12, 31)))
                .containsExactly("1951", "1952", "1953");
        assertThat(OfacDates.span(LocalDate.of(1960, 1, 1), LocalDate.of(1959, 1, 1)))
                .isEmpty();
    }

    /** Random day dates written the OFAC way read back to the same ISO date, never a different one. */
    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2024L})
    void seededDayDatesRoundTrip(long seed) {
        Random random = new Random(seed);
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int i = 0; i < 500; i++) {
            LocalDate d = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
            String text = String.format(
                    Locale.ROOT, "%02d %s %d", d.getDayOfMonth(), months[d.getMonthValue() - 1], d.getYear());
            assertThat(OfacDates.parse(text)).isEqualTo(List.of(d.toString()));
        }
    }
}
