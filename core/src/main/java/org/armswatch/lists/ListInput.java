package org.armswatch.lists;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one list version: the main file and, for formats published as a set, its
 * companions by role (OFAC's legacy CSV: {@code alt} and {@code add} beside {@code sdn.csv}).
 *
 * @param main the main file
 * @param companions companion files by role
 * @param sourceOverride the source name the user forced with {@code --source}, if any
 */
public record ListInput(Path main, Map<String, Path> companions, Optional<String> sourceOverride) {
    public ListInput {
        companions = Map.copyOf(companions);
    }

    public static ListInput of(Path main) {
        return new ListInput(main, Map.of(), Optional.empty());
    }

    public Optional<Path> companion(String role) {
        return Optional.ofNullable(companions.get(role));
    }
}
