package org.armswatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process against one home folder and captures what it prints. */
final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path home;

    Cli(Path home) {
        this.home = home;
    }

    /** What one command printed and returned. */
    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not one JSON value: " + out, e);
            }
        }
    }

    /** Runs {@code armswatch ARGS --home HOME} (the home is added after the subcommand words). */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        int firstOption = 0;
        while (firstOption < all.size() && !all.get(firstOption).startsWith("-")) {
            firstOption++;
        }
        all.addAll(firstOption, List.of("--home", home.toString()));
        return runRaw(all.toArray(String[]::new));
    }

    /** Runs exactly these arguments. */
    static Result runRaw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    /** A file under the shared folder beside the repository. */
    static Path shared(String relative) {
        Path p = Path.of(System.getProperty("armswatch.shared", "../shared"))
                .resolve(relative)
                .toAbsolutePath()
                .normalize();
        if (!Files.exists(p)) {
            throw new IllegalStateException("test data missing: " + p);
        }
        return p;
    }
}
