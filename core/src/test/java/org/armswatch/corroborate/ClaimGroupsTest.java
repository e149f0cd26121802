package org.armswatch.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.armswatch.extract.eval.Denial;
import org.armswatch.extract.eval.Transfer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimGroupsTest {
    private static final Map<String, String> STATES = Map.of("Iran", "IRN", "Russia", "RUS", "China", "CHN");

    // The states a test sentence names, by their English names.
    private static final Function<String, Set<String>> NAMED = text -> STATES.entrySet().stream()
            .filter(e -> text.contains(e.getKey()))
            .map(Map.Entry::getValue)
            .collect(Collectors.toSet());

    private static List<ClaimGroup> group(List<Reported> articles) {
        return ClaimGroups.group(articles, NAMED);
    }

    private static Transfer transfer(String supplier, String recipient, String items, String status, String by) {
        return new Transfer(
                supplier, recipient, null, List.of(items.split(" ")), status, null, by, "evidence " + status, false);
    }

    private static Reported article(long id, String outlet, String date, long copyOf, Transfer... transfers) {
        return new Reported(
                id, outlet, date == null ? null : LocalDate.parse(date), copyOf, List.of(transfers), List.of());
    }

    @Test
    void claimsOfOneTransferFormOneGroupWithTheirStatusOverTime() {
        List<ClaimGroup> groups = group(List.of(
                article(
                        1,
                        "Daily Wire Service",
                        "2024-01-10",
                        1,
                        transfer("BLR", "RUS", "missiles", "requested", null)),
                article(
                        2,
                        "Evening Courier",
                        "2024-03-02",
                        2,
                        transfer("BLR", "RUS", "weapons_unspecified", "delivered", null)),
                article(
                        3,
                        "Evening Courier",
                        "2024-02-01",
                        3,
                        transfer("BLR", "RUS", "missiles", "negotiating", null))));
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.id()).isEqualTo("BLR-RUS-1");
            assertThat(g.claims()).extracting(ClaimGroup.Claim::article).containsExactly(1L, 3L, 2L);
            assertThat(g.history())
                    .extracting(c -> c.transfer().status() + "@" + c.date())
                    .containsExactly("requested@2024-01-10", "negotiating@2024-02-01", "delivered@2024-03-02");
            assertThat(g.strongest().transfer().status()).isEqualTo("delivered");
            assertThat(g.sources())
                    .extracting(ClaimGroup.Source::label)
                    .containsExactly("Daily Wire Service", "Evening Courier");
            assertThat(g.items()).containsExactlyInAnyOrder("missiles", "weapons_unspecified");
        });
    }

    @Test
    void copiesAndArticlesThatOnlyCiteOneSpokesmanCountOnce() {
        List<ClaimGroup> groups = group(List.of(
                article(1, "Daily Wire Service", "2024-01-10", 1, transfer("BLR", "RUS", "drones", "delivered", null)),
                article(2, "Hometown Gazette", "2024-01-11", 1, transfer("BLR", "RUS", "drones", "delivered", null)),
                article(
                        3,
                        "Evening Courier",
                        "2024-01-12",
                        3,
                        transfer("BLR", "RUS", "drones", "delivered", "Ann Spokes")),
                article(
                        4,
                        "Morning Post",
                        "2024-01-12",
                        4,
                        transfer("BLR", "RUS", "drones", "delivered", "Ann Spokes")),
                article(5, null, null, 5, transfer("BLR", "RUS", "drones", "delivered", null))));
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.sources())
                .extracting(s -> s.label() + " " + s.articles())
                .containsExactly("Daily Wire Service [1, 2]", "cited: Ann Spokes [3, 4]", "article 5 [5]"));
    }

    @ParameterizedTest(name = "{0} / {1}, {2} and {3}: {4} group(s)")
    @CsvSource({
        "drones, drones, 2024-01-01, 2024-06-01, 1",
        "drones, drones, 2024-01-01, 2024-09-01, 2",
        "drones, economic, 2024-01-01, 2024-01-02, 2",
        "weapons_unspecified, ammunition, 2024-01-01, 2024-01-02, 1",
        "weapons_unspecified, dual_use, 2024-01-01, 2024-01-02, 2",
        "military_technology, military_technology, 2024-01-01, , 1",
    })
    void claimsJoinWhenTheirItemsOverlapAndTheirDatesAreNear(
            String items1, String items2, String date1, String date2, int groups) {
        assertThat(group(List.of(
                        article(1, "A", date1, 1, transfer("IRN", "RUS", items1, "delivered", null)),
                        article(2, "B", date2, 2, transfer("IRN", "RUS", items2, "delivered", null)))))
                .hasSize(groups);
    }

    @Test
    void otherPartiesAndTheOtherDirectionAreOtherTransfers() {
        List<ClaimGroup> groups = group(List.of(article(
                1,
                "A",
                "2024-01-01",
                1,
                transfer("IRN", "RUS", "drones", "delivered", null),
                transfer("RUS", "IRN", "drones", "requested", null),
                transfer("IRN", "VEN", "drones", "delivered", null))));
        assertThat(groups).extracting(ClaimGroup::id).containsExactly("IRN-RUS-1", "RUS-IRN-1", "IRN-VEN-1");
    }

    @Test
    void aPartysDenialStandsBesideTheClaimsOfItsTime() {
        Reported claim = article(1, "A", "2024-01-10", 1, transfer("IRN", "RUS", "drones", "delivered", null));
        Reported denial = new Reported(
                2,
                "B",
                LocalDate.parse("2024-01-20"),
                2,
                List.of(),
                List.of(
                        new Denial("IRN", "denied sending drones", "Iran denied sending drones to Russia.", false),
                        new Denial("IRN", "denied arming Sudan", "Iran denied arming Sudan.", false),
                        new Denial("CHN", "denied any role", "China denied any role in arming Russia.", false)));
        Reported late = new Reported(
                3,
                "C",
                LocalDate.parse("2026-01-20"),
                3,
                List.of(),
                List.of(new Denial("RUS", "denied buying drones", "Russia denied buying drones from Iran.", false)));
        assertThat(group(List.of(claim, denial, late))).singleElement().satisfies(g -> assertThat(g.denials())
                .extracting(d -> d.article() + " " + d.denial().denier())
                .containsExactly("2 IRN"));
    }

    @Test
    void aClaimJoinsWhenItOverlapsAnyOfTheGroupsItems() {
        List<ClaimGroup> groups = group(List.of(
                article(1, "A", "2024-01-01", 1, transfer("IRN", "RUS", "drones missiles", "delivered", null)),
                article(2, "B", "2024-01-02", 2, transfer("IRN", "RUS", "drones", "delivered", null)),
                article(3, "C", "2024-01-03", 3, transfer("IRN", "RUS", "missiles", "delivered", null))));
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.claims()).hasSize(3));
    }
}
