package org.armswatch.screen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Checks that a file is well-formed UTF-8 and finds the first byte that is not. */
public final class Utf8 {
    private Utf8() {}

    /**
     * The offset of the first byte that does not belong to a well-formed UTF-8 sequence
     * (overlong forms, surrogates and code points past U+10FFFF included), or empty when the
     * whole file is UTF-8.
     */
    public static OptionalLong firstInvalidByte(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            long offset = 0;
            int need = 0;
            long seqStart = 0;
            int first = 0;
            int seen = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++, offset++) {
                    int b = buf[i] & 0xff;
                    if (need == 0) {
                        if (b < 0x80) {
                            continue;
                        }
                        seqStart = offset;
                        first = b;
                        seen = 0;
                        if (b >= 0xC2 && b <= 0xDF) {
                            need = 1;
                        } else if (b >= 0xE0 && b <= 0xEF) {
                            need = 2;
                        } else if (b >= 0xF0 && b <= 0xF4) {
                            need = 3;
                        } else {
                            return OptionalLong.of(offset);
                        }
                    } else {
                        boolean ok = (b & 0xC0) == 0x80;
                        if (ok && seen == 0) {
                            // The second byte's range rules out overlong forms, surrogates and values past U+10FFFF.
                            ok = switch (first) {
                                case 0xE0 -> b >= 0xA0;
                                case 0xED -> b <= 0x9F;
                                case 0xF0 -> b >= 0x90;
                                case 0xF4 -> b <= 0x8F;
                                default -> true;
                            };
                        }
                        if (!ok) {
                            return OptionalLong.of(seqStart);
                        }
                        seen++;
                        need--;
                    }
                }
            }
            return need == 0 ? OptionalLong.empty() : OptionalLong.of(seqStart);
        }
    }
}
