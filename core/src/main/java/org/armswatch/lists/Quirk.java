package org.armswatch.lists;

/**
 * A record-level oddity of a publisher's file that did not stop the load: a blank name, an alias
 * pointing at a missing entry, an element the schema does not know, a value that could not be read.
 *
 * @param recordId the publisher's id of the record (or a line number when there is none)
 * @param code short machine-readable kind, such as {@code blank-name} or {@code dangling-alias}
 * @param message what was found and what the reader did about it
 */
public record Quirk(String recordId, String code, String message) {}
