package org.sdkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFormatTest {
  private static final IngestOptions OPTIONS =
      IngestOptions.defaults().withToday(LocalDate.of(2024, 6, 30));
  private static final String FIX =
      "write one JSON object per line: {\"date\": \"YYYY-MM-DD\", \"title\": \"...\","
          + " \"text\": \"...\"}";

  @TempDir Path dir;

  private static List<String> slices(Article article) {
    return article.paragraphs().stream().map(p -> p.slice(article.text())).toList();
  }

  @Test
  void read_givenGoodAndBadLines_readsTheGoodOnesAndReportsEachBadLineByNumber() throws Exception {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"date\": \"2021-12-19\", \"title\": \" First \", \"text\": \"One.\\n\\nTwo.\","
                + " \"url\": \"https://example.org/1\", \"source\": \"Xinhua\"}",
            "not json",
            "",
            "{\"date\": \"2021-12-20\", \"text\": \"No title.\"}",
            "[1, 2]",
            "{\"date\": \"2021-02-30\", \"title\": \"T\", \"text\": \"x\"}",
            "{\"date\": 20211219, \"title\": \"T\", \"text\": \"x\"}",
            "{\"date\": \"2021-12-21\", \"title\": \"T\", \"text\": \"x\"} {\"date\": \"2021\"}",
            "{\"date\": \"2021-12-21\", \"title\": \"T\", \"text\": \"x\",}",
            "{\"date\": \"2021-12-22T10:00:00Z\", \"title\": \"Second\","
                + " \"text\": \"Line one.\\nLine two.\", \"url\": null}\r",
            ""));

    IngestResult result = new ArticleReader(OPTIONS).read(List.of(file));

    assertEquals(
        List.of(
            "feed.jsonl:2: is not valid JSON (column 2); " + FIX,
            "feed.jsonl:4: has no \"title\"; add \"title\": \"...\"",
            "feed.jsonl:5: is not a JSON object; "
                + FIX.replace("write one JSON object per line: ", "write "),
            "feed.jsonl:6: date 2021-02-30 does not exist; correct the day or month",
            "feed.jsonl:7: \"date\" must be a string; put its value in double quotes",
            "feed.jsonl:8: is not valid JSON (column 51); " + FIX,
            "feed.jsonl:9: is not valid JSON (column 50); " + FIX),
        result.skipped().stream().map(p -> p.format().replace(dir + "/", "")).toList());
    assertEquals("0 of 1 file skipped, 7 lines skipped", result.summary());

    assertEquals(2, result.articles().size());
    Article first = result.articles().get(0);
    assertEquals("feed.jsonl#1", first.fileName());
    assertEquals(file, first.path());
    assertEquals("First", first.title());
    assertEquals(LocalDate.of(2021, 12, 19), first.date());
    assertEquals("https://example.org/1", first.url());
    assertEquals("Xinhua", first.source());
    assertEquals("One.\n\nTwo.", first.text());
    assertEquals(List.of("One.", "Two."), slices(first));

    Article second = result.articles().get(1);
    assertEquals("feed.jsonl#10", second.fileName());
    assertEquals(LocalDate.of(2021, 12, 22), second.date());
    assertEquals(null, second.url());
    assertEquals(List.of("Line one.", "Line two."), slices(second));
  }

  @Test
  void read_givenSameRecordTwice_keepsItOnceAndNamesBothLines() throws Exception {
    String line = "{\"date\": \"2021-12-19\", \"title\": \"T\", \"text\": \"Body.\"}";
    Files.writeString(dir.resolve("twice.jsonl"), line + "\n" + line + "\n");

    IngestResult result = new ArticleReader(OPTIONS).read(List.of(dir));

    assertEquals(1, result.articles().size());
    assertEquals(
        List.of(
            "twice.jsonl#2: same article as twice.jsonl#1; kept once (remove one of the copies)"),
        result.notes().stream().map(p -> p.format().replace(dir + "/", "")).toList());
    assertEquals("0 of 1 file skipped", result.summary());
  }
}
