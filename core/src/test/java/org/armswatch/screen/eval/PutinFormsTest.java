package org.armswatch.screen.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.armswatch.screen.ListedEntry;
import org.armswatch.screen.MatchIndex;
import org.armswatch.screen.NameNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PutinFormsTest {
    @TempDir
    Path dir;

    @Test
    void countsTheFormsWhoseFirstCandidateIsThePerson() throws Exception {
        List<ListedEntry> lists = List.of(
                Fixtures.person("ofac:1", "PUTIN, Vladimir Vladimirovich"),
                Fixtures.person("uk:2", "KONONOV Vladimir"),
                Fixtures.person("uk:3", "PUTINA Lyudmila"));
        Path forms = Files.writeString(
                dir.resolve("forms.txt"), "Vladimir Putin\n\nПутин Владимир\nVladimir Kononov\n  \nPUTIN, Vladimir\n");

        PutinForms.Result r = PutinForms.run(
                PutinForms.readForms(forms),
                PutinForms.PUTIN,
                lists,
                MatchIndex.build(lists, NameNormalizer.standard()),
                0.8);

        assertThat(r.entries()).containsExactly("ofac:1");
        assertThat(r.forms()).isEqualTo(4);
        assertThat(r.first()).isEqualTo(3);
        assertThat(r.matched()).isEqualTo(3);
        assertThat(r.firstRate()).isEqualTo(0.75);
        assertThat(r.results())
                .extracting(PutinForms.Form::line, PutinForms.Form::firstId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "ofac:1"),
                        org.assertj.core.groups.Tuple.tuple(3L, "ofac:1"),
                        org.assertj.core.groups.Tuple.tuple(4L, "uk:2"),
                        org.assertj.core.groups.Tuple.tuple(6L, "ofac:1"));
    }

    @Test
    void anEntryIsThePersonWhenANameHoldsEveryToken() {
        NameNormalizer n = NameNormalizer.standard();

        assertThat(PutinForms.isPerson(Fixtures.person("x:1", "Владимир Путин"), PutinForms.PUTIN, n))
                .isTrue();
        assertThat(PutinForms.isPerson(Fixtures.person("x:2", "Vladimir Putinov"), PutinForms.PUTIN, n))
                .isFalse();
    }
}
