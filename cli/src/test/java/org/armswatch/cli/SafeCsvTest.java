package org.armswatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeCsvTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "=1+2|'=1+2",
                "+49 30 1234|'+49 30 1234",
                "-3|'-3",
                "@SUM(A1)|'@SUM(A1)",
                "plain text|plain text",
                "a=b|a=b",
            })
    void cellsThatASpreadsheetWouldRunAreNeutralised(String value, String written) {
        assertThat(SafeCsv.cell(value)).isEqualTo(written);
    }

    @ParameterizedTest(name = "control character {0}")
    @CsvSource({"9", "13"})
    void cellsStartingWithATabOrCarriageReturnAreNeutralised(int c) {
        assertThat(SafeCsv.cell((char) c + "=cmd")).startsWith("'");
    }

    @Test
    void rowsAreQuotedAndNullsEmpty() {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, List.of("a", "b", "c"))) {
            csv.row(Arrays.asList("x, y", null, "=HYPERLINK(\"http://evil\")"));
        }
        assertThat(out.toString()).isEqualTo("a,b,c\r\n\"x, y\",,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n");
    }
}
