package org.armswatch.news;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** URI references as written in feeds: parsed leniently, resolved against a base, and kept only as web links. */
final class FeedLinks {
    private static final String UNSAFE = "\"<>\\^`{|}";
    private static final String HEX = "0123456789ABCDEF";

    private FeedLinks() {}

    /**
     * The reference resolved against {@code base}, or {@code null} when it is empty, not a URI even once unsafe
     * characters are escaped, relative with no base, or not an {@code http} or {@code https} URL with a host.
     */
    static URI web(URI base, String reference) {
        URI resolved = resolve(base, reference);
        if (resolved == null || resolved.getScheme() == null || resolved.getRawAuthority() == null) {
            return null;
        }
        String scheme = resolved.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? resolved : null;
    }

    /**
     * The reference resolved against {@code base} (which may be {@code null}), or {@code null} when it is empty,
     * not a URI, or relative with no base to resolve it against. Any absolute URI is returned, whatever its
     * scheme: this serves {@code xml:base} as well as links.
     */
    static URI resolve(URI base, String reference) {
        URI uri = parse(reference);
        if (uri == null || uri.isAbsolute()) {
            return uri;
        }
        if (base == null || base.isOpaque()) {
            return null;
        }
        // URI.resolve joins a relative path straight onto an authority with an empty path ("https://a.org" and
        // "b" give "https://a.orgb"), so such a base first gets the root path.
        URI from = base.getRawAuthority() != null && base.getRawPath().isEmpty() ? base.resolve("/") : base;
        return from.resolve(uri);
    }

    /**
     * The URI for {@code location}: the URL or path a feed was read from, as the base of its relative links; a
     * file path, or anything else that is not an absolute URI, gives {@code null}.
     */
    static URI sourceBase(String location) {
        URI uri = location == null ? null : parse(location);
        return uri != null && uri.isAbsolute() && uri.getRawAuthority() != null ? uri : null;
    }

    // Feeds often carry links with spaces, non-ASCII letters or characters such as '|' that RFC 3986 forbids
    // unescaped. Each of those is percent-encoded as its UTF-8 bytes, and so is a '%' not followed by two hex
    // digits; what still fails to parse is no URI.
    private static URI parse(String reference) {
        String s = reference.strip();
        if (s.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean unsafe = cp <= 0x20 || cp >= 0x7f || UNSAFE.indexOf(cp) >= 0 || cp == '%' && !escapeAt(s, next);
            if (unsafe) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
                }
            } else {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        try {
            return new URI(out.toString());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean escapeAt(String s, int i) {
        return i + 1 < s.length() && hex(s.charAt(i)) && hex(s.charAt(i + 1));
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
