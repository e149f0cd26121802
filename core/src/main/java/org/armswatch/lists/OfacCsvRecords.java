package org.armswatch.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The records of one file of OFAC's legacy CSV set: comma-separated, text fields in double quotes
 * (a quote inside doubled), records ending with CRLF, the unquoted token {@code -0- } for "no
 * value", and a DOS end-of-file byte 0x1A after the last record. Tolerates LF line ends, fields
 * quoted only where needed, and a trailing {@code \x1a,,,,} row as in re-serialised copies.
 */
final class OfacCsvRecords {
    /** OFAC's null token, compared with a whole trimmed field only (never a substring). */
    static final String NULL_TOKEN = "-0-";

    private static final char EOF_MARK = '\u001a';

    /**
     * One record.
     *
     * @param line the line number where the record starts (1-based)
     * @param fields the fields, trimmed, {@code null} for OFAC's null token or an empty field
     */
    record Row(int line, List<String> fields) {
        Row {
            fields = Collections.unmodifiableList(new ArrayList<>(fields));
        }

        String field(int i) {
            return fields.get(i);
        }
    }

    /**
     * The parsed records with whether the file carried OFAC's end-of-file byte.
     *
     * @param rows the records in file order
     * @param endMark whether the 0x1A end-of-file byte was present
     */
    record Parsed(List<Row> rows, boolean endMark) {}

    private OfacCsvRecords() {}

    /**
     * Splits the decoded text of a file into records.
     *
     * @param text the whole file, decoded as Windows-1252
     * @param file names the file in refusals
     * @param complete whether the text is the whole file; for a head only, a record cut at the end is dropped
     * @throws ListRefusedException when a quoted field is never closed (a cut file), a quoted field
     *     is followed by stray characters, data follows the 0x1A end-of-file byte, or the last
     *     record ends without a line end inside an unquoted value (a cut file)
     */
    static Parsed parse(String text, Path file, boolean complete) throws ListRefusedException {
        List<Row> rows = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        boolean endMark = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == EOF_MARK) {
                endMark = true;
                checkAfterEndMark(text, i, line, file);
                break;
            }
            if (c == '\r' || c == '\n') {
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                continue;
            }
            int start = line;
            List<String> fields = new ArrayList<>();
            boolean terminated = false;
            boolean lastQuoted = false;
            String lastRaw = "";
            while (true) {
                StringBuilder value = new StringBuilder();
                if (i < n && text.charAt(i) == '"') {
                    lastQuoted = true;
                    i++;
                    while (true) {
                        if (i >= n) {
                            if (!complete) {
                                return new Parsed(rows, endMark);
                            }
                            throw new ListRefusedException(file + " line " + start + " field " + (fields.size() + 1)
                                    + ": quoted value never closed; the file is cut or malformed");
                        }
                        char q = text.charAt(i);
                        if (q == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                value.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (q == '\n') {
                            line++;
                        }
                        value.append(q);
                        i++;
                    }
                    while (i < n && text.charAt(i) == ' ') {
                        i++;
                    }
                    if (i < n && ",\r\n".indexOf(text.charAt(i)) < 0) {
                        throw new ListRefusedException(file + " line " + line + " field " + (fields.size() + 1)
                                + ": unexpected character after a quoted value");
                    }
                } else {
                    lastQuoted = false;
                    while (i < n && ",\r\n".indexOf(text.charAt(i)) < 0) {
                        value.append(text.charAt(i));
                        i++;
                    }
                }
                lastRaw = value.toString();
                fields.add(nullable(lastRaw));
                if (i < n && text.charAt(i) == ',') {
                    i++;
                    continue;
                }
                if (i < n) {
                    i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    terminated = true;
                }
                break;
            }
            if (!terminated) {
                if (!complete) {
                    break;
                }
                // The official files end every record with CRLF; a last record without one is whole
                // only when its last value visibly ends (closing quote, or the null token).
                if (!lastQuoted && !lastRaw.strip().equals(NULL_TOKEN)) {
                    throw new ListRefusedException(file + " line " + start
                            + ": last record ends without a line end inside a value; the file is cut");
                }
            }
            rows.add(new Row(start, fields));
        }
        return new Parsed(rows, endMark);
    }

    private static String nullable(String raw) {
        String t = raw.strip();
        return t.isEmpty() || t.equals(NULL_TOKEN) ? null : t;
    }

    private static void checkAfterEndMark(String text, int at, int line, Path file) throws ListRefusedException {
        for (int j = at; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c != EOF_MARK && c != ',' && c != '\r' && c != '\n' && c != ' ') {
                throw new ListRefusedException(
                        file + " line " + line + ": data after the end-of-file byte 0x1A; the file is malformed");
            }
        }
    }
}
