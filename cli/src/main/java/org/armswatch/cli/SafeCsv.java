package org.armswatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheets: RFC 4180 quoting, and every cell that a spreadsheet would read as a
 * formula (starting with {@code = + - @}, a tab or a carriage return) prefixed with an apostrophe,
 * so that text from the news cannot run as a formula where the file is opened.
 */
final class SafeCsv implements AutoCloseable {
    private final CSVPrinter printer;

    SafeCsv(Writer out, List<String> header) {
        try {
            printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a row; null cells are empty. */
    void row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(SafeCsv::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as written: a formula-like text neutralised. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
