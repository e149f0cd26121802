package org.armswatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.armswatch.extract.eval.GoldFormatException;
import org.armswatch.extract.eval.Person;
import org.armswatch.extract.eval.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuotesTest {
    private static final String NONE = "-";

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                Arguments.of(
                        "inverted said, full name after a title",
                        "“We will not ship a single rifle to either side of this war,” said Foreign Minister"
                                + " Anna Lindqvist of Sweden.",
                        List.of("We will not ship|Anna Lindqvist")),
                Arguments.of(
                        "surname and said after the quote, clustered with the full name",
                        "Customs officer Carlos Martinez inspected the cargo at dawn. \"The containers left the"
                                + " port on Tuesday night,\" Martinez said.",
                        List.of("The containers left|Carlos Martinez")),
                Arguments.of(
                        "colon before the quote",
                        "Senator Maria Okafor told reporters: “Nobody in this building believes the embargo is"
                                + " working.”",
                        List.of("Nobody in this building|Maria Okafor")),
                Arguments.of(
                        "according to",
                        "“The drones were assembled from imported parts,” according to Peter Hall, an analyst at"
                                + " a London research group.",
                        List.of("The drones were assembled|Peter Hall")),
                Arguments.of(
                        "pronoun subject",
                        "Defense Secretary Lloyd Austin met his counterparts in Brussels on Monday. “We expect"
                                + " every ally to enforce these export controls,” he said.",
                        List.of("We expect every ally|Lloyd Austin")),
                Arguments.of(
                        "unattributed quote in the next paragraph continues the speaker",
                        "“The inspectors found the serial numbers filed off,” said Helen Carter, who led the"
                                + " mission.\n\n“That tells you somebody expected the crates to be opened.”",
                        List.of("The inspectors found|Helen Carter", "That tells you|Helen Carter")),
                Arguments.of(
                        "quote continued over paragraphs without a closing mark",
                        "“The first shipments crossed the river in March, long before anyone noticed.\n\n“By the"
                                + " summer the convoys were running every week,” said Helen Carter.",
                        List.of("The first shipments|Helen Carter")),
                Arguments.of(
                        "quote of several sentences",
                        "\"Sanctions alone will not stop this trade. Ships change their flags every month. We"
                                + " need inspections at sea,\" said Admiral James Porter.",
                        List.of("Sanctions alone will not|James Porter")),
                Arguments.of(
                        "scare quotes are not quotations",
                        "Officials described the freighter as a 'ghost ship' and called the agreement a"
                                + " \"marriage of convenience\" in a briefing. The so-called “peace convoy” reached"
                                + " the border on Friday.",
                        List.of()),
                Arguments.of(
                        "a body speaks",
                        "“The allegations are groundless and provocative,” the Kremlin said in a statement on"
                                + " Thursday.",
                        List.of("The allegations are groundless|Kremlin")),
                Arguments.of(
                        "single marks nested in a quotation",
                        "“He told us the cargo was ‘agricultural equipment’ and nothing else,” said dock worker"
                                + " Daniel Reyes.",
                        List.of("He told us the cargo was ‘agricultural equipment’|Daniel Reyes")),
                Arguments.of(
                        "a person named inside the quotation is not its speaker",
                        "The trader Olga Brandt appeared in court in Vienna on Thursday. “I never discussed arms"
                                + " sales with Vladimir Putin or anyone in his circle,” she said.",
                        List.of("I never discussed|Olga Brandt")),
                Arguments.of(
                        "title only: speaker unknown",
                        "“The exercise is purely defensive and threatens no one,” the spokesman said.",
                        List.of("The exercise is purely|" + NONE)),
                Arguments.of(
                        "quoted as saying",
                        "“Washington has no right to lecture anyone about arms sales,” Reuters quoted Dmitry"
                                + " Peskov as saying.",
                        List.of("Washington has no right|Dmitry Peskov")),
                Arguments.of(
                        "pronoun after a quotation keeps its speaker though another person is named",
                        "“Every shell they buy prolongs the war,” Ukrainian President Volodymyr Zelensky wrote"
                                + " on Telegram, referring to Putin.\n\n“They will not succeed,” he added.",
                        List.of("Every shell they buy|Volodymyr Zelensky", "They will not succeed|Volodymyr Zelensky")),
                Arguments.of(
                        "a department speaks",
                        "\"The department is reviewing the export licences one by one,\" the State Department"
                                + " said on Tuesday.",
                        List.of("The department is reviewing|State Department")),
                Arguments.of(
                        "a proper noun the model left untagged speaks as written",
                        "“Our patience is running out with these endless delays,” Kyiv said in a statement.",
                        List.of("Our patience is running out|Kyiv")),
                Arguments.of(
                        "a capitalised title alone: speaker unknown",
                        "“We have seen no evidence of any transfer,” the Spokesman said.",
                        List.of("We have seen no evidence|" + NONE)),
                Arguments.of(
                        "an unnamed official: speaker unknown",
                        "“We are watching the border very closely,” a senior U.S. official said on condition of"
                                + " anonymity.",
                        List.of("We are watching|" + NONE)),
                Arguments.of(
                        "subject with a relative clause",
                        "Putin, who met Kim Jong Un on Wednesday, said the talks had gone “very well, better"
                                + " than anyone expected.”",
                        List.of("very well, better|Putin")),
                Arguments.of(
                        "a straight mark after a number is a measure",
                        "The report was 12\" thick and nobody read it. \"This one is a real quotation with many"
                                + " words,\" said Anna Berg.",
                        List.of("This one is a real|Anna Berg")),
                Arguments.of(
                        "short fragment quoted from a named speaker",
                        "Treasury Secretary Janet Yellen said the new penalties were “long overdue.”",
                        List.of("long overdue|Janet Yellen")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void findsQuotesAndSpeakers(String title, String text, List<String> expected) {
        List<Sentence> sentences = Nlp.shared().annotate(text);
        List<Quotes.Quote> quotes = Quotes.find(text, sentences, People.find(text, sentences));
        assertEquals(expected.size(), quotes.size(), () -> "quotes: " + quotes);
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i).split("\\|");
            Quotes.Quote q = quotes.get(i);
            assertTrue(q.text().startsWith(e[0]), () -> "quote: " + q);
            assertEquals(text.substring(q.begin(), q.end()).startsWith(e[0]), true, () -> "offsets: " + q);
            assertEquals(e[1].equals(NONE) ? null : e[1], q.speaker(), () -> "speaker: " + q);
        }
    }

    @Test
    void quoteOfSeveralSentencesKeepsItsFirstSentence() {
        String text = "\"Sanctions alone will not stop this trade. Ships change their flags every month,\" said"
                + " Admiral James Porter.";
        List<Sentence> sentences = Nlp.shared().annotate(text);
        Quotes.Quote q =
                Quotes.find(text, sentences, People.find(text, sentences)).get(0);
        assertEquals("Sanctions alone will not stop this trade. Ships change their flags every month,", q.text());
        assertEquals(0, q.sentence());
        assertEquals(text.indexOf("Sanctions"), q.begin());
    }

    // Runs the five seed reports and scores the quotations against the analyst's: a gold quotation
    // is found when a quotation contains its first words, attributed when the speaker is the gold
    // speaker or one of the forms the report uses for that person.
    @Test
    void seedReportsAttributeTheAnalystsQuotes() throws IOException, GoldFormatException {
        int found = 0;
        int attributed = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        for (SeedReports.Seed seed : SeedReports.all()) {
            List<Quotes.Quote> quotes =
                    Quotes.find(seed.text(), seed.sentences(), People.find(seed.text(), seed.sentences()));
            for (Quote g : seed.gold().quotes()) {
                total++;
                String speaker = g.speaker();
                String starts = g.starts();
                Set<String> accepted = new HashSet<>(Set.of(speaker));
                for (Person p : seed.gold().people()) {
                    if (p.name().equals(speaker)) {
                        accepted.addAll(p.forms());
                    }
                }
                Quotes.Quote hit = quotes.stream()
                        .filter(q -> q.text().contains(starts))
                        .findFirst()
                        .orElse(null);
                if (hit != null) {
                    found++;
                }
                if (hit != null && accepted.contains(hit.speaker())) {
                    attributed++;
                } else {
                    misses.add(seed.doc() + ": " + starts + " -> " + (hit == null ? "not found" : hit.speaker()));
                }
            }
        }
        System.out.printf(
                "seed quotes: found %d/%d, attributed %d/%d; misses %s%n", found, total, attributed, total, misses);
        assertTrue(found >= 0.9 * total, "found " + found + "/" + total + " " + misses);
        assertTrue(attributed >= 0.85 * total, "attributed " + attributed + "/" + total + " " + misses);
    }
}
