package org.armswatch.lists;

/** Where the date of a list version comes from, most trustworthy first. */
public enum DateBasis {
    /** The publisher's own date inside the file. */
    PUBLISHER("publisher's date in the file"),
    /** The date the user gave with {@code --date}. */
    OPTION("--date"),
    /** The Last-Modified header of the download. */
    LAST_MODIFIED("Last-Modified of the download"),
    /** A date in the file's name or its folder's name, as publishers name exports. */
    FILE_NAME("date in the file name"),
    /** No date found: the time of loading. */
    LOAD_TIME("time of loading (no date found)");

    private final String label;

    DateBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
