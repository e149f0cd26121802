package org.armswatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AffiliationsTest {
    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(
                        "title run before the name",
                        "Deputy energy minister Tomas Rehak said the pipeline would be finished in May.",
                        "Tomas Rehak",
                        "Deputy energy minister"),
                Arguments.of(
                        "apposition after the name",
                        "\"We expect delays,\" said Ilse Vandermeer, a senior analyst at the Halden Institute.",
                        "Ilse Vandermeer",
                        "a senior analyst at the Halden Institute"),
                Arguments.of(
                        "the body the name is with",
                        "Ilse Vandermeer of the Halden Institute said the shipments had stopped.",
                        "Ilse Vandermeer",
                        "of the Halden Institute"),
                Arguments.of(
                        "a list of people is no apposition",
                        "Tomas Rehak, Ilse Vandermeer and three engineers visited the plant in Oslo.",
                        "Tomas Rehak",
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void readsTheOfficeOrBodyBesideTheName(String what, String text, String name, String expected) {
        List<Sentence> sentences = Nlp.shared().annotate(text);
        People.Person person = People.find(text, sentences).people().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertEquals(expected, Affiliations.of(sentences, person));
    }
}
