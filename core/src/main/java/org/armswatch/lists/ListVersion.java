package org.armswatch.lists;

import java.time.Instant;
import java.util.List;

/**
 * One stored version of a list.
 *
 * @param id the store's version number, increasing with each load
 * @param source the list's name
 * @param format the reader's format name
 * @param publishedAt the version's date
 * @param dateBasis where that date comes from
 * @param recordCount publisher records
 * @param entityCount stored entities (records plus adjacent sanctions and relationships)
 * @param sha256 SHA-256 of the file's bytes (for a file set, of the files' digests in role order)
 * @param contentHash SHA-256 over the entities read, to recognise the same content in other bytes
 * @param origin path or URL the version was loaded from
 * @param loadedAt when it was loaded
 * @param quirkCount record-level oddities loaded around
 * @param warnings notices about the load, such as a guessed date
 * @param active whether this is the version in use
 */
public record ListVersion(
        long id,
        String source,
        String format,
        Instant publishedAt,
        DateBasis dateBasis,
        int recordCount,
        int entityCount,
        String sha256,
        String contentHash,
        String origin,
        Instant loadedAt,
        int quirkCount,
        List<String> warnings,
        boolean active) {
    public ListVersion {
        warnings = List.copyOf(warnings);
    }
}
