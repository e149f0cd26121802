package org.armswatch.extract.eval;

/**
 * A gold or prediction file that does not follow the schema. The message starts with the file name
 * and then says where (a JSON path such as {@code transfers[2].status}, or a line and column for
 * broken JSON) and what was expected.
 */
public final class GoldFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;

    GoldFormatException(String file, String detail) {
        super(file + ": " + detail);
        this.file = file;
    }

    /** The name of the offending file. */
    public String file() {
        return file;
    }
}
