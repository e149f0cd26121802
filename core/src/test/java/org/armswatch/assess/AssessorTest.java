package org.armswatch.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AssessorTest {
    private static final Regimes REGIMES = Regimes.standard();
    private static final Assessor ASSESSOR = new Assessor(REGIMES);

    private static Assessment assess(String supplier, String recipient, String date, String... items) {
        return ASSESSOR.assess(new TransferQuery(supplier, recipient, List.of(items), LocalDate.parse(date)));
    }

    private static List<String> citations(Assessment a) {
        return a.provisions().stream().map(p -> p.provision().citation()).toList();
    }

    private static List<String> unCitations(Assessment a) {
        return a.provisions().stream()
                .filter(p -> p.regime().authority() == Authority.UNSC)
                .map(p -> p.provision().citation())
                .toList();
    }

    private static List<CaveatCode> codes(Assessment a) {
        return a.caveats().stream().map(Caveat::code).toList();
    }

    private static String caveat(Assessment a, CaveatCode code) {
        return a.caveats().stream()
                .filter(c -> c.code() == code)
                .map(Caveat::text)
                .reduce((x, y) -> x + "\n" + y)
                .orElseThrow(() -> new AssertionError("no " + code + " caveat in " + a.caveats()));
    }

    @Test
    void northKoreanAmmunitionToRussiaIsProhibited() {
        Assessment a = assess("PRK", "RUS", "2023-09-01", "ammunition");

        assertThat(a.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(unCitations(a)).containsExactly("UNSCR 1718 (2006) op. 8(b)", "UNSCR 1874 (2009) op. 9");
        assertThat(a.provisions().getFirst().provision().effect()).isEqualTo(Effect.PROHIBITED);
        assertThat(caveat(a, CaveatCode.UNVERIFIED_PARAGRAPH)).contains("UNSCR 1874 (2009) op. 9");
        assertThat(caveat(a, CaveatCode.PARTIAL_SCOPE)).contains("UNSCR 1718 (2006) op. 8(b)");
        assertThat(codes(a)).doesNotContain(CaveatCode.MONITORING_ENDED, CaveatCode.CONTESTED);
        // Arms to Russia also meet the autonomous measures, listed after the UN provisions.
        assertThat(a.provisions().getLast().provision().effect()).isEqualTo(Effect.AUTONOMOUS_MEASURE);
        assertThat(codes(a)).contains(CaveatCode.OWN_JURISDICTION_ONLY);
    }

    @Test
    void russianMilitaryTechnologyToNorthKoreaIsProhibited() {
        Assessment a = assess("RUS", "PRK", "2023-07-27", "military_technology");

        assertThat(a.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(citations(a))
                .containsExactly("UNSCR 1718 (2006) op. 8(c)", "UNSCR 1874 (2009) op. 10", "UNSCR 2321 (2016) op. 11");
        assertThat(codes(a)).isEmpty();
    }

    @Test
    void iranianDronesToRussiaIn2022NeededCouncilApprovalAndTheirScopeIsDisputed() {
        Assessment a = assess("IRN", "RUS", "2022-10-01", "drones");

        assertThat(a.verdict()).isEqualTo(Verdict.REQUIRES_APPROVAL);
        assertThat(unCitations(a)).containsExactly("UNSCR 2231 (2015) Annex B op. 4");
        AppliedProvision first = a.provisions().getFirst();
        assertThat(first.regime().id()).isEqualTo("un-iran-2231");
        assertThat(first.items()).containsExactly("drones");
        assertThat(caveat(a, CaveatCode.DISPUTED_SCOPE)).contains("Shahed", "Mohajer", "Russia and Iran contest");
        assertThat(caveat(a, CaveatCode.UNVERIFIED_PARAGRAPH)).contains("Annex B op. 4");
        assertThat(caveat(a, CaveatCode.EXPIRED)).contains("Annex B op. 6(b)", "2020-10-18");
        assertThat(codes(a)).contains(CaveatCode.OWN_JURISDICTION_ONLY);
    }

    @Test
    void iranianDronesToRussiaIn2024MeetOnlyAutonomousMeasures() {
        Assessment a = assess("IRN", "RUS", "2024-03-01", "drones");

        assertThat(a.verdict()).isEqualTo(Verdict.AUTONOMOUS_MEASURE);
        assertThat(unCitations(a)).isEmpty();
        assertThat(a.provisions())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.regime().binding()).isEqualTo(Binding.OWN_JURISDICTION));
        assertThat(a.provisions())
                .extracting(p -> p.regime().authority())
                .contains(Authority.EU, Authority.US, Authority.UK);
        assertThat(caveat(a, CaveatCode.EXPIRED)).contains("UNSCR 2231 (2015) Annex B op. 4", "2023-10-18");
        assertThat(caveat(a, CaveatCode.OWN_JURISDICTION_ONLY)).contains("EU", "US", "UK");
        assertThat(codes(a)).doesNotContain(CaveatCode.DISPUTED_SCOPE);
    }

    @Test
    void iranianMissilesToRussiaAfterTheSnapbackAreProhibitedButContested() {
        Assessment a = assess("IRN", "RUS", "2026-01-15", "missiles");

        assertThat(a.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(unCitations(a)).containsExactly("UNSCR 1747 (2007) op. 5");
        assertThat(a.provisions().getFirst().provision().status()).isEqualTo(ProvisionStatus.CONTESTED);
        assertThat(caveat(a, CaveatCode.CONTESTED)).contains("Russia, China and Iran");
        assertThat(caveat(a, CaveatCode.EXPIRED)).contains("Annex B op. 4");
    }

    @Test
    void foodAndFuelToNorthKoreaAreCappedTradeNotArms() {
        Assessment a = assess("RUS", "PRK", "2025-03-01", "food", "refined_petroleum");

        assertThat(a.verdict()).isEqualTo(Verdict.RESTRICTED);
        assertThat(citations(a)).containsExactly("UNSCR 2270 (2016) op. 8", "UNSCR 2397 (2017) op. 5");
        assertThat(a.provisions()).allSatisfy(p -> assertThat(p.items()).containsExactly("refined_petroleum"));
        assertThat(caveat(a, CaveatCode.ECONOMIC_NOT_ARMS)).contains("food", "refined_petroleum");
        assertThat(caveat(a, CaveatCode.MONITORING_ENDED)).contains("Panel of Experts", "2024-04-30");
        assertThat(codes(a)).doesNotContain(CaveatCode.EXPIRED);
    }

    @Test
    void foodAloneToNorthKoreaMeetsNoProvision() {
        Assessment a = assess("CHN", "PRK", "2025-03-01", "food");

        assertThat(a.verdict()).isEqualTo(Verdict.NO_REGIME);
        assertThat(codes(a)).containsExactly(CaveatCode.ECONOMIC_NOT_ARMS);
    }

    @Test
    void chineseDualUseGoodsToRussiaMeetOnlyAutonomousMeasures() {
        Assessment a = assess("CHN", "RUS", "2024-05-01", "dual_use");

        assertThat(a.verdict()).isEqualTo(Verdict.AUTONOMOUS_MEASURE);
        assertThat(a.provisions()).hasSize(4);
        assertThat(a.provisions())
                .allSatisfy(p -> assertThat(p.provision().effect()).isEqualTo(Effect.AUTONOMOUS_MEASURE));
        assertThat(codes(a)).contains(CaveatCode.OWN_JURISDICTION_ONLY, CaveatCode.UNVERIFIED_PARAGRAPH);
    }

    @Test
    void americanArmsToUkraineMeetNoRegime() {
        Assessment a = assess("USA", "UKR", "2023-09-01", "weapons_unspecified", "missiles", "ammunition");

        assertThat(a.verdict()).isEqualTo(Verdict.NO_REGIME);
        assertThat(a.provisions()).isEmpty();
        assertThat(a.caveats()).isEmpty();
    }

    @Test
    void smallArmsToNorthKoreaNeededNotificationUntil2016AndAreProhibitedSince() {
        for (String item : List.of("small_arms", "salw")) {
            Assessment in2012 = assess("RUS", "PRK", "2012-05-01", item);
            Assessment in2017 = assess("RUS", "PRK", "2017-05-01", item);

            assertThat(in2012.verdict()).as(item).isEqualTo(Verdict.RESTRICTED);
            assertThat(citations(in2012)).as(item).containsExactly("UNSCR 1874 (2009) op. 10 (SALW notification)");
            assertThat(in2017.verdict()).as(item).isEqualTo(Verdict.PROHIBITED);
            assertThat(citations(in2017)).as(item).containsExactly("UNSCR 2270 (2016) op. 6");
            assertThat(codes(in2017))
                    .as("the notification was replaced, not expired")
                    .doesNotContain(CaveatCode.EXPIRED);
        }
    }

    @ParameterizedTest(name = "{0} → {1} {3} on {2}: {4}")
    @CsvSource(textBlock = """
            PRK, SYR, 2006-10-13, missiles,       no_regime
            PRK, SYR, 2006-10-14, missiles,       prohibited
            PRK, SYR, 2009-06-11, small_arms,     no_regime
            PRK, SYR, 2009-06-12, small_arms,     prohibited
            RUS, PRK, 2016-03-01, small_arms,     restricted
            RUS, PRK, 2016-03-02, small_arms,     prohibited
            IRN, SYR, 2023-10-17, drones,         requires_approval
            IRN, SYR, 2023-10-18, drones,         no_regime
            SYR, IRN, 2020-10-17, armoured_vehicles, requires_approval
            SYR, IRN, 2020-10-18, armoured_vehicles, no_regime
            IRN, SYR, 2025-09-27, small_arms,     no_regime
            IRN, SYR, 2025-09-28, small_arms,     prohibited
            SYR, IRN, 2025-09-28, small_arms,     restricted
            SYR, IRN, 2025-09-28, artillery,      prohibited
            SYR, RUS, 2021-04-14, weapons_unspecified, autonomous_measure
            SYR, RUS, 2014-07-30, weapons_unspecified, no_regime
            """)
    void intervalsIncludeTheirFirstDayAndExcludeTheirUntilDay(
            String supplier, String recipient, String date, String item, String verdict) {
        assertThat(assess(supplier, recipient, date, item).verdict().code()).isEqualTo(verdict);
    }

    @Test
    void unspecifiedArmsMeetNarrowProvisionsOnlyPartly() {
        Assessment a = assess("SYR", "IRN", "2026-01-15", "weapons_unspecified");

        assertThat(a.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(citations(a))
                .containsExactly("UNSCR 1929 (2010) op. 8", "UNSCR 1929 (2010) op. 8 (vigilance and restraint)");
        assertThat(caveat(a, CaveatCode.PARTIAL_SCOPE)).contains("UNSCR 1929 (2010) op. 8 covers only part of");
    }

    @Test
    void monitoringEndedIsReportedOnlyAfterTheLastDay() {
        assertThat(codes(assess("PRK", "RUS", "2024-04-30", "artillery"))).doesNotContain(CaveatCode.MONITORING_ENDED);
        assertThat(codes(assess("PRK", "RUS", "2024-05-01", "artillery"))).contains(CaveatCode.MONITORING_ENDED);
    }

    @Test
    void anUnknownItemIsRefusedWithTheAcceptedOnes() {
        assertThatThrownBy(() -> assess("PRK", "RUS", "2023-09-01", "tanks"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown item 'tanks'")
                .hasMessageContaining("armoured_vehicles")
                .hasMessageContaining("refined_petroleum");
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 20).boxed();
    }

    /**
     * Random transfers among the targeted states and others, on random days: the verdict is the
     * most severe listed effect, every listed provision is in force and goes the transfer's way,
     * and adding an item never makes the verdict milder.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomTransfersKeepTheContract(long seed) {
        Random random = new Random(seed);
        List<String> states = List.of("PRK", "IRN", "RUS", "CHN", "SYR", "USA", "UKR");
        List<String> items = REGIMES.items().accepted();
        for (int i = 0; i < 50; i++) {
            String supplier = states.get(random.nextInt(states.size()));
            String recipient = states.get(random.nextInt(states.size()));
            LocalDate date = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(8000));
            List<String> chosen = new ArrayList<>(IntStream.range(0, 1 + random.nextInt(3))
                    .mapToObj(k -> items.get(random.nextInt(items.size())))
                    .distinct()
                    .toList());
            TransferQuery q = new TransferQuery(supplier, recipient, chosen, date);
            Assessment a = ASSESSOR.assess(q);

            Verdict expected = a.provisions().stream()
                    .map(p -> Verdict.of(p.provision().effect()))
                    .min(Enum::compareTo)
                    .orElse(Verdict.NO_REGIME);
            assertThat(a.verdict()).as("%s", q).isEqualTo(expected);
            for (AppliedProvision p : a.provisions()) {
                assertThat(p.provision().inForce().contains(date))
                        .as("%s %s", q, p.provision().id())
                        .isTrue();
                assertThat(p.provision().direction().covers(p.provision().target(), supplier, recipient))
                        .as("%s %s", q, p.provision().id())
                        .isTrue();
                assertThat(chosen).containsAll(p.items());
            }
            List<String> more = new ArrayList<>(chosen);
            more.add(items.get(random.nextInt(items.size())));
            Assessment wider = ASSESSOR.assess(new TransferQuery(supplier, recipient, more, date));
            assertThat(wider.verdict()).as("%s plus %s", q, more.getLast()).isLessThanOrEqualTo(a.verdict());
            assertThat(wider.provisions().size())
                    .isGreaterThanOrEqualTo(a.provisions().size());
        }
    }
}
