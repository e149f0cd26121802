package org.armswatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.armswatch.extract.eval.Annotations;
import org.armswatch.extract.eval.Meeting;
import org.armswatch.extract.eval.Person;
import org.armswatch.extract.eval.Transfer;
import org.junit.jupiter.api.Test;

class ActorsTest {
    @Test
    void idsComeFromWhatActorsResolveTo() {
        Annotations a = new Annotations(
                "a.txt",
                null,
                null,
                List.of(new Transfer(
                        "PRK",
                        "wagner-group",
                        null,
                        List.of("ammunition"),
                        "delivered",
                        null,
                        null,
                        "Shells went.",
                        false)),
                List.of(new Meeting(List.of("Sergei Shoigu", "PRK"), null, null, "held", "He came.", false)),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        new Person("Sergei Shoigu", List.of("Sergei Shoigu", "Shoigu"), null),
                        new Person("Rafael Grossi", List.of("Rafael Grossi"), null)));

        assertThat(Actors.of(a))
                .extracting(Actors.Actor::id)
                .containsExactly("state:PRK", "group:wagner-group", "person:sergei-shoigu", "person:rafael-grossi");
        assertThat(Actors.slug("Linda Thomas-Greenfield")).isEqualTo("linda-thomas-greenfield");
        assertThat(Actors.slug("Recep Tayyip Erdoğan")).isEqualTo("recep-tayyip-erdogan");
    }
}
