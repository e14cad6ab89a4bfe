package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code sdkg COMMAND --help} prints the command's usage on stdout and exits 0, for every command.
 */
class CommandHelpTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "build",
        "watch",
        "dump",
        "stats",
        "extract",
        "evaluate",
        "completion",
        "validate",
        "query",
        "load",
        "serve",
        "generate"
      })
  void help_printsTheUsage_andExitsZero(String command) {
    CliTest.Run r = CliTest.run(command, "--help");

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("Usage: sdkg " + command + " "), r.out());
    assertEquals("", r.err());
  }
}
