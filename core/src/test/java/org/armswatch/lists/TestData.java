package org.armswatch.lists;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the real publishers' files in the shared folder beside the repository (read-only). */
public final class TestData {
    private TestData() {}

    /** A file or folder under {@code ../shared}, such as {@code data/un/un_consolidated_2025-11-20.xml}. */
    public static Path shared(String relative) {
        String root = System.getProperty("armswatch.shared", "../shared");
        Path p = Path.of(root).resolve(relative).toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            throw new IllegalStateException(
                    "test data missing: " + p + " (set -Darmswatch.shared to the shared folder)");
        }
        return p;
    }
}
