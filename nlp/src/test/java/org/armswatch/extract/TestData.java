package org.armswatch.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared folder's seed reports and gold annotations beside the repository (read-only). */
final class TestData {
    private TestData() {}

    /** A file or folder under {@code ../shared}, such as {@code seeds}. */
    static Path shared(String relative) {
        String root = System.getProperty("armswatch.shared", "../shared");
        Path p = Path.of(root).resolve(relative).toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            throw new IllegalStateException(
                    "test data missing: " + p + " (set -Darmswatch.shared to the shared folder)");
        }
        return p;
    }
}
