package org.armswatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The development layout: the repository checked out beside a {@code shared} folder that holds
 * real copies of the lists ({@code shared/data}) and the seed reports ({@code shared/seeds}). The
 * launcher passes the repository root as the system property {@code armswatch.root}.
 */
final class DevLayout {
    private DevLayout() {}

    /** {@code ../shared/<name>} beside the repository, or beside the working folder, when it exists. */
    static Optional<Path> shared(String name) {
        String root = System.getProperty("armswatch.root");
        for (Path base : root == null ? new Path[] {Path.of("")} : new Path[] {Path.of(root), Path.of("")}) {
            Path candidate = base.toAbsolutePath()
                    .resolve("..")
                    .resolve("shared")
                    .resolve(name)
                    .normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
