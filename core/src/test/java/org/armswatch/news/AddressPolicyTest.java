package org.armswatch.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {
    private static final AddressPolicy PUBLIC = AddressPolicy.publicOnly();

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
        "127.0.0.1, loopback",
        "127.255.255.254, loopback",
        "10.0.0.1, private",
        "10.255.255.255, private",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.168.0.1, private",
        "192.168.255.255, private",
        "169.254.0.1, link-local",
        "169.254.255.255, link-local",
        "169.254.169.254, cloud metadata",
        "169.254.170.2, cloud metadata",
        "100.100.100.200, cloud metadata",
        "192.0.0.192, cloud metadata",
        "0.0.0.0, unspecified",
        "0.10.20.30, this network",
        "224.0.0.1, multicast",
        "239.255.255.250, multicast",
        "255.255.255.255, broadcast",
        "240.0.0.1, reserved",
        "254.1.2.3, reserved",
        "100.64.0.1, carrier-grade NAT",
        "100.127.255.254, carrier-grade NAT",
        "198.18.0.1, benchmarking",
        "198.19.255.254, benchmarking",
        "192.0.2.10, documentation",
        "198.51.100.7, documentation",
        "203.0.113.99, documentation",
        "192.0.0.8, reserved",
        "::, unspecified",
        "::1, loopback",
        "fc00::1, private",
        "fd12:3456:789a::1, private",
        "fe80::1, link-local",
        "febf:ffff::1, link-local",
        "fec0::1, site-local",
        "ff02::1, multicast",
        "ff0e::101, multicast",
        "fd00:ec2::254, cloud metadata",
        "fd20:ce::254, cloud metadata",
        "2001:db8::42, documentation",
        "2001:2::7, benchmarking",
        "100::1, reserved",
        "64:ff9b:1::a00:1, private",
        "::127.0.0.1, loopback",
        "::10.1.2.3, private",
        "2002:7f00:1::1, loopback",
        "2002:a9fe:a9fe::, cloud metadata",
        "2002:c0a8:101::5, private",
        "64:ff9b::7f00:1, loopback",
        "64:ff9b::a9fe:a9fe, cloud metadata",
        "64:ff9b::a00:5, private",
        "2001:0:4136:e378:8000:63bf:80ff:fffe, loopback",
        "2001:0:4136:e378:8000:63bf:f5ff:fffe, private"
    })
    void refusesSpecialAddresses(String address, String reason) throws UnknownHostException {
        assertThat(PUBLIC.refusal(InetAddress.getByName(address))).contains(reason);
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(
            strings = {
                "8.8.8.8",
                "1.1.1.1",
                "93.184.215.14",
                "151.101.1.140",
                "9.255.255.255",
                "11.0.0.0",
                "172.15.255.255",
                "172.32.0.0",
                "192.167.255.255",
                "192.169.0.0",
                "169.253.255.255",
                "169.255.0.0",
                "100.63.255.255",
                "100.128.0.0",
                "198.17.255.255",
                "198.20.0.0",
                "223.255.255.255",
                "126.255.255.255",
                "128.0.0.0",
                "1.0.0.0",
                "2001:4860:4860::8888",
                "2606:4700:4700::1111",
                "2a00:1450:4001:82b::200e",
                "2001:db9::1",
                "fbff:ffff::1",
                "2620:fe::fe",
                "64:ff9b::808:808",
                "2002:808:808::1",
                "2001:0:4136:e378:8000:63bf:f7f7:f7f7"
            })
    void allowsPublicAddresses(String address) throws UnknownHostException {
        assertThat(PUBLIC.refusal(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest(name = "::ffff:{0} is judged like {0}")
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.20.30.40",
                "172.20.1.1",
                "192.168.10.10",
                "169.254.169.254",
                "100.100.100.200",
                "0.0.0.0",
                "255.255.255.255",
                "100.64.1.1",
                "198.18.1.1",
                "8.8.4.4",
                "185.199.108.153"
            })
    void ipv4MappedIpv6IsJudgedByItsIpv4Address(String ipv4) throws UnknownHostException {
        InetAddress plain = InetAddress.getByName(ipv4);
        InetAddress mapped = mapped(plain);

        assertThat(mapped).isInstanceOf(Inet6Address.class);
        assertThat(PUBLIC.refusal(mapped)).isEqualTo(PUBLIC.refusal(plain));
    }

    @Test
    void refusesEverythingTheJdkConsidersSpecialInSeededSample() throws UnknownHostException {
        Random random = new Random(20261202L);
        int refused = 0;
        for (int i = 0; i < 200_000; i++) {
            byte[] bytes = new byte[4];
            random.nextBytes(bytes);
            InetAddress address = InetAddress.getByAddress(bytes);
            boolean special = address.isAnyLocalAddress()
                    || address.isLoopbackAddress()
                    || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress()
                    || address.isMulticastAddress();
            boolean isRefused = PUBLIC.refusal(address).isPresent();
            if (special) {
                assertThat(isRefused).as(address.getHostAddress()).isTrue();
            }
            assertThat(PUBLIC.refusal(mapped(address)))
                    .as(address.getHostAddress())
                    .isEqualTo(PUBLIC.refusal(address));
            refused += isRefused ? 1 : 0;
        }
        // 224/4 and 240/4 are an eighth of the space; the other refused ranges add about 1.4 %.
        assertThat(refused).isBetween(200_000 / 8, 200_000 / 6);
    }

    @Test
    void allowedRangesOpenOnlyThemselves() throws UnknownHostException {
        AddressPolicy policy = AddressPolicy.allowing(List.of("127.0.0.0/8", "::1/128", "10.1.2.3", "fd00:abcd::/32"));

        assertThat(policy.refusal(InetAddress.getByName("127.0.0.1"))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("127.45.6.7"))).isEmpty();
        assertThat(policy.refusal(mapped(InetAddress.getByName("127.0.0.1")))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("::1"))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("10.1.2.3"))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("fd00:abcd:1::9"))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("10.1.2.4"))).contains("private");
        assertThat(policy.refusal(InetAddress.getByName("fd00:abce::1"))).contains("private");
        assertThat(policy.refusal(InetAddress.getByName("169.254.169.254"))).contains("cloud metadata");
        assertThat(policy.refusal(InetAddress.getByName("8.8.8.8"))).isEmpty();
    }

    @Test
    void hostBitsBeyondThePrefixAreIgnored() throws UnknownHostException {
        AddressPolicy policy = AddressPolicy.allowing(List.of("192.168.7.99/16"));

        assertThat(policy.refusal(InetAddress.getByName("192.168.200.1"))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("192.169.0.1"))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("10.0.0.1"))).contains("private");
    }

    @Test
    void ipv4MappedRangeCountsIpv6Bits() throws UnknownHostException {
        AddressPolicy policy = AddressPolicy.allowing(List.of("::ffff:10.0.0.0/104"));

        assertThat(policy.refusal(InetAddress.getByName("10.9.8.7"))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("11.0.0.1"))).isEmpty();
        assertThat(policy.refusal(InetAddress.getByName("192.168.1.1"))).contains("private");
    }

    @Test
    void allowedListsTheRangesAsGiven() {
        List<String> given = List.of("127.0.0.0/8", " 10.1.2.3 ", "::1/128");

        assertThat(AddressPolicy.allowing(given).allowed()).containsExactlyElementsOf(given);
        assertThat(AddressPolicy.publicOnly().allowed()).isEmpty();
        assertThat(AddressPolicy.allowing(List.of()).allowed()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(
            strings = {
                "10.0.0.0/33",
                "::1/129",
                "10.0.0/8",
                "300.1.1.1",
                "10.0.0.0/",
                "10.0.0.0/-1",
                "10.0.0.0/8/9",
                "10.0.0.0/eight",
                "news.example.org",
                "localhost",
                "",
                "::ffff:10.0.0.0/80",
                "1:2:3:4:5:6:7:8:9",
                "gg::1"
            })
    void badRangesAreRejectedNamingTheEntry(String entry) {
        assertThatThrownBy(() -> AddressPolicy.allowing(List.of("127.0.0.0/8", entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + entry + "'");
    }

    @Test
    void parsesLiteralsWithoutLookingNamesUp() {
        assertThat(AddressPolicy.parseLiteral("203.0.113.5"))
                .hasValueSatisfying(a -> assertThat(a.getHostAddress()).isEqualTo("203.0.113.5"));
        assertThat(AddressPolicy.parseLiteral("[2001:db8::1]"))
                .hasValueSatisfying(a -> assertThat(a.getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:1"));
        assertThat(AddressPolicy.parseLiteral("example.org")).isEmpty();
        assertThat(AddressPolicy.parseLiteral("256.1.1.1")).isEmpty();
        assertThat(AddressPolicy.parseLiteral("1.2.3")).isEmpty();
        assertThat(AddressPolicy.parseLiteral("[::1")).isEmpty();
    }

    private static InetAddress mapped(InetAddress ipv4) throws UnknownHostException {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(ipv4.getAddress(), 0, bytes, 12, 4);
        return Inet6Address.getByAddress(null, bytes, -1);
    }
}
