package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliTest {

  /** Output of one in-process run. */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = SdkgCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void version_printsPomVersion() {
    Run r = run("--version");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().startsWith("sdkg 0.1.0-SNAPSHOT"), r.out());
  }

  @Test
  void unknownSubcommand_isUsageErrorWithExit2() {
    Run r = run("frobnicate");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("Unmatched argument"), r.err());
  }

  @Test
  void completion_printsBashScriptForSdkg() {
    Run r = run("completion");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("complete -F _complete_sdkg"), r.out().substring(0, 200));
  }
}
