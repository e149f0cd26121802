package org.armswatch.store.db;

/** The store could not be opened, read or written; the message says which and why in one line. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
