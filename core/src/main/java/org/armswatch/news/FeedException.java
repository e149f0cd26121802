package org.armswatch.news;

/**
 * Bytes that cannot be read as a news feed; the message starts with the source and says what was wrong, with the
 * line and column when the XML is at fault.
 */
public final class FeedException extends Exception {
    private static final long serialVersionUID = 1L;

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
