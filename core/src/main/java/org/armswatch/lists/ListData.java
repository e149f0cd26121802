package org.armswatch.lists;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.armswatch.model.Entity;

/**
 * What a reader read from one list version.
 *
 * @param source the publisher's list, detected from the content (such as {@code un}, {@code ofac-sdn})
 * @param format the reader's format name
 * @param publishedAt the publisher's own date of the list, when the file carries one
 * @param declaredCount the record count the file declares about itself, when it does (OFAC {@code Record_Count})
 * @param recordCount the number of publisher records read (list entries; for FtM files, lines)
 * @param entities the entries (target entities) and the adjacent records (sanctions, relationships)
 * @param quirks record-level oddities loaded around
 */
public record ListData(
        String source,
        String format,
        Optional<Instant> publishedAt,
        OptionalInt declaredCount,
        int recordCount,
        List<Entity> entities,
        List<Quirk> quirks) {
    public ListData {
        entities = List.copyOf(entities);
        quirks = List.copyOf(quirks);
    }
}
