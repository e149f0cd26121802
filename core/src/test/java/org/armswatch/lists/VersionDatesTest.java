package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.armswatch.lists.VersionDates.Dated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionDatesTest {
    private static final Instant PUBLISHED = Instant.parse("2025-11-20T23:00:09.067Z");
    private static final Instant LAST_MODIFIED = Instant.parse("2025-11-21T06:15:00Z");
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final LocalDate OPTION = LocalDate.of(2025, 11, 19);

    private static ListData data(Optional<Instant> publishedAt) {
        return new ListData("t", "t-fmt", publishedAt, OptionalInt.empty(), 1, List.of(), List.of());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "sdn_2024-05-03.csv|2024-05-03",
                "un_consolidated_2025-11-20.xml|2025-11-20",
                "FCDO_SL_Mon_Aug_11_2025.ods|2025-08-11",
                "FCDO_SL_Tue_Sep_2_2025.ods|2025-09-02",
                "export August 11, 2025.csv|2025-08-11",
                "list-20240503.xml|2024-05-03",
                "2021-04|2021-04-01",
                "ofac_2021-04|2021-04-01",
                "list-2021-04.csv|2021-04-01",
                "enhanced_irgc_2024-08-28.xml|2024-08-28",
                "alt_approx-2024-09.csv|2024-09-01",
                "v2_2024-02-29_final.xml|2024-02-29",
            })
    void findsTheDateInAName(String name, String date) {
        assertThat(VersionDates.fromName(name)).contains(LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sdn.csv",
                "entities.ftm.json",
                "consolidated.xml",
                "",
                "2024-13-40.csv",
                "2023-02-29.xml",
                "list-20241399.xml",
                "FCDO_SL_Mon_Feb_30_2025.ods",
                "list_1899-12-31.csv",
                "list_2101-01-01.csv",
                "list-21010101.xml",
                "1850-06",
                "list-123456789.xml",
                "list-2024-5-3.xml",
                "2024-13",
                "12-2024-05.csv"
            })
    void findsNoDateWhereThereIsNone(String name) {
        assertThat(VersionDates.fromName(name)).isEmpty();
    }

    @Test
    void yearsAtTheEndsOfTheRangeAreAccepted() {
        assertThat(VersionDates.fromName("a_1990-01-01.csv")).contains(LocalDate.of(1990, 1, 1));
        assertThat(VersionDates.fromName("a_2100-12-31.csv")).contains(LocalDate.of(2100, 12, 31));
        assertThat(VersionDates.fromName("a_1989-12-31.csv")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {7L, 19L, 1234L})
    void everyDayInRangeIsFoundInEachNamingStyle(long seed) {
        Random random = new Random(seed);
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        long first = LocalDate.of(1990, 1, 1).toEpochDay();
        long last = LocalDate.of(2100, 12, 31).toEpochDay();
        for (int i = 0; i < 300; i++) {
            LocalDate d = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
            assertThat(VersionDates.fromName("list_" + d + ".xml")).contains(d);
            assertThat(VersionDates.fromName("list-" + d.toString().replace("-", "") + ".xml"))
                    .contains(d);
            assertThat(VersionDates.fromName("FCDO_SL_Fri_" + months[d.getMonthValue() - 1] + "_" + d.getDayOfMonth()
                            + "_" + d.getYear() + ".ods"))
                    .contains(d);
        }
    }

    @Test
    void thePublishersDateComesFirst() {
        Dated d = VersionDates.resolve(
                data(Optional.of(PUBLISHED)),
                Path.of("/lists/un_2024-09-26.xml"),
                Optional.of(OPTION),
                Optional.of(LAST_MODIFIED),
                NOW);
        assertThat(d).isEqualTo(new Dated(PUBLISHED, DateBasis.PUBLISHER, Optional.empty()));
    }

    @Test
    void theDateOptionComesBeforeLastModifiedAndTheName() {
        Dated d = VersionDates.resolve(
                data(Optional.empty()),
                Path.of("/lists/un_2024-09-26.xml"),
                Optional.of(OPTION),
                Optional.of(LAST_MODIFIED),
                NOW);
        assertThat(d).isEqualTo(new Dated(Instant.parse("2025-11-19T00:00:00Z"), DateBasis.OPTION, Optional.empty()));
    }

    @Test
    void lastModifiedComesBeforeTheName() {
        Dated d = VersionDates.resolve(
                data(Optional.empty()),
                Path.of("/lists/un_2024-09-26.xml"),
                Optional.empty(),
                Optional.of(LAST_MODIFIED),
                NOW);
        assertThat(d).isEqualTo(new Dated(LAST_MODIFIED, DateBasis.LAST_MODIFIED, Optional.empty()));
    }

    @Test
    void theFileNameDateComesWithAWarningNamingTheFile() {
        Dated d = VersionDates.resolve(
                data(Optional.empty()),
                Path.of("/lists/uk/FCDO_SL_Mon_Aug_11_2025.ods"),
                Optional.empty(),
                Optional.empty(),
                NOW);
        assertThat(d.date()).isEqualTo(Instant.parse("2025-08-11T00:00:00Z"));
        assertThat(d.basis()).isEqualTo(DateBasis.FILE_NAME);
        assertThat(d.warning())
                .contains("FCDO_SL_Mon_Aug_11_2025.ods carries no date: took 2025-08-11 from its name"
                        + " (give --date to set it)");
    }

    @Test
    void theFolderNameIsUsedWhenTheFileNameHasNoDate() {
        Path sdn = TestData.shared("data/ofac/2021-04/sdn.csv");
        Dated d = VersionDates.resolve(data(Optional.empty()), sdn, Optional.empty(), Optional.empty(), NOW);
        assertThat(d.date()).isEqualTo(Instant.parse("2021-04-01T00:00:00Z"));
        assertThat(d.basis()).isEqualTo(DateBasis.FILE_NAME);
        assertThat(d.warning()).hasValueSatisfying(w -> assertThat(w)
                .isEqualTo("sdn.csv carries no date: took 2021-04-01 from the name of its folder 2021-04"
                        + " (give --date to set it)"));
    }

    @Test
    void theFileNameWinsOverTheFolderName() {
        Dated d = VersionDates.resolve(
                data(Optional.empty()),
                Path.of("/lists/2021-04/sdn_2024-05-03.csv"),
                Optional.empty(),
                Optional.empty(),
                NOW);
        assertThat(d.date()).isEqualTo(Instant.parse("2024-05-03T00:00:00Z"));
    }

    @Test
    void withoutAnyDateTheLoadTimeIsUsedWithAWarningNamingTheFile() {
        Dated d = VersionDates.resolve(
                data(Optional.empty()),
                Path.of("/lists/opensanctions/entities.ftm.json"),
                Optional.empty(),
                Optional.empty(),
                NOW);
        assertThat(d.date()).isEqualTo(NOW);
        assertThat(d.basis()).isEqualTo(DateBasis.LOAD_TIME);
        assertThat(d.warning())
                .contains("entities.ftm.json carries no date: dated it now, at loading"
                        + " (give --date with the publisher's date)");
    }

    @Test
    void aBareFileNameWithoutFolderFallsBackToLoadTime() {
        Dated d = VersionDates.resolve(
                data(Optional.empty()), Path.of("sdn.csv"), Optional.empty(), Optional.empty(), NOW);
        assertThat(d.basis()).isEqualTo(DateBasis.LOAD_TIME);
        assertThat(d.date()).isEqualTo(NOW);
    }

    @Test
    void basesAreOrderedMostTrustworthyFirstAndLabelled() {
        assertThat(DateBasis.values())
                .containsExactly(
                        DateBasis.PUBLISHER,
                        DateBasis.OPTION,
                        DateBasis.LAST_MODIFIED,
                        DateBasis.FILE_NAME,
                        DateBasis.LOAD_TIME);
        assertThat(DateBasis.OPTION.label()).isEqualTo("--date");
        assertThat(DateBasis.LOAD_TIME.label()).isEqualTo("time of loading (no date found)");
    }
}
