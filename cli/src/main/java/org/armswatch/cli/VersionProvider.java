package org.armswatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into the distribution. */
final class VersionProvider implements IVersionProvider {
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.txt")) {
            return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "armswatch " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
