package org.armswatch.screen;

/** A batch input file that cannot be screened at all; the message names the file and the line or byte. */
public final class BatchInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BatchInputException(String message) {
        super(message);
    }

    public BatchInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
