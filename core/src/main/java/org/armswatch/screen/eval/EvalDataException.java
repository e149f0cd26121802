package org.armswatch.screen.eval;

import java.nio.file.Path;

/** A benchmark file that cannot be used as it is; the message names the file and, where known, the line. */
public final class EvalDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EvalDataException(String message) {
        super(message);
    }

    public EvalDataException(String message, Throwable cause) {
        super(message, cause);
    }

    static EvalDataException at(Path file, long line, String message) {
        return new EvalDataException(file.getFileName() + ":" + line + ": " + message);
    }
}
