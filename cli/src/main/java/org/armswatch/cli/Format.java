package org.armswatch.cli;

/** Output forms of commands whose output is data. */
enum Format {
    /** Aligned text for people. */
    text,
    /** One JSON array or object on stdout; messages go to stderr. */
    json
}
