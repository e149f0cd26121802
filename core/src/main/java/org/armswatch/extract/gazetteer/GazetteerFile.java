package org.armswatch.extract.gazetteer;

import java.util.List;

/**
 * The kinds of gazetteer file, each with its bundled resource name and the header line it must start with.
 * Files are UTF-8, tab-separated, with {@code #} comment lines and blank lines ignored; a field holding several
 * forms separates them with {@code |}.
 */
public enum GazetteerFile {
    STATES("states.tsv", List.of("alpha3", "alpha2", "status", "name", "variants", "capitals", "demonyms", "seats")),
    PEOPLE("people.tsv", List.of("canonical", "state", "role", "variants", "short")),
    ORGANISATIONS("organisations.tsv", List.of("slug", "canonical", "kind", "state", "variants")),
    WEAPONS("weapons.tsv", List.of("canonical", "category", "match", "variants")),
    TITLES("titles.tsv", List.of("title", "kind", "variants"));

    private final String resource;
    private final List<String> columns;

    GazetteerFile(String resource, List<String> columns) {
        this.resource = resource;
        this.columns = columns;
    }

    /** The file name of the bundled resource beside {@link Gazetteer}. */
    public String resource() {
        return resource;
    }

    /** The columns of the header line, in order. */
    public List<String> columns() {
        return columns;
    }
}
