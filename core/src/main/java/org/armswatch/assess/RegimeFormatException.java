package org.armswatch.assess;

/**
 * A regime file that does not follow the format. The message starts with the file name, then says
 * where (a JSON path such as {@code provisions[2] (1718-8b).in_force.until}, or a line and column
 * for broken JSON) and what was expected.
 */
public final class RegimeFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;

    RegimeFormatException(String file, String detail) {
        super(file + ": " + detail);
        this.file = file;
    }

    /** The name of the offending file. */
    public String file() {
        return file;
    }
}
