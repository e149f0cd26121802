package org.armswatch.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's document goes: standard output, or the file {@code --out} names. */
final class Destination {
    /** Writes a document. */
    @FunctionalInterface
    interface Body {
        void write(PrintWriter w) throws Exception;
    }

    private Destination() {}

    /** Writes to {@code out} (saying so on stderr), or to standard output when it is null. */
    static void write(CommandSpec spec, Path out, Body body) throws Exception {
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            body.write(w);
            w.flush();
            return;
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            body.write(w);
        }
        spec.commandLine().getErr().println("wrote " + out);
    }
}
