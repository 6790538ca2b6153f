package org.crawlsieve.pii;

/**
 * Which IP addresses are public, i.e. can point at a person's machine. Not public: IPv4 0/8, 10/8,
 * 100.64/10 (carrier NAT), 127/8, 169.254/16, 172.16/12, 192.0.0/24, 192.0.2/24, 192.168/16,
 * 198.18/15, 198.51.100/24, 203.0.113/24, 224/4 and 240/4 (multicast, reserved, broadcast); IPv6
 * unspecified and loopback, IPv4-mapped/compatible forms of non-public IPv4, unique local fc00::/7,
 * link-local fe80::/10, site-local fec0::/10, multicast ff00::/8, discard-only 100::/64,
 * documentation 2001:db8::/32 and 3fff::/20, benchmarking 2001:2::/48. Everything else counts as
 * public, unallocated space included (as for IPv4).
 */
final class IpRanges {
  private IpRanges() {}

  /** {@code ip} is a 32-bit IPv4 address in the low bits. */
  static boolean isPublicV4(long ip) {
    int a = (int) (ip >>> 24) & 0xff;
    int b = (int) (ip >>> 16) & 0xff;
    int c = (int) (ip >>> 8) & 0xff;
    if (a == 0 || a == 10 || a == 127 || a >= 224) {
      return false;
    }
    if (a == 100 && b >= 64 && b <= 127) {
      return false;
    }
    if (a == 169 && b == 254) {
      return false;
    }
    if (a == 172 && b >= 16 && b <= 31) {
      return false;
    }
    if (a == 192 && b == 168) {
      return false;
    }
    if (a == 192 && b == 0 && (c == 0 || c == 2)) {
      return false;
    }
    if (a == 198 && (b == 18 || b == 19)) {
      return false;
    }
    if (a == 198 && b == 51 && c == 100) {
      return false;
    }
    return !(a == 203 && b == 0 && c == 113);
  }

  /** {@code groups} are the eight 16-bit groups of an IPv6 address. */
  static boolean isPublicV6(int[] groups) {
    boolean zeroHead = true;
    for (int k = 0; k < 5; k++) {
      zeroHead &= groups[k] == 0;
    }
    if (zeroHead && (groups[5] == 0 || groups[5] == 0xffff)) {
      // ::, ::1, IPv4-compatible and IPv4-mapped: as public as the embedded IPv4 address
      return isPublicV4(((long) groups[6] << 16) | groups[7]);
    }
    int g0 = groups[0];
    if ((g0 & 0xfe00) == 0xfc00 || (g0 & 0xffc0) == 0xfe80 || (g0 & 0xff00) == 0xff00) {
      return false; // unique local fc00::/7, link-local fe80::/10, multicast ff00::/8
    }
    if ((g0 & 0xffc0) == 0xfec0) {
      return false; // deprecated site-local fec0::/10
    }
    if (g0 == 0x0100 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0) {
      return false; // discard-only 100::/64
    }
    if (g0 == 0x2001 && groups[1] == 0x0db8) {
      return false; // documentation 2001:db8::/32
    }
    if (g0 == 0x2001 && groups[1] == 0x0002 && groups[2] == 0) {
      return false; // benchmarking 2001:2::/48
    }
    return !(g0 == 0x3fff && (groups[1] & 0xf000) == 0); // documentation 3fff::/20
  }
}
