package org.sdkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sdkg.TestPaths;

/** {@code sdkg extract} and {@code sdkg evaluate} run as a user would, in process. */
class ExtractCommandTest {

  @Test
  void extractTsv_givenSeed_printsGoldColumnsAndRows() {
    CliTest.Run r = CliTest.run("extract", "--format", "tsv", TestPaths.seedArticle().toString());

    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("file\ta\tb\trelation\tstatus\ttopic\tproject\tdate\tevidence", lines.get(0));
    assertEquals(14, lines.size(), r.out());
    assertTrue(
        lines.contains(
            "2021-12-19-china-science-diplomacy.txt\tCHN\tCOM\tcooperation\tactive\tmalaria\t\t\t"
                + "Citing China's cooperation with Comoros in fighting malaria, Qin highlighted that"
                + " China has been helping developing countries to localize mature and applicable"
                + " technologies, establish joint laboratories, conduct joint research, train local"
                + " people on applicable technologies and carry out exchanges among young scientists."),
        r.out());
  }

  @Test
  void extract_givenBadFilesBesideGoodOne_reportsEachSkipsThemAndExitsOne(@TempDir Path dir)
      throws Exception {
    Files.copy(TestPaths.seedArticle(), dir.resolve("good.txt"));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Files.writeString(dir.resolve("baddate.txt"), "date 2021-02-30 Title\n\nBody.\n");
    Files.writeString(dir.resolve("notes.docx"), "not an article");

    CliTest.Run r = CliTest.run("extract", dir.toString());

    assertEquals(1, r.exitCode());
    List<String> err = r.err().lines().toList();
    assertTrue(
        err.contains(
            "skipped: "
                + dir.resolve("baddate.txt")
                + ":1: date 2021-02-30 does not exist; correct the day or month"),
        r.err());
    assertTrue(
        err.contains(
            "skipped: "
                + dir.resolve("empty.txt")
                + ": is empty; add the article text or remove the file"),
        r.err());
    assertTrue(
        err.stream()
            .anyMatch(
                l -> l.startsWith("skipped: " + dir.resolve("binary.txt") + ": is a binary file")),
        r.err());
    assertTrue(
        err.stream()
            .anyMatch(
                l ->
                    l.startsWith("note: " + dir.resolve("notes.docx") + ": unsupported extension")),
        r.err());
    assertEquals("sdkg: 3 of 4 files skipped", err.get(err.size() - 1));
    assertTrue(r.out().contains("good.txt  CHN  COM  cooperation"), r.out());
  }

  @Test
  void extract_givenMissingPath_namesItAndExitsOne() {
    CliTest.Run r = CliTest.run("extract", "no/such/dir");

    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("no/such/dir: does not exist; check the path"), r.err());
  }

  @Test
  void evaluate_givenDevSet_meetsTheQualityBar() {
    Path dev = TestPaths.shared().resolve("dev");
    CliTest.Run r =
        CliTest.run(
            "evaluate",
            "--gold",
            dev.resolve("gold.tsv").toString(),
            dev.resolve("articles").toString());

    assertEquals(0, r.exitCode(), r.err());
    double pair = f1(r.out(), "overall      pair");
    double strict = f1(r.out(), "overall      strict");
    assertTrue(pair >= 0.9, r.out());
    assertTrue(strict >= 0.85, r.out());
    assertTrue(r.out().contains("status accuracy on matched pairs:"), r.out());
  }

  @ParameterizedTest
  @CsvSource({"probe, 0.80, 0.50", "probe2, 0.75, 0.62", "probe3, 0.50, 0.42"})
  void evaluate_givenProbeSet_keepsItsScores(String set, double pairFloor, double strictFloor) {
    Path probe = TestPaths.project().resolve("src/test/resources").resolve(set);
    CliTest.Run r =
        CliTest.run(
            "evaluate",
            "--gold",
            probe.resolve("gold.tsv").toString(),
            probe.resolve("articles").toString());

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(f1(r.out(), "overall      pair") >= pairFloor, r.out());
    assertTrue(f1(r.out(), "overall      strict") >= strictFloor, r.out());
  }

  @Test
  void evaluate_givenMissingGold_saysSoAndExitsOne() {
    CliTest.Run r =
        CliTest.run("evaluate", "--gold", "nope.tsv", TestPaths.seedArticle().toString());

    assertEquals(1, r.exitCode());
    assertEquals("sdkg: no gold file nope.tsv; check the --gold path", r.err().strip());
  }

  private static double f1(String out, String rowStart) {
    String row = out.lines().filter(l -> l.startsWith(rowStart)).findFirst().orElseThrow();
    String[] cells = row.trim().split("\\s+");
    return Double.parseDouble(cells[4]);
  }
}
