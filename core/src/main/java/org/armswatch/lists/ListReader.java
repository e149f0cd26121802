package org.armswatch.lists;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads one publisher format into FtM-shaped entities. One implementation per format; the format
 * of a file is found from its content, never its name.
 *
 * <p>Readers are stateless and thread-safe. A reader refuses a file whole (a
 * {@link ListRefusedException} naming the file, record and field) when it is not well-formed,
 * truncated, structurally wrong or unsafe; oddities of single records are loaded around and
 * reported as {@link Quirk}s.
 */
public interface ListReader {

    /** Short name of the format, such as {@code un-xml} or {@code ofac-csv}. */
    String format();

    /**
     * Whether this reader reads a file that starts with these bytes, and as what.
     *
     * @return {@link #MAIN} for a file this reader loads by itself, a companion role (such as
     *     {@code alt}) for a file that only belongs beside a main file, or empty
     */
    Optional<String> sniff(FileHead head);

    /** Reads the list. */
    ListData read(ListInput input) throws IOException, ListRefusedException;

    /** The role of a file that is a list by itself. */
    String MAIN = "main";
}
