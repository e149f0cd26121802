package org.armswatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared data is: the system property {@code armswatch.data}, else {@code shared/data}
 * beside the working folder or one of its parents (the repository checked out beside
 * {@code shared}).
 */
final class DataFolder {
    private DataFolder() {}

    static Path locate() {
        String property = System.getProperty("armswatch.data");
        if (property != null) {
            return existing(Path.of(property));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (p.getParent() != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "no shared/data beside the working folder or its parents: give -Darmswatch.data=DIR");
    }

    private static Path existing(Path p) {
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("armswatch.data is not a folder: " + p);
        }
        return p;
    }
}
