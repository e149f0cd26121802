package org.armswatch.model;

/** Cleaning of text values read from publishers' files. */
public final class Text {
    private Text() {}

    /**
     * Trims a value and collapses every run of white space (including no-break and other exotic
     * spaces, tabs and line breaks) to one space, and removes bidirectional controls and byte-order
     * marks (Unicode format characters that carry no letters). Null becomes the empty string.
     */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isBidiControl(c) || c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether a value is null or holds only white space and invisible controls. */
    public static boolean isBlank(String value) {
        return clean(value).isEmpty();
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }
}
