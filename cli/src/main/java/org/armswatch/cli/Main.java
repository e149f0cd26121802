package org.armswatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.armswatch.lists.ListRefusedException;
import org.armswatch.store.db.StoreException;
import picocli.CommandLine;

/** Entry point of the armswatch command line: maps every error to one line and an exit code. */
public final class Main {
    private Main() {}

    // Lucene tells on every start that the JDK's incubating vector API is not enabled; search works
    // without it, and the notice is not for armswatch's users. Held here so that the level sticks.
    private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        LUCENE_VECTORS.setLevel(Level.OFF);
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code; never exits the JVM. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ArmswatchCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("armswatch: " + message(e));
            return exitCode(e);
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("armswatch: " + e.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        });
        return cli.execute(args);
    }

    private static int exitCode(Exception e) {
        return switch (e) {
            case CliException c -> c.exitCode();
            case ListRefusedException r -> ExitCode.REFUSED;
            case StoreException s -> ExitCode.STORE;
            case IOException io -> ExitCode.REFUSED;
            case IllegalArgumentException i -> ExitCode.USAGE;
            default -> ExitCode.INTERNAL;
        };
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        if (e instanceof CliException
                || e instanceof ListRefusedException
                || e instanceof StoreException
                || e instanceof IllegalArgumentException) {
            return m;
        }
        if (e instanceof IOException) {
            return "cannot read input: " + m;
        }
        return "internal error: " + e + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "");
    }
}
