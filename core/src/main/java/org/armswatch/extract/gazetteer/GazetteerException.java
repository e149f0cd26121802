package org.armswatch.extract.gazetteer;

/** A gazetteer file that cannot be read: names the file, the line (1-based, 0 for the file as a whole) and the field. */
public final class GazetteerException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;

    public GazetteerException(String file, int line, String field, String problem) {
        super(file + ":" + line + (field == null ? "" : ": field '" + field + "'") + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The column at fault, or null when the problem is the line or file as a whole. */
    public String field() {
        return field;
    }
}
