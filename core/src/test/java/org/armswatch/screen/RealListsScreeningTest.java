package org.armswatch.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.armswatch.lists.ListData;
import org.armswatch.lists.ListInput;
import org.armswatch.lists.ListReaders;
import org.armswatch.lists.TestData;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Screening names against the real UN and UK lists. */
class RealListsScreeningTest {
    private static MatchIndex index;
    private static final MatchIndex.Options OPTIONS = new MatchIndex.Options(Thresholds.DEFAULT, 5, Set.of());

    @BeforeAll
    static void build() throws Exception {
        List<ListedEntry> entries = new ArrayList<>();
        ListReaders readers = ListReaders.standard();
        for (String file :
                List.of("data/un/un_consolidated_2025-11-20.xml", "data/uk/uk_sanctions_list_2025-08-11.csv")) {
            var detected = readers.detect(TestData.shared(file)).orElseThrow();
            ListData data = detected.reader().read(ListInput.of(TestData.shared(file)));
            for (Entity e : data.entities()) {
                if (e.target() && FtmModel.get().isMatchable(e.schema())) {
                    entries.add(ListedEntry.of(e, data.source(), 1));
                }
            }
        }
        index = MatchIndex.build(entries, NameNormalizer.standard());
    }

    private static ScreeningResult first(String name) {
        List<ScreeningResult> r = index.search(ScreeningQuery.name(name), OPTIONS);
        assertThat(r).as(name).isNotEmpty();
        return r.get(0);
    }

    @Test
    void findsAnEntityByItsNameAndAlias() {
        assertThat(first("Munitions Industry Department").entry().id()).isIn("un:KPe.028", "uk:DPR0177");
        assertThat(first("Military Supplies Industry Department").entry().id()).isEqualTo("un:KPe.028");
    }

    @Test
    void koreanNameOrderAndSpellingVariants() {
        ScreeningResult r = first("Jo Chun Ryong");
        assertThat(r.entry().id()).isIn("un:KPi.038", "uk:DPR0057");
        assertThat(r.match()).isTrue();
        assertThat(first("Chun-Ryong Cho").match()).isTrue();
    }

    @Test
    void cyrillicQueryFindsTheLatinListing() {
        ScreeningResult r = first("Шойгу Сергей Кужугетович");
        assertThat(r.entry().id()).isEqualTo("uk:RUS0689");
        assertThat(r.match()).isTrue();
    }

    @Test
    void anUnrelatedNameIsNoMatch() {
        List<ScreeningResult> r = index.search(ScreeningQuery.name("Margaret Elizabeth Thornbury"), OPTIONS);
        assertThat(r).noneMatch(ScreeningResult::match);
    }

    @Test
    void putinInOtherScriptsAndSpellings() {
        for (String form : List.of(
                "Владимир Владимирович Путин",
                "PUTIN, Vladimir",
                "Wladimir Wladimirowitsch Putin",
                "Vladimir Poutine",
                "فلاديمير بوتين",
                "블라디미르 푸틴")) {
            ScreeningResult r = first(form);
            assertThat(r.entry().id()).as(form).isEqualTo("uk:RUS0251");
        }
        assertThat(first("Putin Vladimir Vladimirovich").match()).isTrue();
    }

    @Test
    void aVesselWithAnotherNumberIsNoMatch() {
        ScreeningQuery petrel9 = new ScreeningQuery("Petrel 9", Optional.of("Vessel"), List.of(), List.of(), List.of());
        assertThat(index.search(petrel9, OPTIONS)).noneMatch(ScreeningResult::match);
        ScreeningQuery petrel8 = new ScreeningQuery("PETREL 8", Optional.of("Vessel"), List.of(), List.of(), List.of());
        assertThat(index.search(petrel8, OPTIONS).get(0).match()).isTrue();
        ScreeningQuery samJong3 =
                new ScreeningQuery("Sam Jong 3", Optional.of("Vessel"), List.of(), List.of(), List.of());
        assertThat(index.search(samJong3, OPTIONS)).noneMatch(ScreeningResult::match);
    }

    @Test
    void legalFormsAndGenericWordsAloneMatchNothing() {
        for (String name :
                List.of("LLC", "Limited Liability Company", "OOO", "JSC", "Co., Ltd.", "Trading Company LLC")) {
            assertThat(index.search(ScreeningQuery.name(name), OPTIONS))
                    .as(name)
                    .noneMatch(ScreeningResult::match);
        }
    }

    @Test
    void aBirthDateThatRulesTheEntryOutLowersTheScore() {
        ScreeningResult byName = first("Kim Jong Un");
        ScreeningResult wrongYear = index
                .search(
                        new ScreeningQuery(
                                "Kim Jong Un", Optional.of("Person"), List.of("1950-01-01"), List.of(), List.of()),
                        OPTIONS)
                .stream()
                .filter(r -> r.entry().id().equals(byName.entry().id()))
                .findFirst()
                .orElseThrow();
        if (!byName.entry().birthDates().isEmpty()) {
            assertThat(wrongYear.score()).isLessThan(byName.score());
            assertThat(wrongYear.explanation().features()).containsKey("birth_date");
        }
    }

    @Test
    void aPersonQueryDoesNotMatchOrganisations() {
        List<ScreeningResult> r = index.search(
                new ScreeningQuery(
                        "Munitions Industry Department", Optional.of("Person"), List.of(), List.of(), List.of()),
                OPTIONS);
        assertThat(r)
                .allMatch(x -> x.entry().schema().equals("Person")
                        || x.entry().schema().equals("LegalEntity"));
    }
}
