package org.armswatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.Transfer;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The event rules on sentences written for them, one grammatical case each, with the real CoreNLP pipeline. */
class AnalyzerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private static Annotations analyze(String text) throws AnalysisException {
        return new Analyzer(Nlp.shared(), GAZETTEER).analyze("t.txt", null, null, text);
    }

    private static String transfer(Transfer t) {
        return t.supplier() + ">" + t.recipient() + " " + t.items() + " " + t.status();
    }

    static Stream<Arguments> transfers() {
        return Stream.of(
                Arguments.of(
                        "Iran delivered hundreds of Shahed-136 drones to Russia last autumn.",
                        "IRN>RUS [drones] delivered"),
                Arguments.of(
                        "Moscow is seeking to buy artillery shells from Pyongyang.", "PRK>RUS [ammunition] requested"),
                Arguments.of("Russia wants ballistic missiles from Iran.", "IRN>RUS [missiles] requested"),
                Arguments.of("Belarus could sell tanks to Russia.", "BLR>RUS [armoured_vehicles] potential"),
                Arguments.of(
                        "Officials said that North Korea will supply rockets to Russia.",
                        "PRK>RUS [missiles] potential"),
                Arguments.of(
                        "Russia and North Korea are negotiating a deal for munitions from North Korea.",
                        "PRK>RUS [ammunition] negotiating"),
                Arguments.of("Syria agreed to supply rifles to Russia.", "SYR>RUS [small_arms] agreed"),
                Arguments.of(
                        "Ukraine was supplied with anti-tank missiles by Germany.", "DEU>UKR [missiles] delivered"),
                Arguments.of(
                        "Russia is looking to both Iran and Belarus for ammunition.",
                        "IRN>RUS [ammunition] requested|BLR>RUS [ammunition] requested"),
                Arguments.of(
                        "Iran will sell drones to Russia in exchange for fighter jets.",
                        "IRN>RUS [drones] potential|RUS>IRN [aircraft] potential"),
                Arguments.of(
                        "Venezuela bought rifles from a distant partner, Belarus, last spring.",
                        "BLR>VEN [small_arms] delivered"),
                Arguments.of(
                        "Syria keeps turning to old friends such as Iran to obtain drones.",
                        "IRN>SYR [drones] requested"),
                Arguments.of(
                        "Myanmar has turned for weapons to a familiar supplier with a large arsenal: China.",
                        "CHN>MMR [weapons_unspecified] requested"),
                Arguments.of(
                        "Belarus shipped grenades to the Russian paramilitary outfit Wagner.",
                        "BLR>wagner-group [ammunition] delivered"),
                Arguments.of(
                        "Kyiv's troops seized Iranian drones from Russian depots near the front.",
                        "IRN>RUS [drones] delivered"),
                Arguments.of(
                        "Algeria obtained a licence to assemble tanks from Russia.",
                        "RUS>DZA [military_technology] delivered"),
                Arguments.of(
                        "Under a proposed agreement, Serbia would get fighter jets from Russia.",
                        "RUS>SRB [aircraft] negotiating"),
                Arguments.of(
                        "Iran sold missiles to Russia last year. Diplomats hope Iran and Russia can sign a new"
                                + " missile deal soon.",
                        "IRN>RUS [missiles] delivered|IRN>RUS [missiles] negotiating"),
                Arguments.of(
                        "Analysts describe Moscow's push to acquire Iranian missiles as a sign of weakness.",
                        "IRN>RUS [missiles] requested"),
                Arguments.of(
                        "Canberra accused Jakarta of selling rifles to Myanmar's generals.",
                        "IDN>MMR [small_arms] delivered"),
                Arguments.of("Venezuela was accused of supplying drones to Sudan.", "VEN>SDN [drones] delivered"),
                Arguments.of(
                        "Brazil approved the sale of fighter jets to Argentina last week.",
                        "BRA>ARG [aircraft] agreed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transfers")
    void readsTheTransferAndItsStatus(String sentence, String expected) throws AnalysisException {
        List<String> found = analyze(sentence).transfers().stream()
                .map(AnalyzerTest::transfer)
                .toList();
        assertThat(found).containsExactlyInAnyOrder(expected.split("\\|"));
    }

    static Stream<String> noTransfer() {
        return Stream.of(
                "Iran will not sell drones to Russia.",
                "If Iran sold missiles to Russia, new sanctions would follow.",
                "The council voted to prohibit arms sales to both sides.",
                "Belarus is not prepared to give tanks to Russia.",
                "Russia's supply of artillery shells is running low.",
                "Will Belarus sell tanks to Russia?",
                "Asked about a possible sale of drones to Russia, the Iranian minister said nothing.",
                "Buying rifles from Belarus is a sign of how short Russia has become.",
                "Tehran has promised to never deliver or sell missiles to Russia.",
                "Russia needs to rebuild its ammunition stockpile after the winter.",
                "The shells being supplied matter less to Moscow than the gesture.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noTransfer")
    void negationConditionsAndProhibitionsAreNoTransfer(String sentence) throws AnalysisException {
        assertThat(analyze(sentence).transfers()).isEmpty();
    }

    @Test
    void aPronounSubjectIsTheActorNamedBefore() throws AnalysisException {
        Annotations a = analyze("Iran has built a drone factory near the coast. It shipped drones to Russia in May.");
        assertThat(a.transfers()).extracting(AnalyzerTest::transfer).containsExactly("IRN>RUS [drones] delivered");
    }

    @Test
    void aDenialAMeetingAndASanction() throws AnalysisException {
        Annotations a = analyze("""
                North Korea denied that it had sold shells to Russia.

                Vladimir Putin will meet Kim Jong Un in Vladivostok next week.

                The Treasury Department sanctioned two companies that shipped drone engines to Iran.""");
        assertThat(a.denials()).extracting(d -> d.denier()).containsExactly("PRK");
        assertThat(a.meetings()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("planned");
            assertThat(m.participants()).contains("Vladimir Putin", "Kim Jong Un");
        });
        assertThat(a.sanctions()).singleElement().satisfies(s -> {
            assertThat(s.imposer()).isEqualTo("USA");
            assertThat(s.target()).contains("two companies");
        });
    }

    @Test
    void aMeetingNamedAgainAndAReportersOwnTripAreNoNewMeetings() throws AnalysisException {
        Annotations a = analyze("""
                Kim Jong Un met Vladimir Putin at a space launch site on Wednesday.

                After Kim's visit, officials in Seoul said the two men had discussed rockets.

                "The shells keep coming," Antony Blinken said during a visit to Kyiv.""");
        assertThat(a.meetings()).singleElement().satisfies(m -> assertThat(m.participants())
                .containsExactlyInAnyOrder("Kim Jong Un", "Vladimir Putin"));
    }

    @Test
    void aTransferCarriesTheNumberOfItemsItCounts() throws AnalysisException {
        assertThat(analyze("Iran has shipped more than 2,400 Shahed-136 drones to Russia since the summer.")
                        .transfers())
                .singleElement()
                .satisfies(t -> assertThat(t.quantity()).isEqualTo(2400));
    }

    @Test
    void aMeetingToldThreeTimesIsOneMeetingToldByItsFullestSentence() throws AnalysisException {
        Annotations a = new Analyzer(Nlp.shared(), GAZETTEER).analyze("t.txt", null, LocalDate.of(2024, 6, 20), """
                        Vladimir Putin is expected to travel to Pyongyang for a summit on military matters.

                        Officials said a possible meeting with Putin would cover artillery shells.

                        Vladimir Putin and Kim Jong Un will meet at the airport, the agency said.

                        Putin first met Kim Jong Un in 2019, when the two leaders talked about missiles.

                        Later a group of Belarusian officers travelled to North Korea to discuss drones.""");
        assertThat(a.meetings())
                .extracting(m -> m.evidence().substring(0, 20) + " " + m.status() + " " + m.when())
                .containsExactly(
                        "Vladimir Putin and K planned null",
                        "Putin first met Kim  held 2019",
                        "Later a group of Bel held null");
        assertThat(a.meetings().getLast().participants()).containsExactly("BLR", "PRK");
    }

    @Test
    void aMonthWithoutItsYearTakesTheArticlesYearAndSinceIsNoMeetingDate() throws AnalysisException {
        Annotations a = new Analyzer(Nlp.shared(), GAZETTEER).analyze("t.txt", null, LocalDate.of(2023, 9, 5), """
                        In July, Kim Jong Un welcomed Sergei Shoigu in Pyongyang to talk about shells.

                        Shoigu was the first Russian defence minister to visit North Korea since the collapse of the                         Soviet Union in 1991.""");
        assertThat(a.meetings()).singleElement().satisfies(m -> {
            assertThat(m.when()).isEqualTo("2023-07");
            assertThat(m.participants()).contains("Sergei Shoigu");
        });
    }

    @Test
    void aMeetingCarriesItsDate() throws AnalysisException {
        assertThat(analyze(
                                "Kim Jong Un met Vladimir Putin in Vladivostok in April 2019 to discuss military cooperation.")
                        .meetings())
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.when()).isEqualTo("2019-04");
                    assertThat(m.status()).isEqualTo("held");
                });
    }

    @Test
    void aRefusalIsADenialWhenTheRefuserStatesItNotWhenOthersUrgeIt() throws AnalysisException {
        assertThat(analyze("Belarus has repeatedly stated that it will not sell tanks to Russia.")
                        .denials())
                .extracting(d -> d.denier())
                .containsExactly("BLR");
        assertThat(analyze("The allies urged Belarus not to sell tanks to Russia.")
                        .denials())
                .isEmpty();
    }

    @Test
    void quotationsAndReportedSpeechCarryTheirClaimant() throws AnalysisException {
        Annotations a = analyze("\"Iran has delivered more drones to Russia this month,\" said John Kirby.");
        assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker())
                .isEqualTo("John Kirby"));
        assertThat(a.transfers()).singleElement().satisfies(t -> assertThat(t.claimedBy())
                .isEqualTo("John Kirby"));
    }

    @Test
    void textAboutSomethingElseIsNotParsed() throws AnalysisException {
        Annotations a = analyze("The harbour festival drew record crowds despite the rain on Saturday.");
        assertThat(a.transfers()).isEmpty();
        assertThat(Analyzer.relevant("The harbour festival drew record crowds."))
                .isFalse();
        assertThat(Analyzer.relevant("The convoy carried artillery shells.")).isTrue();
    }

    @Test
    void emptyAndForeignTextsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> analyze("  \n "))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(
                        () -> analyze(
                                "Россия закупает у Северной Кореи артиллерийские снаряды и ракеты, сообщили в четверг официальные лица."))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("not in English");
    }

    @Test
    void longTextsAreReadInChunksOfWholeParagraphs() {
        String paragraph = "Trains carried crates of shells across the border at night. "
                .repeat(40)
                .strip();
        String text = String.join("\n\n", java.util.Collections.nCopies(30, paragraph));
        List<String> chunks = Analyzer.chunks(text);
        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(Analyzer.CHUNK));
        assertThat(String.join("\n\n", chunks)).isEqualTo(text);
    }
}
