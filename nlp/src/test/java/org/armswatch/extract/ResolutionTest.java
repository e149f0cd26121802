package org.armswatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.Meeting;
import org.armswatch.extract.eval.Person;
import org.armswatch.extract.eval.Quote;
import org.armswatch.extract.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResolutionTest {
    private static final Resolution RESOLUTION = new Resolution(Gazetteer.standard());

    // An article naming people, each given as "name|affiliation" (affiliation optional).
    private static Annotations article(String doc, String... people) {
        List<Person> out = new ArrayList<>();
        for (String p : people) {
            String[] parts = p.split("\\|");
            out.add(new Person(parts[0], List.of(parts[0]), parts.length > 1 ? parts[1] : null));
        }
        return new Annotations(doc, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), out);
    }

    private static Map<String, List<String>> names(List<Annotations> articles) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Annotations a : articles) {
            out.put(a.doc(), a.people().stream().map(Person::name).toList());
        }
        return out;
    }

    private static Map<String, List<String>> resolved(Annotations... articles) {
        return names(RESOLUTION.resolve(List.of(articles)).articles());
    }

    @Test
    void aTransliterationVariantJoinsWhenTheAffiliationAgrees() {
        Map<String, List<String>> r = resolved(
                article("a", "Aleksandra Petrova|analyst at the Halden Institute"),
                article("b", "Alexandra Petrova|a fellow of the Halden Institute"),
                article("c", "Aleksandra Petrova|Halden Institute"));
        assertEquals(List.of("Aleksandra Petrova"), r.get("a"));
        assertEquals(List.of("Aleksandra Petrova"), r.get("b"), "the spelling of more articles wins");
        assertEquals(List.of("Aleksandra Petrova"), r.get("c"));
    }

    @Test
    void aSurnameSpeltTwoWaysJoinsOnlyWithASharedAffiliation() {
        Map<String, List<String>> joined = resolved(
                article("a", "Miroslav Tepavac|Belgrade Centre for Security Policy"),
                article("b", "Miroslav Tepavats|researcher, Belgrade Centre"));
        assertEquals(List.of("Miroslav Tepavats"), joined.get("a"), "equally frequent: the longer spelling");
        assertEquals(List.of("Miroslav Tepavats"), joined.get("b"));
        assertEquals(
                List.of("Miroslav Tepavats"),
                resolved(
                                article("a", "Miroslav Tepavac|Belgrade Centre for Security Policy"),
                                article("b", "Miroslav Tepavats"))
                        .get("b"),
                "a one-letter difference with nothing else in common is not enough");
    }

    @Test
    void aFirstNameVariantJoinsWithTheSameRoleAndSurname() {
        Resolution.Result r = RESOLUTION.resolve(List.of(
                article("a", "Mike Holloway|Norland defence secretary"),
                article("b", "Mick Holloway|defense secretary")));
        assertEquals(
                Map.of("a", List.of("Mick Holloway"), "b", List.of("Mick Holloway")),
                names(r.articles()),
                "equally frequent and long: the first alphabetically");
        Resolution.Link link = r.links().getFirst();
        assertEquals(0.9, link.score(), 0.001);
        assertTrue(
                link.reasons().stream().anyMatch(x -> x.startsWith("affiliation: defen")),
                link.reasons().toString());
    }

    @Test
    void aFirstNameVariantWithAnotherRoleStaysApart() {
        Map<String, List<String>> r = resolved(
                article("a", "Mike Holloway|Norland defence secretary"),
                article("b", "Mick Holloway|chief executive of Ferrow Bank"));
        assertEquals(List.of("Mike Holloway"), r.get("a"));
        assertEquals(List.of("Mick Holloway"), r.get("b"));
    }

    @Test
    void closeSpellingsWithDisagreeingRolesStayApart() {
        Map<String, List<String>> r = resolved(
                article("a", "Dmitri Zaretsky|coach of the Volga hockey club"),
                article("b", "Dmitry Zaretsky|deputy energy minister"));
        assertEquals(List.of("Dmitri Zaretsky"), r.get("a"));
        assertEquals(List.of("Dmitry Zaretsky"), r.get("b"));
    }

    @Test
    void differentFirstNamesOrLastSyllablesNeverJoin() {
        Map<String, List<String>> r = resolved(
                article("a", "Pavel Orlov|energy minister", "Park Min Ho|Sejong Policy Forum"),
                article("b", "Grigory Orlov|energy minister", "Park Min Su|Sejong Policy Forum"));
        assertEquals(List.of("Pavel Orlov", "Park Min Ho"), r.get("a"));
        assertEquals(List.of("Grigory Orlov", "Park Min Su"), r.get("b"));
    }

    @Test
    void namesOneArticleKeepsApartStayApart() {
        Map<String, List<String>> r =
                resolved(article("a", "Alexandra Petrova|Halden Institute", "Aleksandra Petrova|Halden Institute"));
        assertEquals(List.of("Alexandra Petrova", "Aleksandra Petrova"), r.get("a"));
    }

    @Test
    void aShortFormJoinsTheOnlyFullNameItEndsAndStaysAloneWhenAmbiguous() {
        Map<String, List<String>> unique =
                resolved(article("a", "Rafael Ostrander|Tallinn Defence Review"), article("b", "Ostrander"));
        assertEquals(List.of("Rafael Ostrander"), unique.get("b"));
        Map<String, List<String>> ambiguous = resolved(
                article("a", "Lee Dae Han|Seoul mayor"),
                article("b", "Lee Mi Rae|Busan Maritime Institute"),
                article("c", "Lee"));
        assertEquals(List.of("Lee"), ambiguous.get("c"));
        assertEquals(List.of("Lee Dae Han"), ambiguous.get("a"));
        assertEquals(List.of("Lee Mi Rae"), ambiguous.get("b"));
    }

    @Test
    void speakersAndParticipantsFollowTheirPerson() {
        Annotations a = new Annotations(
                "a",
                null,
                null,
                List.of(),
                List.of(new Meeting(
                        List.of("Alexandra Petrova", "Rafael Ostrander"), null, null, "held", "they met", false)),
                List.of(),
                List.of(),
                List.of(new Quote("Alexandra Petrova", null, "We will see.")),
                List.of(
                        new Person("Alexandra Petrova", List.of("Alexandra Petrova", "Petrova"), "Halden Institute"),
                        new Person("Rafael Ostrander", List.of("Rafael Ostrander"), null)));
        Annotations b = article("b", "Aleksandra Petrova|Halden Institute", "Rafael Ostrander");
        Annotations c = article("c", "Aleksandra Petrova|Halden Institute");
        Annotations out = RESOLUTION.resolve(List.of(a, b, c)).articles().getFirst();
        assertEquals("Aleksandra Petrova", out.quotes().getFirst().speaker());
        assertEquals(
                List.of("Aleksandra Petrova", "Rafael Ostrander"),
                out.meetings().getFirst().participants());
        assertEquals(
                List.of("Alexandra Petrova", "Petrova"), out.people().getFirst().forms(), "forms are kept");
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 8).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theResultDoesNotDependOnTheOrderOfTheArticles(long seed) {
        List<Annotations> articles = List.of(
                article("a", "Aleksandra Petrova|Halden Institute", "Lee Dae Han|Seoul mayor"),
                article("b", "Alexandra Petrova|Halden Institute", "Mike Holloway|defence secretary"),
                article("c", "Mick Holloway|defense secretary", "Lee"),
                article("d", "Lee Mi Rae|Busan Maritime Institute", "Ostrander"),
                article("e", "Raphael Ostrander", "Alexandra Petrova"),
                article("f", "Rafael Ostrander|Tallinn Defence Review", "Dmitri Zaretsky|hockey coach"),
                article("g", "Dmitry Zaretsky|deputy energy minister", "Pavel Orlov", "Rafael Ostrander"));
        Map<String, List<String>> expected = names(RESOLUTION.resolve(articles).articles());
        List<Annotations> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(seed));
        Resolution.Result r = RESOLUTION.resolve(shuffled);
        assertEquals(expected, names(r.articles()));
        assertEquals(
                shuffled.stream().map(Annotations::doc).toList(),
                r.articles().stream().map(Annotations::doc).toList(),
                "the articles keep their order");
        assertEquals(
                List.of("Alexandra Petrova", "Lee Dae Han"),
                expected.get("a"),
                "and the result is the right one: the spelling of two articles");
        assertEquals(List.of("Mick Holloway", "Lee"), expected.get("c"));
        assertEquals(List.of("Rafael Ostrander", "Alexandra Petrova"), expected.get("e"));
        assertEquals(List.of("Lee Mi Rae", "Rafael Ostrander"), expected.get("d"));
    }
}
