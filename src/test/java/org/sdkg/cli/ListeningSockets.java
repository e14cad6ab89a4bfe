package org.sdkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Linux's table of TCP sockets ({@code /proc/net/tcp} and {@code tcp6}): who listens where. */
final class ListeningSockets {
  private ListeningSockets() {}

  /** The local addresses of the sockets listening on {@code port}, from /proc/net/tcp{,6}. */
  static Set<String> addresses(int port) throws IOException {
    Set<String> addresses = new TreeSet<>();
    String hexPort = String.format(":%04X", port);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.isReadable(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file)) {
        String[] f = line.strip().split("\\s+");
        // f[1] local ADDRESS:PORT in hex, f[3] state; 0A is LISTEN.
        if (f.length > 3 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
          addresses.add(address(f[1].substring(0, f[1].indexOf(':'))));
        }
      }
    }
    return addresses;
  }

  /**
   * A kernel hex address as dotted IPv4 (IPv4-mapped IPv6 too); the IPv6 wildcard, which Java binds
   * for 0.0.0.0 on a dual-stack machine, as 0.0.0.0.
   */
  private static String address(String hex) {
    if (hex.length() == 32) {
      if (hex.equals("0".repeat(32))) {
        return "0.0.0.0";
      }
      if (!hex.startsWith("0000000000000000FFFF0000")) {
        return "v6:" + hex;
      }
      hex = hex.substring(24);
    }
    // Each 32-bit word is in host (little-endian) byte order.
    return Integer.parseInt(hex.substring(6, 8), 16)
        + "."
        + Integer.parseInt(hex.substring(4, 6), 16)
        + "."
        + Integer.parseInt(hex.substring(2, 4), 16)
        + "."
        + Integer.parseInt(hex.substring(0, 2), 16);
  }
}
