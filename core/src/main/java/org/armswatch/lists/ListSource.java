package org.armswatch.lists;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * One publisher's list: its name in armswatch, who publishes it, where it is downloaded from,
 * under which terms, and how often it is expected to change.
 *
 * @param name armswatch's name of the list, such as {@code un} or {@code opensanctions-sanctions}
 * @param title human title
 * @param publisher the authority or organisation that publishes it
 * @param downloadUrl the publisher's official URL, empty for a list that is only loaded from files
 * @param terms terms of use, printed wherever the list is loaded
 * @param cadence how old the list may be before {@code lists status} calls it stale
 */
public record ListSource(
        String name, String title, String publisher, Optional<URI> downloadUrl, String terms, Duration cadence) {}
