package org.armswatch.cli;

/**
 * The exit codes of every armswatch command.
 *
 * <pre>
 * 0  success
 * 1  internal error (a bug: please report it with the message)
 * 2  usage error: an unknown option, a missing or malformed argument
 * 3  data refused: a list or input was refused (malformed, truncated, unsafe, failed an integrity check)
 * 4  network error: a download failed
 * 5  not found: no such entry, source or version
 * 6  store unavailable: the database cannot be opened (in use by another process, no permission)
 * 7  screening unavailable: no lists loaded, or a list asked for is not loaded (screening fails closed)
 * </pre>
 */
final class ExitCode {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int REFUSED = 3;
    static final int NETWORK = 4;
    static final int NOT_FOUND = 5;
    static final int STORE = 6;
    static final int UNAVAILABLE = 7;

    /** The table above, for {@code --help}. */
    static final String HELP = """
            Exit codes:
              0  success
              1  internal error
              2  usage error
              3  data refused (malformed, truncated, unsafe or failing an integrity check)
              4  network error (a download failed)
              5  not found (no such entry, source or version)
              6  store unavailable (database in use or not writable)
              7  screening unavailable (no lists loaded, or a list asked for is not loaded)""";

    private ExitCode() {}
}
