package org.armswatch.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the UK FCDO sanctions list export as CSV (UTF-8, an optional byte-order mark, RFC 4180
 * quoting, header {@code Unique ID,OFSI Group ID,Name,…}). Rows map to entities as {@link UkRows}
 * describes. A row with another number of fields than the header, a quoted field left open, or
 * bytes that are not UTF-8 refuse the file.
 */
final class UkCsvReader implements ListReader {
    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)\\s*(.*)", Pattern.DOTALL);

    UkCsvReader() {}

    @Override
    public String format() {
        return "uk-csv";
    }

    @Override
    public Optional<String> sniff(FileHead head) {
        if (head.isZip()) {
            return Optional.empty();
        }
        String line = head.firstLine();
        return line.startsWith(UkRows.UNIQUE_ID + ",") || line.startsWith("\"" + UkRows.UNIQUE_ID + "\",")
                ? Optional.of(MAIN)
                : Optional.empty();
    }

    @Override
    public ListData read(ListInput input) throws IOException, ListRefusedException {
        Path file = input.main();
        UkRows rows = new UkRows(file, format());
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVParser parser = CSV.parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            long lastLine = 0;
            int width = -1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw refusal(file, lastLine + 1, e.getCause());
                }
                String where = "line " + (lastLine + 1);
                lastLine = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (width >= 0 && record.size() != width) {
                    throw new ListRefusedException(
                            file + " " + where + ": " + record.size() + " fields where the header has " + width);
                }
                rows.row(record.toList(), where, 1);
                if (width < 0 && rows.hasHeader()) {
                    width = record.size();
                }
            }
        } catch (CharacterCodingException e) {
            throw new ListRefusedException(
                    file + ": not UTF-8 text (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); convert it to UTF-8",
                    e);
        }
        return rows.finish(input);
    }

    private static ListRefusedException refusal(Path file, long line, Throwable cause) {
        if (cause instanceof CharacterCodingException) {
            return new ListRefusedException(file + " near line " + line + ": not UTF-8 text", cause);
        }
        String message = cause == null || cause.getMessage() == null ? "unreadable CSV" : cause.getMessage();
        Matcher m = START_LINE.matcher(message);
        return m.matches()
                ? new ListRefusedException(file + " line " + m.group(1) + ": malformed CSV: " + m.group(2), cause)
                : new ListRefusedException(file + " after line " + (line - 1) + ": malformed CSV: " + message, cause);
    }
}
