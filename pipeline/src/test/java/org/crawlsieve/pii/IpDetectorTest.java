package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpDetectorTest {
  // through a scanner, as in the step: an IPv4 tail inside an IPv6 address is resolved into it
  private final PiiScanner publicOnly = new PiiScanner(List.of(new IpDetector(true)));
  private final PiiScanner all = new PiiScanner(List.of(new IpDetector(false)));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "from 8.8.8.8 today | 8.8.8.8",
        "keep getting address 41.173.96.26 blocked | 41.173.96.26",
        "IP: 203.0.114.5. | 203.0.114.5",
        "client_ip=(106.31.73.20); | 106.31.73.20",
        "dns 2001:4860:4860::8888 ok | 2001:4860:4860::8888",
        "[2a00:1450:4001:82a::200e]:443 | 2a00:1450:4001:82a::200e",
        "mapped ::ffff:8.8.8.8 here | ::ffff:8.8.8.8",
        "6e40:4041:c617:e898:c11:40d2:c669:2eb4 | 6e40:4041:c617:e898:c11:40d2:c669:2eb4",
        "addr:2001:4860::1 | 2001:4860::1",
        "at 2606:4700:4700::1111. | 2606:4700:4700::1111",
      })
  void findsPublicAddresses(String text, String expected) {
    assertEquals(List.of("IP:" + expected), Found.by(publicOnly, text));
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.1, false",
    "192.168.1.1, false",
    "172.15.255.255, true",
    "172.16.0.1, false",
    "172.31.255.255, false",
    "172.32.0.1, true",
    "127.0.0.1, false",
    "169.254.1.1, false",
    "169.253.1.1, true",
    "100.63.255.255, true",
    "100.64.0.1, false",
    "100.127.255.255, false",
    "100.128.0.1, true",
    "0.1.2.3, false",
    "192.0.2.1, false",
    "192.0.3.1, true",
    "198.51.100.7, false",
    "198.51.101.7, true",
    "203.0.113.9, false",
    "198.18.0.1, false",
    "198.20.0.1, true",
    "223.255.255.254, true",
    "224.0.0.1, false",
    "255.255.255.0, false",
    "::1, false",
    "::, false",
    "fe80::1, false",
    "fd00::1, false",
    "fec0::1, false",
    "ff02::1, false",
    "2001:db8::1, false",
    "2001:db9::1, true",
    "3fff:0fff::1, false",
    "3fff:1000::1, true",
    "::ffff:10.1.2.3, false",
  })
  void publicOnlyKeepsPublicRanges(String address, boolean reported) {
    String text = "host " + address + " here";
    List<String> found = List.of("IP:" + address);
    assertEquals(reported ? found : List.of(), Found.by(publicOnly, text));
    assertEquals(found, Found.by(all, text), "every valid address without public_only");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "version 1.2.3.4",
        "Version: 81.2.69.142",
        "build 81.2.69.142 of the kernel",
        "Firefox 2.0.0.16 and Chrome 81.2.69.142",
        "v1.2.3.4",
        "release-1.2.3.4x",
        "oid 1.3.6.1.4.1.311",
        "1.2.3.4.5",
        "256.1.1.1",
        "8.8.8.08",
        "01.02.03.04",
        "8.8.8",
        "it is 12:30:45 now",
        "mac 00:1a:2b:3c:4d:5e",
        "std::vector<int>",
        "a:b:c",
        "1:2:3:4:5:6:7:8:9",
        "1::2::3",
        "12345::1",
        "abcd:ef01:2345:6789:abcd:ef01:2345:6789:abcd",
      })
  void ignoresLookAlikes(String text) {
    assertEquals(List.of(), Found.by(all, text));
  }
}
