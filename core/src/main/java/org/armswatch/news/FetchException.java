package org.armswatch.news;

/**
 * A page that could not be fetched. The message is one line: the URL that was asked for, {@code ": "} and the
 * reason, such as {@code "https://example.org/a: the server answered HTTP 404 (Not Found)"}.
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the URL asked for, {@code ": "} and the reason
     * @param cause the underlying failure, or null
     */
    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
