package org.armswatch.store.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.armswatch.lists.DateBasis;
import org.armswatch.lists.ListData;

/**
 * A list version ready to be stored.
 *
 * @param data what the reader read
 * @param source the source it is stored under
 * @param publishedAt its date
 * @param dateBasis where the date comes from
 * @param sha256 SHA-256 of the bytes
 * @param contentHash SHA-256 over the entities
 * @param origin path or URL
 * @param warnings notices about the load
 * @param etag the download's ETag, for the next conditional request
 * @param lastModified the download's Last-Modified, for the next conditional request
 */
public record NewVersion(
        ListData data,
        String source,
        Instant publishedAt,
        DateBasis dateBasis,
        String sha256,
        String contentHash,
        String origin,
        List<String> warnings,
        Optional<String> etag,
        Optional<String> lastModified) {
    public NewVersion {
        warnings = List.copyOf(warnings);
    }
}
