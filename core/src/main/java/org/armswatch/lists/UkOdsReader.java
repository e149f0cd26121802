package org.armswatch.lists;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import org.armswatch.model.Text;

/**
 * Reads the UK FCDO sanctions list export as an OpenDocument spreadsheet: a ZIP whose {@code
 * mimetype} is {@value #MIMETYPE} and whose {@code content.xml} holds the sheet. The first table of
 * the sheet is read row by row (streaming); rows map to entities as {@link UkRows} describes.
 *
 * <p>Spreadsheet details handled: a byte-order mark before the XML declaration, cells and rows
 * repeated with {@code table:number-columns-repeated} / {@code table:number-rows-repeated} (empty
 * ones are skipped without being expanded), {@code text:s}, {@code text:tab} and {@code
 * text:line-break} inside paragraphs, several paragraphs in one cell (joined by a line break),
 * annotations (ignored), and typed date cells (their ISO {@code office:date-value}). A file that
 * is not a readable ZIP, lacks {@code content.xml} or holds malformed XML is refused.
 */
final class UkOdsReader implements ListReader {
    static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final int MAX_COLUMNS = 1024;
    private static final int MAX_SPACES = 1024;
    private static final int SNIFF_INFLATE_LIMIT = 1 << 20;

    UkOdsReader() {}

    @Override
    public String format() {
        return "uk-ods";
    }

    @Override
    public Optional<String> sniff(FileHead head) {
        if (!head.isZip()) {
            return Optional.empty();
        }
        String mimetype = entryHead(head.bytes(), "mimetype");
        if (mimetype == null || !mimetype.strip().equals(MIMETYPE)) {
            return Optional.empty();
        }
        String content = entryHead(head.bytes(), "content.xml");
        if (content != null && !content.contains(UkRows.UNIQUE_ID) && content.contains("table-row")) {
            return Optional.empty();
        }
        return Optional.of(MAIN);
    }

    @Override
    public ListData read(ListInput input) throws IOException, ListRefusedException {
        Path file = input.main();
        UkRows rows = new UkRows(file, format());
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ListRefusedException(
                    file + ": not a readable ODS (ZIP) file, truncated or corrupt: " + e.getMessage(), e);
        }
        try (zip) {
            String mimetype = entryText(zip, file, "mimetype");
            if (mimetype == null || !mimetype.strip().equals(MIMETYPE)) {
                throw new ListRefusedException(file + ": not an OpenDocument spreadsheet (mimetype "
                        + (mimetype == null ? "missing" : "'" + mimetype.strip() + "'") + ")");
            }
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new ListRefusedException(file + ": ODS without content.xml");
            }
            try (InputStream in = new BufferedInputStream(zip.getInputStream(content))) {
                SafeXml xml = SafeXml.open(in, file);
                try {
                    new Sheet(xml, rows).read();
                } finally {
                    xml.close();
                }
            } catch (ZipException | UncheckedIOException e) {
                throw new ListRefusedException(file + ": corrupt content.xml in the ZIP: " + e.getMessage(), e);
            }
        }
        return rows.finish(input);
    }

    private static String entryText(ZipFile zip, Path file, String name) throws IOException, ListRefusedException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new ListRefusedException(file + ": corrupt " + name + " in the ZIP: " + e.getMessage(), e);
        }
    }

    /** Walks the first table of content.xml and hands each row to {@link UkRows}. */
    private static final class Sheet {
        private final SafeXml xml;
        private final UkRows rows;
        private long rowNumber;

        Sheet(SafeXml xml, UkRows rows) {
            this.xml = xml;
            this.rows = rows;
        }

        void read() throws ListRefusedException {
            boolean tableRead = false;
            int event;
            while ((event = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (event == XMLStreamConstants.START_ELEMENT && !tableRead && is(TABLE_NS, "table")) {
                    table();
                    tableRead = true;
                }
            }
            if (!tableRead) {
                throw xml.refuse("content.xml holds no table");
            }
        }

        private boolean is(String ns, String local) {
            return xml.name().equals(local) && ns.equals(xml.reader().getNamespaceURI());
        }

        /** Reads the rows of a table, including those inside row groups and header-row blocks. */
        private void table() throws ListRefusedException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (is(TABLE_NS, "table-row")) {
                        row();
                    } else if (is(TABLE_NS, "table") || is(OFFICE_NS, "annotation")) {
                        xml.skip();
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw xml.refuse("ends inside a table (truncated)");
                }
            }
        }

        // Cells are placed by column index. A blank cell, however often repeated, only moves the
        // index; the blanks are written out only when a later non-blank cell needs them, so the
        // sheet's 16,384-column trailing repeats cost nothing.
        private void row() throws ListRefusedException {
            int repeats = count(xml.attr("number-rows-repeated"));
            long first = rowNumber + 1;
            rowNumber += repeats;
            List<String> cells = new ArrayList<>();
            long column = 0;
            int event;
            while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw xml.refuse("ends inside a table row (truncated)");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!is(TABLE_NS, "table-cell") && !is(TABLE_NS, "covered-table-cell")) {
                    xml.skip();
                    continue;
                }
                int span = count(xml.attr("number-columns-repeated"));
                String value = cell();
                if (!Text.isBlank(value) && column < MAX_COLUMNS) {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    for (long c = column; c < Math.min(column + span, MAX_COLUMNS); c++) {
                        cells.add(value);
                    }
                }
                column += span;
            }
            rows.row(cells, "row " + first, repeats);
        }

        /** The value of the current cell, leaving the cursor on its end element. */
        private String cell() throws ListRefusedException {
            String type = xml.attr("value-type");
            String dateValue = xml.attr("date-value");
            String stringValue = xml.attr("string-value");
            List<String> paragraphs = new ArrayList<>();
            int event;
            while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw xml.refuse("ends inside a table cell (truncated)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (is(TEXT_NS, "p") || is(TEXT_NS, "h")) {
                        StringBuilder text = new StringBuilder();
                        inline(text);
                        paragraphs.add(text.toString());
                    } else {
                        xml.skip();
                    }
                }
            }
            if ("date".equals(type) && dateValue != null && !dateValue.isBlank()) {
                return dateValue.strip();
            }
            if (stringValue != null && paragraphs.isEmpty()) {
                return stringValue;
            }
            return String.join("\n", paragraphs);
        }

        /** Appends the text of the current paragraph or span, leaving the cursor on its end element. */
        private void inline(StringBuilder out) throws ListRefusedException {
            int event;
            while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        out.append(xml.reader().getText());
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (is(TEXT_NS, "s")) {
                            out.repeat(' ', Math.min(count(xml.attr("c")), MAX_SPACES));
                            xml.skip();
                        } else if (is(TEXT_NS, "tab")) {
                            out.append('\t');
                            xml.skip();
                        } else if (is(TEXT_NS, "line-break")) {
                            out.append('\n');
                            xml.skip();
                        } else if (is(OFFICE_NS, "annotation") || is(TEXT_NS, "note")) {
                            xml.skip();
                        } else {
                            inline(out);
                        }
                    }
                    case XMLStreamConstants.END_DOCUMENT -> throw xml.refuse("ends inside a paragraph (truncated)");
                    default -> {}
                }
            }
        }

        private int count(String value) throws ListRefusedException {
            if (value == null || value.isBlank()) {
                return 1;
            }
            try {
                int n = Integer.parseInt(value.strip());
                if (n < 1) {
                    throw xml.refuse("repeat count '" + value + "' is not positive");
                }
                return n;
            } catch (NumberFormatException e) {
                throw xml.refuse("repeat count '" + value + "' is not a number");
            }
        }
    }

    // Sniffing sees only the first bytes of the ZIP, so the central directory at its end is out of
    // reach: walk the local file headers from the start instead (signature, flags, method, sizes,
    // name), inflating an entry's beginning when it is compressed. An entry written with a data
    // descriptor (flag bit 3) has no size in its header; its end is found by inflating it.

    /** The beginning of a ZIP entry's text found in the head, or null when it is not there. */
    static String entryHead(byte[] bytes, String wanted) {
        int at = 0;
        while (at + 30 <= bytes.length && u32(bytes, at) == 0x04034b50L) {
            int flags = u16(bytes, at + 6);
            int method = u16(bytes, at + 8);
            long compressed = u32(bytes, at + 18);
            int nameLength = u16(bytes, at + 26);
            int extraLength = u16(bytes, at + 28);
            int data = at + 30 + nameLength + extraLength;
            if (data > bytes.length) {
                return null;
            }
            String name = new String(bytes, at + 30, nameLength, StandardCharsets.UTF_8);
            boolean descriptor = (flags & 8) != 0;
            if (method != 0 && method != 8) {
                return null;
            }
            if (name.equals(wanted)) {
                if (method == 0) {
                    int end = descriptor ? bytes.length : (int) Math.min(bytes.length, data + compressed);
                    return new String(bytes, data, end - data, StandardCharsets.UTF_8);
                }
                return inflate(bytes, data, false).text();
            }
            long next;
            if (!descriptor) {
                next = data + compressed;
            } else if (method == 8) {
                Inflated skipped = inflate(bytes, data, true);
                if (!skipped.finished()) {
                    return null;
                }
                next = data + skipped.consumed();
                next += next + 4 <= bytes.length && u32(bytes, (int) next) == 0x08074b50L ? 16 : 12;
            } else {
                return null;
            }
            if (next > bytes.length) {
                return null;
            }
            at = (int) next;
        }
        return null;
    }

    private record Inflated(String text, boolean finished, long consumed) {}

    /**
     * Inflates a raw deflate stream starting at {@code from}, keeping the first {@value
     * #SNIFF_INFLATE_LIMIT} bytes of output; with {@code toEnd}, goes on (discarding output) until
     * the stream ends or the input runs out, to learn how many input bytes it took.
     */
    private static Inflated inflate(byte[] bytes, int from, boolean toEnd) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(bytes, from, bytes.length - from);
            byte[] buffer = new byte[8192];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                if (out.size() < SNIFF_INFLATE_LIMIT) {
                    out.write(buffer, 0, n);
                } else if (!toEnd) {
                    break;
                }
            }
            return new Inflated(out.toString(StandardCharsets.UTF_8), inflater.finished(), inflater.getBytesRead());
        } catch (DataFormatException e) {
            return new Inflated("", false, 0);
        } finally {
            inflater.end();
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xffffffffL;
    }
}
