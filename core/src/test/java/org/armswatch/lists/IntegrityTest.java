package org.armswatch.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntegrityTest {
    private static final String FILE = "/lists/un_2025-11-20.xml";
    private static final Instant ACTIVE_DATE = Instant.parse("2025-11-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2025-11-20T00:00:00Z");

    private static ListData read(int records) {
        return new ListData("un", "un-xml", Optional.empty(), OptionalInt.empty(), records, List.of(), List.of());
    }

    private static ListData declared(int declared, int records) {
        return new ListData(
                "ofac-cons", "ofac-xml", Optional.empty(), OptionalInt.of(declared), records, List.of(), List.of());
    }

    private static Optional<ListVersion> active(int records) {
        return Optional.of(new ListVersion(
                7,
                "un",
                "un-xml",
                ACTIVE_DATE,
                DateBasis.PUBLISHER,
                records,
                records,
                "a".repeat(64),
                "b".repeat(64),
                "/lists/un_2025-11-01.xml",
                ACTIVE_DATE,
                0,
                List.of(),
                true));
    }

    private static LoadPolicy policy(boolean allowOlder, boolean acceptShrink) {
        return new LoadPolicy(allowOlder, acceptShrink, 0.10);
    }

    @Test
    void firstLoadPasses() {
        assertThatCode(() -> Integrity.check(FILE, read(1), LATER, Optional.empty(), LoadPolicy.SAFE))
                .doesNotThrowAnyException();
    }

    @Test
    void matchingDeclaredCountPasses() {
        assertThatCode(() -> Integrity.check(FILE, declared(443, 443), LATER, Optional.empty(), LoadPolicy.SAFE))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {442, 444, 0})
    void declaredCountOtherThanTheReadCountIsRefused(int read) {
        assertThatThrownBy(() -> Integrity.check(FILE, declared(443, read), LATER, Optional.empty(), LoadPolicy.SAFE))
                .isInstanceOf(ListRefusedException.class)
                .hasMessage(FILE + ": declares 443 records but holds " + read + " (truncated or corrupted)");
    }

    @Test
    void declaredCountIsCheckedEvenWhenEverythingElseIsAllowed() {
        assertThatThrownBy(
                        () -> Integrity.check(FILE, declared(10, 9), LATER, active(9), new LoadPolicy(true, true, 1.0)))
                .isInstanceOf(ListRefusedException.class)
                .hasMessageStartingWith(FILE + ": declares 10 records");
    }

    @Test
    void emptyListIsRefusedEvenOnFirstLoad() {
        assertThatThrownBy(() -> Integrity.check(FILE, read(0), LATER, Optional.empty(), LoadPolicy.SAFE))
                .isInstanceOf(ListRefusedException.class)
                .hasMessage(FILE + ": holds no records");
        assertThatThrownBy(() -> Integrity.check(FILE, read(0), LATER, active(5), new LoadPolicy(true, true, 1.0)))
                .hasMessage(FILE + ": holds no records");
    }

    @Test
    void olderVersionIsRefusedWithTheOverride() {
        Instant older = Instant.parse("2025-10-31T23:59:59Z");
        assertThatThrownBy(() -> Integrity.check(FILE, read(100), older, active(100), LoadPolicy.SAFE))
                .isInstanceOf(ListRefusedException.class)
                .hasMessage(FILE + ": dated 2025-10-31T23:59:59Z, older than the active version 7 of un dated"
                        + " 2025-11-01T00:00:00Z (use --allow-older to load it anyway)");
    }

    @Test
    void olderVersionPassesWhenAllowed() {
        Instant older = Instant.parse("2024-01-01T00:00:00Z");
        assertThatCode(() -> Integrity.check(FILE, read(100), older, active(100), policy(true, false)))
                .doesNotThrowAnyException();
    }

    @Test
    void sameDateAsTheActiveVersionIsNotOlder() {
        assertThatCode(() -> Integrity.check(FILE, read(100), ACTIVE_DATE, active(100), LoadPolicy.SAFE))
                .doesNotThrowAnyException();
    }

    @Test
    void exactlyTenPercentFewerRecordsPasses() {
        assertThatCode(() -> Integrity.check(FILE, read(900), LATER, active(1000), LoadPolicy.SAFE))
                .doesNotThrowAnyException();
    }

    @Test
    void aDropOfExactlyTheConfiguredFractionPassesWhereFloatingPointRoundsTheFloorUp() {
        // 94500 * (1 - 0.69) is 29295.000000000004 in doubles, yet 29295 is exactly 69% fewer.
        LoadPolicy p = new LoadPolicy(false, false, 0.69);
        assertThatCode(() -> Integrity.check(FILE, read(29_295), LATER, active(94_500), p))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Integrity.check(FILE, read(29_294), LATER, active(94_500), p))
                .hasMessage(FILE + ": would shrink un from 94500 to 29294 records (-69.0%, more than the 69% allowed;"
                        + " use --accept-shrink if that is right)");
    }

    @Test
    void growthPasses() {
        assertThatCode(() -> Integrity.check(FILE, read(5000), LATER, active(1000), LoadPolicy.SAFE))
                .doesNotThrowAnyException();
    }

    @Test
    void ten_point_one_percentFewerRecordsIsRefusedWithTheOverride() {
        assertThatThrownBy(() -> Integrity.check(FILE, read(899), LATER, active(1000), LoadPolicy.SAFE))
                .isInstanceOf(ListRefusedException.class)
                .hasMessage(FILE + ": would shrink un from 1000 to 899 records (-10.1%, more than the 10% allowed;"
                        + " use --accept-shrink if that is right)");
    }

    @Test
    void largeShrinkPassesWhenAccepted() {
        assertThatCode(() -> Integrity.check(FILE, read(1), LATER, active(1000), policy(false, true)))
                .doesNotThrowAnyException();
    }

    @Test
    void olderIsCheckedBeforeShrink() {
        Instant older = Instant.parse("2020-01-01T00:00:00Z");
        assertThatThrownBy(() -> Integrity.check(FILE, read(1), older, active(1000), LoadPolicy.SAFE))
                .hasMessageContaining("--allow-older");
        assertThatThrownBy(() -> Integrity.check(FILE, read(1), older, active(1000), policy(true, false)))
                .hasMessageContaining("--accept-shrink");
    }

    @ParameterizedTest
    @ValueSource(longs = {5L, 41L, 977L})
    void shrinkBoundaryHoldsForAnyListSizeAndPolicy(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            int percent = random.nextInt(0, 101);
            LoadPolicy p = new LoadPolicy(false, false, percent / 100.0);
            int before = 100 * random.nextInt(1, 2000);
            int floor = before - before * percent / 100;
            assertThatCode(() -> Integrity.check(FILE, read(Math.max(floor, 1)), LATER, active(before), p))
                    .as("%d%% of %d", percent, before)
                    .doesNotThrowAnyException();
            if (floor > 1) {
                assertThatThrownBy(() -> Integrity.check(FILE, read(floor - 1), LATER, active(before), p))
                        .as("%d%% of %d", percent, before)
                        .isInstanceOf(ListRefusedException.class)
                        .hasMessageStartingWith(FILE + ": would shrink un from " + before + " to " + (floor - 1));
            }
        }
    }

    @Test
    void policyRefusesAFractionOutsideZeroToOne() {
        assertThatThrownBy(() -> new LoadPolicy(false, false, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxShrink must be in [0,1], got 1.5");
        assertThatThrownBy(() -> new LoadPolicy(false, false, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadPolicy(false, false, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(LoadPolicy.SAFE).isEqualTo(new LoadPolicy(false, false, 0.10));
    }

    @Test
    void everyRefusalNamesTheFile() {
        List<ThrowingCheck> checks = List.of(
                () -> Integrity.check(FILE, declared(2, 1), LATER, Optional.empty(), LoadPolicy.SAFE),
                () -> Integrity.check(FILE, read(0), LATER, Optional.empty(), LoadPolicy.SAFE),
                () -> Integrity.check(FILE, read(100), Instant.EPOCH, active(100), LoadPolicy.SAFE),
                () -> Integrity.check(FILE, read(10), LATER, active(100), LoadPolicy.SAFE));
        for (ThrowingCheck c : checks) {
            assertThatThrownBy(c::run).isInstanceOf(ListRefusedException.class).hasMessageStartingWith(FILE + ": ");
        }
    }

    @FunctionalInterface
    private interface ThrowingCheck {
        void run() throws Exception;
    }
}
