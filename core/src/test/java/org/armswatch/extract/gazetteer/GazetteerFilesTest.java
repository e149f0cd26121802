package org.armswatch.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.armswatch.extract.gazetteer.Entry.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerFilesTest {
    private static final String STATES_HEADER = "alpha3\talpha2\tstatus\tname\tvariants\tcapitals\tdemonyms\tseats\n";
    private static final String WEAPONS_HEADER = "canonical\tcategory\tmatch\tvariants\n";

    private static Gazetteer load(GazetteerFile file, String text) throws GazetteerException {
        return Gazetteer.load(List.of(new Gazetteer.Source(file, "test-" + file.resource(), new StringReader(text))));
    }

    @Test
    void aSmallFileLoadsWithCommentsAndBlankLines() throws GazetteerException {
        Gazetteer gazetteer = load(
                GazetteerFile.STATES,
                "# an imaginary island\n\n" + STATES_HEADER
                        + "QQA\tQA\tother\tNorthisle\tNorth Isle\tPort Rain\tNorthislander\tTower Hill\n");
        assertThat(gazetteer.state("Port Rain"))
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("QQA"));
        assertThat(gazetteer.state("Tower Hill"))
                .hasValueSatisfying(e -> assertThat(e.form()).isEqualTo("seat"));
        assertThat(gazetteer.entries(Kind.STATE)).hasSize(1);
        assertThat(gazetteer.alpha2("QQA")).contains("QA");
    }

    @Test
    void filesAreReadInKindOrderWhateverTheListOrder() throws GazetteerException {
        Gazetteer gazetteer = Gazetteer.load(List.of(
                new Gazetteer.Source(
                        GazetteerFile.ORGANISATIONS,
                        "orgs",
                        new StringReader(
                                "slug\tcanonical\tkind\tstate\tvariants\nharbour-office\tHarbour Office\tagency\tQQA\tTower Hill\n")),
                new Gazetteer.Source(
                        GazetteerFile.STATES,
                        "states",
                        new StringReader(STATES_HEADER + "QQA\tQA\tother\tNorthisle\t\t\t\tTower Hill\n"))));
        Match match = gazetteer.find(List.of("Tower", "Hill")).getFirst();
        assertThat(match.entry().kind()).isEqualTo(Kind.STATE);
        assertThat(match.alternatives()).extracting(Entry::code).containsExactly("harbour-office");
    }

    @Test
    void genericNounsInflectAndIgnoreCase() throws GazetteerException {
        Gazetteer gazetteer = load(GazetteerFile.WEAPONS, WEAPONS_HEADER + "heavy battery\tartillery\tnoun\t\n");
        assertThat(gazetteer.category("Heavy Batteries")).contains("artillery");
        assertThat(gazetteer.category("heavy battery")).contains("artillery");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // file kind | text (header, tab, newline and bar written as <H>, <T>, <N>, <P>) | line | field | words
                // in the message
                "STATES|alpha3<T>alpha2<T>name<N>|1||expected the header line",
                "STATES|<H>PRX<T>PX<T>member<T>Prax<N>|2||expected 8 tab-separated fields, found 4",
                "STATES|<H>PR<T>PX<T>member<T>Prax<T><T><T><T><N>|2|alpha3|alpha-3 code",
                "STATES|<H>PRX<T>P<T>member<T>Prax<T><T><T><T><N>|2|alpha2|alpha-2 code",
                "STATES|<H>PRX<T>PX<T>friend<T>Prax<T><T><T><T><N>|2|status|found 'friend'",
                "STATES|<H>PRX<T>PX<T>member<T><T><T><T><T><N>|2|name|must not be empty",
                "STATES|<H>PRX<T>PX<T>member<T>Prax<T>Praxia<P><P>Pr.<T><T><T><N>|2|variants|empty form",
                "STATES|<H>PRX<T>PX<T>member<T>Prax<T><T><T><T><N># fine<N>PRX<T>PY<T>member<T>Prax Two<T><T><T><T><N>|4|alpha3|duplicate code PRX",
                "WEAPONS|canonical<T>category<T>match<T>variants<N>rail gun<T>space_lasers<T>noun<T><N>|2|category|found 'space_lasers'",
                "WEAPONS|canonical<T>category<T>match<T>variants<N>rail gun<T>artillery<T>verb<T><N>|2|match|found 'verb'",
                "PEOPLE|canonical<T>state<T>role<T>variants<T>short<N>Ann Example<T>Nowhere Land<T>Envoy<T><T><N>|2|state|alpha-3 code or a lower-case slug",
                "ORGANISATIONS|slug<T>canonical<T>kind<T>state<T>variants<N>Bad Slug<T>Office<T>agency<T><T><N>|2|slug|slug",
                "TITLES|title<T>kind<T>variants<N>Warden<T>jailer<T><N>|2|kind|found 'jailer'",
                "TITLES|# only a comment<N>|0||no header line",
            })
    void aMalformedFileIsAnErrorNamingFileLineAndField(String kind, String text, int line, String field, String words) {
        GazetteerFile file = GazetteerFile.valueOf(kind);
        String content = text.replace("<H>", STATES_HEADER)
                .replace("<T>", "\t")
                .replace("<N>", "\n")
                .replace("<P>", "|");
        assertThatThrownBy(() -> load(file, content)).isInstanceOfSatisfying(GazetteerException.class, e -> {
            assertThat(e.file()).isEqualTo("test-" + file.resource());
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage())
                    .startsWith("test-" + file.resource() + ":" + line)
                    .contains(words);
        });
    }

    @Test
    void theBundledFilesLoad() {
        Gazetteer gazetteer = Gazetteer.standard();
        assertThat(gazetteer.entries(Kind.PERSON)).hasSizeGreaterThan(300);
        assertThat(gazetteer.entries(Kind.ORGANISATION)).hasSizeGreaterThan(100);
        assertThat(gazetteer.entries(Kind.ARMED_GROUP)).hasSizeGreaterThan(10);
        assertThat(gazetteer.entries(Kind.WEAPON)).hasSizeGreaterThan(150);
        assertThat(gazetteer.entries(Kind.TITLE)).hasSizeGreaterThan(30);
    }
}
