package org.armswatch.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.armswatch.extract.gazetteer.Entry.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private static List<String> tokens(String spaced) {
        return List.of(spaced.split(" "));
    }

    private static List<Match> find(String spaced) {
        return GAZETTEER.find(tokens(spaced));
    }

    @Test
    void everyStateHasAUniqueAlpha3AndAlpha2() {
        List<Entry> states = GAZETTEER.entries(Kind.STATE);
        Set<String> alpha3 = new HashSet<>();
        Set<String> alpha2 = new HashSet<>();
        for (Entry state : states) {
            assertThat(alpha3.add(state.code())).as(state.code()).isTrue();
            assertThat(GAZETTEER.alpha2(state.code())).isPresent();
            assertThat(alpha2.add(GAZETTEER.alpha2(state.code()).orElseThrow()))
                    .as(state.code())
                    .isTrue();
            assertThat(state.state()).isEqualTo(state.code());
        }
        assertThat(states).hasSize(198);
    }

    @Test
    void all193UnMembersAndTheTwoObserversArePresent() {
        List<Entry> states = GAZETTEER.entries(Kind.STATE);
        assertThat(states).filteredOn(s -> s.role().equals("member")).hasSize(193);
        assertThat(states)
                .filteredOn(s -> s.role().equals("observer"))
                .extracting(Entry::code)
                .containsExactlyInAnyOrder("VAT", "PSE");
        assertThat(states)
                .filteredOn(s -> s.role().equals("other"))
                .extracting(Entry::code)
                .containsExactlyInAnyOrder("TWN", "XKX", "SUN");
    }

    @Test
    void everyPersonAndOrganisationBelongsToAKnownStateOrBody() {
        Set<String> codes = new HashSet<>();
        GAZETTEER.entries(Kind.STATE).forEach(s -> codes.add(s.code()));
        codes.addAll(Set.of("european-union", "united-nations", "nato"));
        assertThat(GAZETTEER.entries(Kind.PERSON))
                .allSatisfy(p -> assertThat(codes).contains(p.state()));
        assertThat(GAZETTEER.entries(Kind.ORGANISATION))
                .filteredOn(o -> o.state() != null)
                .allSatisfy(o -> assertThat(codes).contains(o.state()));
    }

    @Test
    void everyWeaponHasACategoryFromTheVocabulary() {
        assertThat(GAZETTEER.entries(Kind.WEAPON))
                .allSatisfy(w -> assertThat(w.category()).isIn(setWithNone()));
    }

    private static Set<String> setWithNone() {
        Set<String> allowed = new HashSet<>(Gazetteer.CATEGORIES);
        allowed.add("none");
        return allowed;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Pyongyang|PRK|capital",
                "DPRK|PRK|variant",
                "D.P.R.K.|PRK|variant",
                "North Korea|PRK|name",
                "N. Korea|PRK|variant",
                "Democratic People's Republic of Korea|PRK|variant",
                "Democratic People’s Republic of Korea|PRK|variant",
                "North Korean|PRK|demonym",
                "North Koreans|PRK|demonym",
                "South Korea|KOR|name",
                "ROK|KOR|variant",
                "Seoul|KOR|capital",
                "Blue House|KOR|seat",
                "Yongsan|KOR|seat",
                "Kremlin|RUS|seat",
                "the Kremlin|RUS|seat",
                "Moscow|RUS|capital",
                "Russia|RUS|name",
                "Russian Federation|RUS|variant",
                "Russian|RUS|demonym",
                "Russians|RUS|demonym",
                "Russia's|RUS|name",
                "Tehran|IRN|capital",
                "Iran|IRN|name",
                "Islamic Republic of Iran|IRN|variant",
                "Iranian|IRN|demonym",
                "Kyiv|UKR|capital",
                "Kiev|UKR|capital",
                "Ukrainian|UKR|demonym",
                "Bankova|UKR|seat",
                "U.S.|USA|variant",
                "US|USA|variant",
                "USA|USA|name",
                "America|USA|variant",
                "United States|USA|name",
                "American|USA|demonym",
                "Washington|USA|capital",
                "White House|USA|seat",
                "Pentagon|USA|seat",
                "Britain|GBR|variant",
                "Great Britain|GBR|variant",
                "U.K.|GBR|variant",
                "UK|GBR|variant",
                "British|GBR|demonym",
                "Downing Street|GBR|seat",
                "Whitehall|GBR|seat",
                "Élysée|FRA|seat",
                "Elysee Palace|FRA|seat",
                "Beijing|CHN|capital",
                "Zhongnanhai|CHN|seat",
                "Chinese|CHN|demonym",
                "Belarusian|BLR|demonym",
                "Minsk|BLR|capital",
                "Soviet Union|SUN|name",
                "USSR|SUN|variant",
                "Soviet|SUN|demonym",
                "Türkiye|TUR|variant",
                "Turkiye|TUR|variant",
                "Ivory Coast|CIV|variant",
                "Côte d'Ivoire|CIV|name",
                "Burma|MMR|variant",
                "Emirati|ARE|demonym",
                "UAE|ARE|variant",
                "Saudi|SAU|demonym",
                "Islamabad|PAK|capital",
                "New Delhi|IND|capital",
                "Damascus|SYR|capital",
                "Taipei|TWN|capital",
                "Pristina|XKX|capital",
                "Holy See|VAT|name",
                "Papua New Guinea|PNG|name",
                "Guinea-Bissau|GNB|name",
                "Guinea Bissau|GNB|name",
                "PRK|PRK|name",
            })
    void variantsResolveToTheirState(String text, String code, String form) {
        assertThat(GAZETTEER.state(text)).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.form()).isEqualTo(form);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "turkey",
                "russia",
                "us",
                "Us",
                "chad and jordan",
                "Russian officials",
                "Korean",
                "Iranianist",
                ""
            })
    void textThatIsNotOneStateFormResolvesToNothing(String text) {
        assertThat(GAZETTEER.state(text)).isEmpty();
    }

    @Test
    void aSharedDemonymNamesBothStates() {
        List<Match> matches = find("Congolese troops");
        assertThat(matches).hasSize(1);
        Match congolese = matches.getFirst();
        assertThat(congolese.entry().code()).isEqualTo("COG");
        assertThat(congolese.alternatives()).extracting(Entry::code).contains("COD");
    }

    @Test
    void aSeatIsAlsoAnOrganisation() {
        Match kremlin = find("the Kremlin said").getFirst();
        assertThat(kremlin.entry().kind()).isEqualTo(Kind.STATE);
        assertThat(kremlin.alternatives()).extracting(Entry::code).contains("kremlin");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Kim Jong Un|kim-jong-un|PRK",
                "Kim Jong-un|kim-jong-un|PRK",
                "Kim Jong-Un|kim-jong-un|PRK",
                "Kim Jong - un|kim-jong-un|PRK",
                "KIM JONG UN|kim-jong-un|PRK",
                "Vladimir Putin|vladimir-putin|RUS",
                "Putin|vladimir-putin|RUS",
                "PUTIN|vladimir-putin|RUS",
                "Sergey Shoigu|sergei-shoigu|RUS",
                "Sergei Shoigu|sergei-shoigu|RUS",
                "Shoigu|sergei-shoigu|RUS",
                "Andrei Belousov|andrei-belousov|RUS",
                "Dmitry Peskov|dmitry-peskov|RUS",
                "Maria Zakharova|maria-zakharova|RUS",
                "Sergey Lavrov|sergei-lavrov|RUS",
                "Choe Son Hui|choe-son-hui|PRK",
                "Choe Son-hui|choe-son-hui|PRK",
                "Volodymyr Zelenskyy|volodymyr-zelensky|UKR",
                "Vladimir Zelensky|volodymyr-zelensky|UKR",
                "Ebrahim Raisi|ebrahim-raisi|IRN",
                "Masoud Pezeshkian|masoud-pezeshkian|IRN",
                "Hossein Amir-Abdollahian|hossein-amir-abdollahian|IRN",
                "Hossein Amir Abdollahian|hossein-amir-abdollahian|IRN",
                "Abbas Araghchi|abbas-araghchi|IRN",
                "Jake Sullivan|jake-sullivan|USA",
                "Jack Sullivan|jake-sullivan|USA",
                "John Kirby|john-kirby|USA",
                "Antony Blinken|antony-blinken|USA",
                "Lloyd Austin|lloyd-austin|USA",
                "Linda Thomas-Greenfield|linda-thomas-greenfield|USA",
                "Marco Rubio|marco-rubio|USA",
                "Pete Hegseth|pete-hegseth|USA",
                "Xi Jinping|xi-jinping|CHN",
                "Alexander Lukashenko|alexander-lukashenko|BLR",
                "Recep Tayyip Erdogan|recep-tayyip-erdogan|TUR",
                "Mohammed bin Salman|mohammed-bin-salman|SAU",
                "Mohammed Bin Salman|mohammed-bin-salman|SAU",
                "Bashar Al-Assad|bashar-al-assad|SYR",
                "Ursula von der Leyen|ursula-von-der-leyen|european-union",
                "Antonio Guterres|antonio-guterres|united-nations",
            })
    void peopleMatchOverTokens(String spaced, String slug, String state) {
        List<Match> matches = find(spaced);
        assertThat(matches).hasSize(1);
        Match match = matches.getFirst();
        assertThat(match.start()).isZero();
        assertThat(match.end()).isEqualTo(tokens(spaced).size());
        assertThat(match.entry().kind()).isEqualTo(Kind.PERSON);
        assertThat(match.entry().code()).isEqualTo(slug);
        assertThat(match.entry().state()).isEqualTo(state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kim jong un", "putin", "sergei shoigu", "Kim"})
    void lowerCaseOrAmbiguousShortFormsAreNoPerson(String spaced) {
        assertThat(find(spaced)).noneMatch(m -> m.entry().kind() == Kind.PERSON);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Shahed-136|drones",
                "Shahed - 136|drones",
                "Shahed 136|drones",
                "SHAHED-136|drones",
                "Geran-2|drones",
                "Mohajer-6|drones",
                "Lancet|drones",
                "Bayraktar TB2|drones",
                "artillery shells|ammunition",
                "artillery shell|ammunition",
                "ARTILLERY SHELLS|ammunition",
                "Artillery shells|ammunition",
                "shells|ammunition",
                "munitions|ammunition",
                "ammunition|ammunition",
                "152 mm shells|ammunition",
                "152mm shells|ammunition",
                "152-mm shells|ammunition",
                "122 mm shell|ammunition",
                "anti-tank missiles|missiles",
                "anti - tank missiles|missiles",
                "ballistic missiles|missiles",
                "cruise missile|missiles",
                "rockets|missiles",
                "KN-23|missiles",
                "KN-24|missiles",
                "Hwasong-17|missiles",
                "Iskander-M|missiles",
                "Kh-101|missiles",
                "Fath-360|missiles",
                "Zolfaghar|missiles",
                "HIMARS|missiles",
                "Storm Shadow|missiles",
                "Javelin|missiles",
                "BM-21|missiles",
                "Tornado-S|missiles",
                "attack drones|drones",
                "UAVs|drones",
                "unmanned aerial vehicles|drones",
                "loitering munitions|drones",
                "Koksan|artillery",
                "240 mm MRL|artillery",
                "170 mm|artillery",
                "howitzers|artillery",
                "fighter jets|aircraft",
                "Su-35|aircraft",
                "F-16|aircraft",
                "tanks|armoured_vehicles",
                "T-90|armoured_vehicles",
                "Leopard 2|armoured_vehicles",
                "armored vehicles|armoured_vehicles",
                "armoured vehicles|armoured_vehicles",
                "air defence systems|air_defence",
                "air defense systems|air_defence",
                "S-400|air_defence",
                "Patriot|air_defence",
                "Pantsir|air_defence",
                "submarines|naval",
                "rifles|small_arms",
                "small arms|small_arms",
                "military technology|military_technology",
                "satellite technology|military_technology",
                "nuclear technology|military_technology",
                "submarine technology|military_technology",
                "microelectronics|dual_use",
                "machine tools|dual_use",
                "fuel|economic",
                "oil|economic",
                "food|economic",
                "grain|economic",
                "cash|economic",
                "weapons|weapons_unspecified",
                "arms|weapons_unspecified",
                "military equipment|weapons_unspecified",
                "military hardware|weapons_unspecified",
                "military support|weapons_unspecified",
            })
    void weaponsHaveTheirCategory(String spaced, String category) {
        List<Match> matches = find(spaced);
        assertThat(matches).hasSize(1);
        assertThat(matches.getFirst().end()).isEqualTo(tokens(spaced).size());
        assertThat(matches.getFirst().entry().category()).isEqualTo(category);
        assertThat(GAZETTEER.category(spaced.replace(" - ", "-"))).contains(category);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"think tank", "think tanks", "arms control", "rounds of talks", "shell companies", "lancet"})
    void phrasesThatAreNoItemsHaveNoCategory(String noun) {
        assertThat(GAZETTEER.category(noun)).isEmpty();
        assertThat(find(noun)).isEmpty();
    }

    @Test
    void leftmostLongestMatchesDoNotOverlap() {
        List<Match> matches = find("North Korean artillery shells");
        assertThat(matches).hasSize(2);
        assertThat(matches.get(0)).satisfies(m -> {
            assertThat(m.start()).isZero();
            assertThat(m.end()).isEqualTo(2);
            assertThat(m.entry().code()).isEqualTo("PRK");
            assertThat(m.entry().form()).isEqualTo("demonym");
        });
        assertThat(matches.get(1)).satisfies(m -> {
            assertThat(m.start()).isEqualTo(2);
            assertThat(m.end()).isEqualTo(4);
            assertThat(m.entry().category()).isEqualTo("ammunition");
        });
    }

    @Test
    void aSentenceYieldsStatesTitlesPeopleAndItemsInOrder() {
        List<Match> matches = find(
                "Russian Defense Minister Sergei Shoigu asked Pyongyang 's leaders for 152mm shells and Shahed drones .");
        assertThat(matches)
                .extracting(m -> m.entry().kind() + ":" + m.entry().code())
                .containsExactly(
                        "STATE:RUS",
                        "TITLE:defence-minister",
                        "PERSON:sergei-shoigu",
                        "STATE:PRK",
                        "WEAPON:152mm-shell",
                        "WEAPON:shahed");
    }

    @Test
    void titlesAreSeparateFromNames() {
        assertThat(find("President Putin")).extracting(m -> m.entry().kind()).containsExactly(Kind.TITLE, Kind.PERSON);
        assertThat(find("Gen. Valery Gerasimov"))
                .extracting(m -> m.entry().kind())
                .containsExactly(Kind.TITLE, Kind.PERSON);
        assertThat(find("Kremlin spokesman Dmitry Peskov"))
                .extracting(m -> m.entry().kind())
                .containsExactly(Kind.STATE, Kind.TITLE, Kind.PERSON);
        assertThat(find("the russian defence minister"))
                .extracting(m -> m.entry().code())
                .containsExactly("defence-minister");
        assertThat(find("a general election")).isEmpty();
    }

    @Test
    void aPossessiveAfterANameIsLeftOut() {
        List<Match> matches = find("North Korea 's leader");
        assertThat(matches).hasSize(1);
        assertThat(matches.getFirst().end()).isEqualTo(2);
        assertThat(matches.getFirst().entry().code()).isEqualTo("PRK");
    }

    @Test
    void namesDoNotMatchInsideWords() {
        assertThat(find("Kremlinology Iranist Koreans Russianness Ukraineans")).isEmpty();
        assertThat(find("Iranian").getFirst().entry().form()).isEqualTo("demonym");
    }

    @Test
    void properNamesAreCaseSensitiveButAllowHeadlineCapitals() {
        assertThat(find("roast turkey")).isEmpty();
        assertThat(find("Turkey")).extracting(m -> m.entry().code()).containsExactly("TUR");
        assertThat(find("TURKEY SELLS DRONES"))
                .extracting(m -> m.entry().code())
                .containsExactly("TUR", "drone");
        assertThat(find("let us go")).isEmpty();
        assertThat(find("Us")).isEmpty();
        assertThat(find("US")).extracting(m -> m.entry().code()).containsExactly("USA");
        assertThat(find("patriot")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "T-90M|T-90|armoured_vehicles",
                "Kalashnikovs|AK-47|small_arms",
                "Iskander-M|Iskander|missiles",
                "Geran-2s|Geran-2|drones",
                "Leopard 2A6|Leopard 2|armoured_vehicles",
                "Tornado-S|Tornado-S|missiles",
                "Panavia Tornado|Tornado|aircraft",
                "PzH 2000|PzH 2000|artillery",
            })
    void aNamedSystemKeepsItsOwnCanonicalName(String spaced, String canonical, String category) {
        Entry entry = find(spaced).getFirst().entry();
        assertThat(entry.canonical()).isEqualTo(canonical);
        assertThat(entry.category()).isEqualTo(category);
    }

    @Test
    void aDemonymIsLabelledWhateverFollowsIt() {
        assertThat(find("Russian officials").getFirst().entry().form()).isEqualTo("demonym");
        assertThat(find("the Russian language").getFirst().entry().form()).isEqualTo("demonym");
    }

    @Test
    void everyCallToStandardLoadsAFreshGazetteer() {
        Gazetteer other = Gazetteer.standard();
        assertThat(other).isNotSameAs(GAZETTEER);
        assertThat(other.entries(Kind.PERSON)).isEqualTo(GAZETTEER.entries(Kind.PERSON));
    }

    @Test
    void peopleCarryTheirOfficesAndAnAccentlessSpellingMatches() {
        Entry erdogan = find("Erdogan").getFirst().entry();
        assertThat(erdogan.canonical()).isEqualTo("Recep Tayyip Erdoğan");
        assertThat(erdogan.form()).isEqualTo("surname");
        assertThat(erdogan.role()).contains("President");
        assertThat(find("Min Aung Hlaing").getFirst().entry().state()).isEqualTo("MMR");
        assertThat(find("Khalifa Haftar").getFirst().entry().state()).isEqualTo("LBY");
    }

    @Test
    void organisationsAndArmedGroupsHaveSlugsAndStates() {
        assertThat(find("PMC Wagner").getFirst().entry()).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.ARMED_GROUP);
            assertThat(e.code()).isEqualTo("wagner-group");
            assertThat(e.state()).isEqualTo("RUS");
        });
        assertThat(find("Ansar Allah").getFirst().entry().code()).isEqualTo("houthis");
        assertThat(find("Office of Foreign Assets Control").getFirst().entry().code())
                .isEqualTo("ofac");
        assertThat(find("Korean Workers ' Party").getFirst().entry().code()).isEqualTo("workers-party-of-korea");
        assertThat(find("IRGC Aerospace Force").getFirst().entry().code()).isEqualTo("irgc-aerospace-force");
        assertThat(find("UN Panel of Experts").getFirst().entry().code()).isEqualTo("un-panel-of-experts-dprk");
        assertThat(find("Institute for the Study of War").getFirst().entry().role())
                .isEqualTo("think_tank");
    }

    @Test
    void anEmptyTokenListHasNoMatches() {
        assertThat(GAZETTEER.find(List.of())).isEmpty();
    }

    @Test
    void concurrentSearchesAgree() throws Exception {
        List<String> sentence = tokens("Kim Jong Un sold KN-23 missiles and artillery shells to the Kremlin");
        List<Match> expected = GAZETTEER.find(sentence);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<Match>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> GAZETTEER.find(sentence)));
            }
            for (Future<List<Match>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
        assertThat(expected).hasSize(5);
    }
}
