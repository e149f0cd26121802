package org.armswatch.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first bytes of a file, for readers to recognise their format from the content.
 *
 * @param path the file
 * @param bytes up to {@link #SIZE} first bytes
 */
public record FileHead(Path path, byte[] bytes) {
    public static final int SIZE = 64 * 1024;
    private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s>/]");

    public static FileHead of(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new FileHead(path, in.readNBytes(SIZE));
        }
    }

    /** The head as text (UTF-8, a byte-order mark dropped); good enough for sniffing Latin-1 files too. */
    public String text() {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** Whether the file is a ZIP archive (ODS and other zipped formats). */
    public boolean isZip() {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The local name of the XML root element, or null when the head does not look like XML. */
    public String xmlRoot() {
        String t = text().stripLeading();
        if (!t.startsWith("<")) {
            return null;
        }
        int i = 0;
        while (i < t.length()) {
            int lt = t.indexOf('<', i);
            if (lt < 0 || lt + 1 >= t.length()) {
                return null;
            }
            char next = t.charAt(lt + 1);
            if (next == '?') {
                i = t.indexOf("?>", lt);
            } else if (next == '!') {
                i = t.startsWith("<!--", lt) ? t.indexOf("-->", lt) : t.indexOf('>', lt);
            } else {
                Matcher m = ROOT.matcher(t);
                return m.find(lt) && m.start() == lt ? m.group(1) : null;
            }
            if (i < 0) {
                return null;
            }
            i++;
        }
        return null;
    }

    /** The first line of the head, without its line end. */
    public String firstLine() {
        String t = text();
        int end = t.indexOf('\n');
        String line = end < 0 ? t : t.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileHead h && h.path.equals(path) && Arrays.equals(h.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "FileHead[" + path + ", " + bytes.length + " bytes]";
    }
}
