package org.armswatch.screen;

/**
 * Screening cannot answer: no lists are loaded, a requested list is not loaded, or the stored
 * lists cannot be read. Screening fails closed: it says so rather than answer "no match".
 */
public final class ScreeningUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScreeningUnavailableException(String message) {
        super(message);
    }

    public ScreeningUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
