package org.armswatch.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.armswatch.model.Entity;
import org.armswatch.model.FtmJson;

/** SHA-256 digests of list files, of what was read from them, and of other bytes and text, as lower-case hex. */
public final class Digests {
    private Digests() {}

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The digest of an input's bytes: of the main file alone when it has no companions, else of
     * the lines {@code role sha256} of every file, main first, companions in role order.
     */
    public static String of(ListInput input) throws IOException {
        String main = sha256(input.main());
        if (input.companions().isEmpty()) {
            return main;
        }
        StringBuilder lines =
                new StringBuilder(ListReader.MAIN).append(' ').append(main).append('\n');
        for (Map.Entry<String, Path> c : input.companions().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList()) {
            lines.append(c.getKey()).append(' ').append(sha256(c.getValue())).append('\n');
        }
        return sha256(lines.toString());
    }

    /** The digest of a version's content: of its entities' FtM JSON, in id order. */
    public static String content(List<Entity> entities) {
        MessageDigest md = digest();
        entities.stream().sorted(Comparator.comparing(Entity::id)).forEach(e -> {
            md.update(FtmJson.write(e).getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        });
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
