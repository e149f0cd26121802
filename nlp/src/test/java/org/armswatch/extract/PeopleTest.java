package org.armswatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.armswatch.extract.eval.GoldFormatException;
import org.armswatch.extract.eval.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PeopleTest {
    private static final Map<String, String> GAZETTEER = Map.of(
            "Kim Jong Un", "Kim Jong Un",
            "Kim Jong-un", "Kim Jong Un",
            "Choe Son Hui", "Choe Son Hui");
    private static final Function<String, Optional<String>> KNOWN = form -> Optional.ofNullable(GAZETTEER.get(form));
    private static final Function<String, Optional<String>> UNKNOWN = form -> Optional.empty();

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                Arguments.of(
                        "title stripped, surname joins the full name",
                        "President Emmanuel Macron spoke to reporters in Paris. Macron later flew to Warsaw.",
                        UNKNOWN,
                        List.of("Emmanuel Macron=Emmanuel Macron;Macron")),
                Arguments.of(
                        "hyphenated surname",
                        "Ambassador Linda Thomas-Greenfield addressed the council. Thomas-Greenfield then"
                                + " asked for a vote.",
                        UNKNOWN,
                        List.of("Linda Thomas-Greenfield=Linda Thomas-Greenfield;Thomas-Greenfield")),
                Arguments.of(
                        "multi-word title stripped",
                        "National Security Advisor Jake Sullivan briefed the press on Friday.",
                        UNKNOWN,
                        List.of("Jake Sullivan=Jake Sullivan")),
                Arguments.of(
                        "family name first",
                        "North Korean leader Kim Jong Un toured a munitions factory. Kim praised the workers"
                                + " for their speed.",
                        UNKNOWN,
                        List.of("Kim Jong Un=Kim Jong Un;Kim")),
                Arguments.of(
                        "shared surname joins the most recent full name",
                        "Hillary Clinton met the delegation in the morning. Bill Clinton arrived at the hotel"
                                + " later. Clinton said he was tired.",
                        UNKNOWN,
                        List.of("Hillary Clinton=Hillary Clinton", "Bill Clinton=Bill Clinton;Clinton")),
                Arguments.of(
                        "possessive excluded",
                        "Vladimir Putin's spokesman declined to comment on the report.",
                        UNKNOWN,
                        List.of("Vladimir Putin=Vladimir Putin")),
                Arguments.of(
                        "last syllable the model leaves untagged",
                        "Rumours of a meeting between Xi Jinping and Kim Jong Un have analysts on alert.",
                        UNKNOWN,
                        List.of("Xi Jinping=Xi Jinping", "Kim Jong Un=Kim Jong Un")),
                Arguments.of(
                        "a group tagged as a person is none",
                        "The Wagner Group was led by Yevgeny Prigozhin until August. Prigozhin died in a plane"
                                + " crash.",
                        UNKNOWN,
                        List.of("Yevgeny Prigozhin=Yevgeny Prigozhin;Prigozhin")),
                Arguments.of(
                        "gazetteer names the spelling variant and repairs the tags",
                        "Kim Jong-un sent Foreign Minister Choe Son Hui to Moscow. Choe met her Russian"
                                + " counterpart there.",
                        KNOWN,
                        List.of("Kim Jong Un=Kim Jong-un", "Choe Son Hui=Choe Son Hui;Choe")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void clustersTheMentions(
            String title, String text, Function<String, Optional<String>> canonical, List<String> expected) {
        People people = People.find(text, Nlp.shared().annotate(text), canonical, People.TITLES);
        List<String> actual = people.people().stream()
                .map(p -> p.name() + "=" + String.join(";", p.forms()))
                .toList();
        assertEquals(expected, actual);
    }

    @Test
    void locatesMentions() {
        String text = "Sergei Shoigu landed in Pyongyang. The visit surprised analysts, and Shoigu stayed two days.";
        List<Sentence> sentences = Nlp.shared().annotate(text);
        People people = People.find(text, sentences);
        People.Person shoigu = people.people().get(0);
        assertEquals(
                List.of(new People.Mention(0, 0, 2, "Sergei Shoigu")),
                shoigu.mentions().subList(0, 1));
        assertEquals(Optional.of(shoigu), people.at(0, 1));
        assertEquals(Optional.empty(), people.at(0, 3));
        assertEquals(Optional.of(shoigu), people.lastBefore(1, 0));
        assertEquals(Optional.empty(), people.lastBefore(0, 0));
    }

    // Every form the analyst lists for a person of a seed report (a title dropped) must be found, and
    // the forms of one person should fall in one cluster.
    @Test
    void seedReportsNameTheAnalystsPeople() throws IOException, GoldFormatException {
        int forms = 0;
        int found = 0;
        int people = 0;
        int together = 0;
        List<String> misses = new ArrayList<>();
        for (SeedReports.Seed seed : SeedReports.all()) {
            List<People.Person> named =
                    People.find(seed.text(), seed.sentences()).people();
            for (Person g : seed.gold().people()) {
                people++;
                List<People.Person> clusters = new ArrayList<>();
                for (String f : g.forms()) {
                    forms++;
                    String form = untitled(f);
                    Optional<People.Person> p =
                            named.stream().filter(c -> c.forms().contains(form)).findFirst();
                    if (p.isPresent()) {
                        found++;
                        if (!clusters.contains(p.get())) {
                            clusters.add(p.get());
                        }
                    } else {
                        misses.add(seed.doc() + ": " + form);
                    }
                }
                if (clusters.size() == 1) {
                    together++;
                }
            }
        }
        System.out.printf(
                "seed people: forms %d/%d, people in one cluster %d/%d; missing %s%n",
                found, forms, together, people, misses);
        assertTrue(found >= 0.9 * forms, "forms " + found + "/" + forms + " " + misses);
        assertTrue(together >= 0.9 * people, "together " + together + "/" + people);
    }

    private static String untitled(String form) {
        for (String title : People.TITLES) {
            if (form.startsWith(title + " ")) {
                return form.substring(title.length() + 1);
            }
        }
        return form;
    }
}
