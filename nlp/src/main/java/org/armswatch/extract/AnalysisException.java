package org.armswatch.extract;

/** An article that cannot be analysed; the message names it and says why. */
public final class AnalysisException extends Exception {
    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }
}
