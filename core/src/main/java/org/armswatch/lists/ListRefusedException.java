package org.armswatch.lists;

/**
 * A list file refused whole: not well-formed, truncated, structurally wrong, unsafe (DOCTYPE,
 * external entities) or failing an integrity check. The message is one line naming the file and,
 * where known, the record and field.
 */
public final class ListRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ListRefusedException(String message) {
        super(message);
    }

    public ListRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
