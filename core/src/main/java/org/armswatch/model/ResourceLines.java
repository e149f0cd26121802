package org.armswatch.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The meaningful lines of a UTF-8 resource file: blank lines and {@code #} comments left out. */
public final class ResourceLines {
    private ResourceLines() {}

    /** A line and its number in the file, for error messages. */
    public record Line(int number, String text) {}

    /**
     * Reads a resource beside {@code owner}.
     *
     * @throws IllegalStateException when the resource is missing
     */
    public static List<Line> read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> lines = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(new Line(number, line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
