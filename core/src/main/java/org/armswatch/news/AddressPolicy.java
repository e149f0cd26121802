package org.armswatch.news;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides which network addresses the page fetcher may connect to.
 *
 * <p>{@link #publicOnly()} refuses every address that is not a public internet address: loopback, private and
 * unique-local ranges, link-local, unspecified, multicast, broadcast, carrier-grade NAT, benchmarking,
 * documentation and reserved ranges, and the instance metadata addresses of cloud providers. IPv6 addresses that
 * carry an IPv4 address (IPv4-mapped, IPv4-compatible, 6to4, NAT64 and Teredo) are judged by that IPv4 address
 * too. {@link #allowing(List)} opens chosen ranges on top of that, for example a news server on the local network.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class AddressPolicy {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");

    // Checked in order, so the narrower ranges (metadata addresses, 0.0.0.0, broadcast) come before the wider
    // ranges that contain them.
    private static final List<Range> REFUSED_IPV4 = List.of(
            range("169.254.169.254/32", "cloud metadata"),
            range("169.254.170.2/32", "cloud metadata"),
            range("100.100.100.200/32", "cloud metadata"),
            range("192.0.0.192/32", "cloud metadata"),
            range("0.0.0.0/32", "unspecified"),
            range("0.0.0.0/8", "this network"),
            range("127.0.0.0/8", "loopback"),
            range("10.0.0.0/8", "private"),
            range("172.16.0.0/12", "private"),
            range("192.168.0.0/16", "private"),
            range("169.254.0.0/16", "link-local"),
            range("100.64.0.0/10", "carrier-grade NAT"),
            range("192.0.0.0/24", "reserved"),
            range("192.0.2.0/24", "documentation"),
            range("198.51.100.0/24", "documentation"),
            range("203.0.113.0/24", "documentation"),
            range("198.18.0.0/15", "benchmarking"),
            range("224.0.0.0/4", "multicast"),
            range("255.255.255.255/32", "broadcast"),
            range("240.0.0.0/4", "reserved"));

    // Checked before an embedded IPv4 address is looked at, since :: and ::1 also have the IPv4-compatible form.
    private static final List<Range> EXACT_IPV6 = List.of(
            range("::/128", "unspecified"),
            range("::1/128", "loopback"),
            range("fd00:ec2::254/128", "cloud metadata"),
            range("fd20:ce::254/128", "cloud metadata"));

    private static final List<Range> REFUSED_IPV6 = List.of(
            range("fc00::/7", "private"),
            range("fe80::/10", "link-local"),
            range("fec0::/10", "site-local"),
            range("ff00::/8", "multicast"),
            range("64:ff9b:1::/48", "private"),
            range("100::/64", "reserved"),
            range("2001:2::/48", "benchmarking"),
            range("2001:db8::/32", "documentation"));

    private static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(List.of(), List.of());

    private final List<String> allowed;
    private final List<Range> allowedRanges;

    private AddressPolicy(List<String> allowed, List<Range> allowedRanges) {
        this.allowed = allowed;
        this.allowedRanges = allowedRanges;
    }

    /**
     * Refuses loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10),
     * unspecified (0.0.0.0, ::) and the rest of 0/8, multicast, broadcast, carrier-grade NAT 100.64/10,
     * benchmarking 198.18/15 and 2001:2::/48, documentation, reserved 240/4 and cloud metadata addresses
     * (169.254.169.254, 169.254.170.2, 100.100.100.200, 192.0.0.192, fd00:ec2::254, fd20:ce::254), also when written
     * as IPv4-mapped or IPv4-compatible IPv6 or embedded in 6to4 (2002::/16), NAT64 (64:ff9b::/96) or Teredo
     * (2001::/32) addresses.
     */
    public static AddressPolicy publicOnly() {
        return PUBLIC_ONLY;
    }

    /**
     * The {@link #publicOnly()} policy with the given ranges allowed as well.
     *
     * @param cidrs ranges in CIDR notation ({@code "127.0.0.0/8"}, {@code "::1/128"}) or single addresses
     *     ({@code "10.1.2.3"}); surrounding spaces and bits of the address beyond the prefix are ignored. An
     *     allowed range wins over every refusal, cloud metadata included.
     * @throws NullPointerException if the list or an entry is null
     * @throws IllegalArgumentException if an entry is not an IP address or CIDR range; the message names it
     */
    public static AddressPolicy allowing(List<String> cidrs) {
        List<String> given = List.copyOf(cidrs);
        List<Range> ranges = new ArrayList<>(given.size());
        for (String cidr : given) {
            ranges.add(range(cidr, "allowed"));
        }
        return new AddressPolicy(given, List.copyOf(ranges));
    }

    /**
     * Judges one address.
     *
     * @return empty when the fetcher may connect to {@code address}, otherwise the reason it may not, such as
     *     {@code "loopback"}, {@code "private"}, {@code "link-local"} or {@code "cloud metadata"}
     */
    public Optional<String> refusal(InetAddress address) {
        Objects.requireNonNull(address, "address");
        byte[] bytes = address.getAddress();
        if (isAllowed(bytes) || (isMapped(bytes) && isAllowed(slice(bytes, 12, false)))) {
            return Optional.empty();
        }
        if (bytes.length == 4) {
            return reason(REFUSED_IPV4, bytes);
        }
        Optional<String> exact = reason(EXACT_IPV6, bytes);
        if (exact.isPresent()) {
            return exact;
        }
        byte[] embedded = embeddedIpv4(bytes);
        if (embedded != null) {
            Optional<String> inner = reason(REFUSED_IPV4, embedded);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return reason(REFUSED_IPV6, bytes);
    }

    /** The extra allowed ranges exactly as given to {@link #allowing(List)}; empty for {@link #publicOnly()}. */
    public List<String> allowed() {
        return allowed;
    }

    /**
     * Parses an IP address literal without any name lookup.
     *
     * @return the address, or empty if {@code text} is not a dotted-quad IPv4 or an IPv6 literal (brackets allowed)
     */
    static Optional<InetAddress> parseLiteral(String text) {
        String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean ipv4 = IPV4.matcher(literal).matches();
        if (ipv4) {
            for (String part : literal.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
        } else if (!literal.contains(":")) {
            return Optional.empty();
        }
        try {
            // A dotted quad with valid octets, or any text with a colon, is parsed by the JDK as a literal and
            // never sent to a name server.
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return allowed.isEmpty() ? "public addresses only" : "public addresses and " + String.join(", ", allowed);
    }

    private boolean isAllowed(byte[] bytes) {
        for (Range range : allowedRanges) {
            if (range.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> reason(List<Range> ranges, byte[] bytes) {
        for (Range range : ranges) {
            if (range.contains(bytes)) {
                return Optional.of(range.reason());
            }
        }
        return Optional.empty();
    }

    // The IPv4 address an IPv6 address stands for, or null. IPv4-mapped (::ffff:0:0/96), IPv4-compatible (::/96)
    // and NAT64 (64:ff9b::/96) carry it in the last 32 bits, 6to4 (2002::/16) in bits 16 to 47, and Teredo
    // (2001::/32) carries the client's address inverted in the last 32 bits.
    private static byte[] embeddedIpv4(byte[] bytes) {
        if (isMapped(bytes) || zeros(bytes, 0, 12)) {
            return slice(bytes, 12, false);
        }
        if (bytes[0] == 0x00
                && bytes[1] == 0x64
                && (bytes[2] & 0xff) == 0xff
                && (bytes[3] & 0xff) == 0x9b
                && zeros(bytes, 4, 12)) {
            return slice(bytes, 12, false);
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            return slice(bytes, 2, false);
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x00 && bytes[3] == 0x00) {
            return slice(bytes, 12, true);
        }
        return null;
    }

    private static boolean isMapped(byte[] bytes) {
        return bytes.length == 16 && zeros(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] bytes, int from, boolean inverted) {
        byte[] ipv4 = new byte[4];
        for (int i = 0; i < 4; i++) {
            ipv4[i] = (byte) (inverted ? ~bytes[from + i] : bytes[from + i]);
        }
        return ipv4;
    }

    private static Range range(String cidr, String reason) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String addressText = slash < 0 ? text : text.substring(0, slash);
        InetAddress address = parseLiteral(addressText)
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + cidr + "' is not an IP address or CIDR range such as 10.1.0.0/16"));
        // An IPv4-mapped literal (::ffff:10.0.0.0) comes back from the JDK as IPv4; its prefix counts IPv6 bits.
        boolean mappedIpv4 = address instanceof Inet4Address && addressText.contains(":");
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String prefixText = text.substring(slash + 1);
            if (!PREFIX.matcher(prefixText).matches()) {
                throw new IllegalArgumentException("'" + cidr + "' has no valid prefix length after the '/'");
            }
            prefix = Integer.parseInt(prefixText) - (mappedIpv4 ? 96 : 0);
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("'" + cidr + "' has a prefix length outside 0.."
                        + (mappedIpv4 ? 128 : bits) + (mappedIpv4 ? " (96..128 for an IPv4-mapped address)" : ""));
            }
        }
        return new Range(address.getAddress(), prefix, reason);
    }

    /** The addresses whose first {@code prefix} bits equal those of {@code network}. */
    private record Range(byte[] network, int prefix, String reason) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest);
            return ((address[whole] ^ network[whole]) & mask) == 0;
        }
    }
}
