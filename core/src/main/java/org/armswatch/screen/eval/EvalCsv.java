package org.armswatch.screen.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the benchmark CSV files: UTF-8, RFC 4180 quoting, a header line. Every problem is reported
 * as an {@link EvalDataException} that names the file and the line: a missing column, a row with
 * the wrong number of fields, a value that is not what its column holds, broken quoting, bytes
 * that are not UTF-8.
 */
final class EvalCsv {
    private EvalCsv() {}

    /** One data row: the line it starts on, and its values by column. */
    record Row(Path file, long line, Map<String, String> values) {
        /** The value of a column, trimmed; empty when blank. */
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }

        /** The value of a column that must not be blank. */
        String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw EvalDataException.at(file, line, "empty " + column);
            }
            return v;
        }

        /** A {@code true}/{@code false} column (any case). */
        boolean bool(String column) {
            String v = get(column).toLowerCase(Locale.ROOT);
            return switch (v) {
                case "true" -> true;
                case "false" -> false;
                default ->
                    throw EvalDataException.at(file, line, column + " is '" + get(column) + "', not true or false");
            };
        }

        /** A decimal column. */
        double number(String column) {
            String v = get(column);
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw EvalDataException.at(file, line, column + " is '" + v + "', not a number");
        }

        EvalDataException error(String message) {
            return EvalDataException.at(file, line, message);
        }
    }

    /**
     * Reads a whole file.
     *
     * @param required the columns the header must name
     */
    static List<Row> read(Path file, List<String> required) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new EvalDataException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new EvalDataException(file.getFileName() + ": not UTF-8 text");
        } catch (IOException e) {
            throw new EvalDataException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return parse(file, new java.io.StringReader(text), required);
    }

    static List<Row> parse(Path file, Reader reader, List<String> required) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(false)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw EvalDataException.at(file, 1, "no header line");
            }
            for (String column : required) {
                if (!header.contains(column)) {
                    throw EvalDataException.at(
                            file, 1, "no column '" + column + "' in the header (" + String.join(", ", header) + ")");
                }
            }
            Iterator<CSVRecord> it = parser.iterator();
            long start = parser.getCurrentLineNumber() + 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw EvalDataException.at(file, start, "malformed CSV: " + rootMessage(e));
                }
                if (record.size() != header.size()) {
                    throw EvalDataException.at(
                            file, start, "expected " + header.size() + " fields, found " + record.size());
                }
                rows.add(new Row(file, start, record.toMap()));
                start = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException e) {
            throw new EvalDataException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw EvalDataException.at(file, 1, "bad header: " + e.getMessage());
        }
        return rows;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
