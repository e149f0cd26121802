package org.armswatch.screen.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCsvTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void rowsKnowTheLineTheyStartOn() throws Exception {
        Path f = write("a.csv", "a,b\n1,2\n\"x\ny\",3\n4,5\n");

        List<EvalCsv.Row> rows = EvalCsv.read(f, List.of("a", "b"));

        assertThat(rows).extracting(EvalCsv.Row::line).containsExactly(2L, 3L, 5L);
        assertThat(rows.get(1).get("a")).isEqualTo("x\ny");
        assertThat(rows.get(2).get("b")).isEqualTo("5");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumn() throws Exception {
        Path f = write("bom.csv", "\uFEFFname,x\nAli,1\n");

        assertThat(EvalCsv.read(f, List.of("name")).get(0).get("name")).isEqualTo("Ali");
    }

    @Test
    void aMissingColumnIsNamedWithTheHeaderLine() throws Exception {
        Path f = write("cases.csv", "schema,name1\nPerson,A\n");

        assertThatThrownBy(() -> EvalCsv.read(f, List.of("schema", "name1", "name2")))
                .isInstanceOf(EvalDataException.class)
                .hasMessage("cases.csv:1: no column 'name2' in the header (schema, name1)");
    }

    @Test
    void aRowWithTooFewFieldsIsNamedByItsLine() throws Exception {
        Path f = write("cases.csv", "a,b,c\n1,2,3\n\"q\nr\",2,3\n1,2\n");

        assertThatThrownBy(() -> EvalCsv.read(f, List.of("a")))
                .isInstanceOf(EvalDataException.class)
                .hasMessage("cases.csv:5: expected 3 fields, found 2");
    }

    @Test
    void anUnclosedQuoteIsNamedByTheLineItStartsOn() throws Exception {
        Path f = write("cases.csv", "a,b\n1,2\n3,\"never closed\n4,5\n");

        assertThatThrownBy(() -> EvalCsv.read(f, List.of("a")))
                .isInstanceOf(EvalDataException.class)
                .hasMessageStartingWith("cases.csv:3: malformed CSV");
    }

    @Test
    void valuesThatAreNotWhatTheirColumnHoldsAreNamedByLine() throws Exception {
        Path f = write("v.csv", "flag,score,name\ntrue,0.5,x\nyes,0.5,x\nfalse,high,x\nfalse,1,\n");
        List<EvalCsv.Row> rows = EvalCsv.read(f, List.of("flag", "score", "name"));

        assertThat(rows.get(0).bool("flag")).isTrue();
        assertThat(rows.get(0).number("score")).isEqualTo(0.5);
        assertThatThrownBy(() -> rows.get(1).bool("flag")).hasMessage("v.csv:3: flag is 'yes', not true or false");
        assertThatThrownBy(() -> rows.get(2).number("score")).hasMessage("v.csv:4: score is 'high', not a number");
        assertThatThrownBy(() -> rows.get(3).required("name")).hasMessage("v.csv:5: empty name");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, new byte[] {'a', '\n', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> EvalCsv.read(f, List.of("a"))).hasMessage("latin1.csv: not UTF-8 text");
    }

    @Test
    void aMissingFileIsNamed() {
        Path f = dir.resolve("nope.csv");

        assertThatThrownBy(() -> EvalCsv.read(f, List.of("a"))).hasMessage(f + ": no such file");
    }

    @Test
    void anEmptyFileHasNoHeader() throws Exception {
        Path f = write("empty.csv", "");

        assertThatThrownBy(() -> EvalCsv.read(f, List.of("a"))).hasMessage("empty.csv:1: no header line");
    }
}
