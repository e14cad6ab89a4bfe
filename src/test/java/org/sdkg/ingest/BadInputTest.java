package org.sdkg.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of bad file that makes a whole file unusable: each is skipped with one exact line
 * naming the file (and line) and the fix, and the good file beside it is still read.
 */
class BadInputTest {
  static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
  static final IngestOptions OPTIONS = new IngestOptions(1000, TODAY);
  static final String GOOD = "date 2021-12-19 A good article\n\nIt is read.\n";

  enum BadFile {
    EMPTY("bad.txt", new byte[0], "bad.txt: is empty; add the article text or remove the file"),
    ONLY_WHITESPACE(
        "bad.txt",
        utf8(" \r\n\t\n"),
        "bad.txt: contains only whitespace; add the article text or remove the file"),
    BINARY(
        "bad.txt", png(), "bad.txt: is a binary file, not text; articles must be UTF-8 text files"),
    INVALID_UTF8(
        "bad.txt",
        "date 2021-12-19 Cafe\n\nA caf\u00e9 in Paris.\n".getBytes(ISO_8859_1),
        "bad.txt:3: is not valid UTF-8; convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)"),
    UTF16_BIG_ENDIAN_BOM(
        "bad.txt",
        GOOD.replace("good", "UTF-16").getBytes(UTF_16),
        "bad.txt: is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"),
    UTF16_LITTLE_ENDIAN_BOM(
        "bad.txt",
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, GOOD.getBytes(UTF_16LE)),
        "bad.txt: is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"),
    OVER_SIZE_LIMIT(
        "bad.txt",
        utf8("date 2021-12-19 Long\n\n" + "x".repeat(979)),
        "bad.txt: is 1001 bytes, over the limit of 1000 bytes;"
            + " split it or raise the limit with --max-size"),
    MISSING_DATE_LINE(
        "bad.txt",
        utf8("China and Germany sign a deal\n\nBody.\n"),
        "bad.txt:1: first line must be \"date YYYY-MM-DD Title\";"
            + " found \"China and Germany sign a deal\""),
    MALFORMED_DATE(
        "bad.txt",
        utf8("date 19/12/2021 Title\n\nBody.\n"),
        "bad.txt:1: date \"19/12/2021\" is not of the form YYYY-MM-DD; write it like 2021-12-19"),
    IMPOSSIBLE_DATE(
        "bad.txt",
        utf8("date 2021-02-30 Title\n\nBody.\n"),
        "bad.txt:1: date 2021-02-30 does not exist; correct the day or month"),
    FUTURE_DATE(
        "bad.txt",
        utf8("date 2024-07-01 Title\n\nBody.\n"),
        "bad.txt:1: date 2024-07-01 is in the future (today is 2024-06-30); correct the date"),
    MISSING_TITLE(
        "bad.txt",
        utf8("date 2021-12-19\n\nBody.\n"),
        "bad.txt:1: no title after the date; write \"date 2021-12-19 Title\""),
    NO_TEXT(
        "bad.txt",
        utf8("date 2021-12-19 Title\n\n"),
        "bad.txt: has a title line but no text; add paragraphs after a blank line"),
    MARKDOWN_WITHOUT_FRONT_MATTER(
        "bad.md",
        utf8("# Title\n\nBody.\n"),
        "bad.md:1: no front matter; start the file with \"---\", \"date: YYYY-MM-DD\","
            + " \"title: ...\" and \"---\" lines"),
    MARKDOWN_FRONT_MATTER_NOT_CLOSED(
        "bad.md",
        utf8("\n---\ndate: 2021-12-19\ntitle: T\n\nBody.\n"),
        "bad.md:2: front matter is not closed; add a \"---\" line after its last field"),
    MARKDOWN_WITHOUT_DATE(
        "bad.md",
        utf8("---\ntitle: T\n---\nBody.\n"),
        "bad.md:1: front matter has no date; add a line \"date: YYYY-MM-DD\""),
    MARKDOWN_IMPOSSIBLE_DATE(
        "bad.md",
        utf8("---\ntitle: T\ndate: \"2021-02-30\"\n---\nBody.\n"),
        "bad.md:3: date 2021-02-30 does not exist; correct the day or month"),
    MARKDOWN_WITHOUT_TITLE(
        "bad.md",
        utf8("---\ndate: 2021-12-19\ntitle: \"\"\n---\nBody.\n"),
        "bad.md:1: front matter has no title; add a line \"title: ...\""),
    MARKDOWN_WITHOUT_TEXT(
        "bad.md",
        utf8("---\ndate: 2021-12-19\ntitle: T\n---\n\n"),
        "bad.md: has front matter but no text; add paragraphs after the closing \"---\""),
    HTML_WITHOUT_TITLE(
        "bad.html",
        utf8(
            "<html><head><meta name=date content=2021-12-19></head>"
                + "<body><p>Body.</p></body></html>"),
        "bad.html: has no title (no <title>, og:title or <h1>); add a <title> element"),
    HTML_WITHOUT_DATE(
        "bad.html",
        utf8("<html><head><title>T</title></head><body><p>Body.</p></body></html>"),
        "bad.html: has no publication date; add <meta property=\"article:published_time\""
            + " content=\"YYYY-MM-DD\"> to its <head>"),
    HTML_FUTURE_DATE(
        "bad.html",
        utf8(
            "<html>\n<head><title>T</title>\n"
                + "<meta property=\"article:published_time\" content=\"2030-01-01T10:00:00Z\">\n"
                + "</head><body><p>Body.</p></body></html>"),
        "bad.html:3: date 2030-01-01 is in the future (today is 2024-06-30); correct the date"),
    HTML_WITHOUT_TEXT(
        "bad.html",
        utf8(
            "<html><head><title>T</title><meta name=date content=2021-12-19></head>"
                + "<body><nav><p>Home</p></nav><script>var x = 1;</script></body></html>"),
        "bad.html: has no article text; put the text in <p> elements inside <article> or <body>"),
    JSONL_WITHOUT_ANY_GOOD_LINE(
        "bad.jsonl",
        utf8("not json\n"),
        "bad.jsonl:1: is not valid JSON (column 2); write one JSON object per line:"
            + " {\"date\": \"YYYY-MM-DD\", \"title\": \"...\", \"text\": \"...\"}"),
    JSONL_WITH_BAD_URL(
        "bad.jsonl",
        utf8(
            "{\"date\": \"2021-12-19\", \"title\": \"T\", \"text\": \"Body.\","
                + " \"url\": \"http://x> ; } DROP ALL\"}\n"),
        "bad.jsonl:1: url \"http://x> ; } DROP ALL\" is not an absolute http(s) address;"
            + " write one like https://example.org/1 or drop it"),
    JSONL_WITH_CR_LINE_ENDS(
        "bad.jsonl",
        utf8(
            "{\"date\": \"2021-12-19\", \"title\": \"T\", \"text\": \"Body.\"}\r"
                + "{\"date\": \"2021-12-20\", \"title\": \"U\", \"text\": \"Body.\"}\r"),
        "bad.jsonl: has carriage returns (CR) but no line feeds (LF) as line ends; convert them,"
            + " e.g. with: tr '\\r' '\\n'"),
    MARKDOWN_WITH_RELATIVE_URL(
        "bad.md",
        utf8("---\ndate: 2021-12-19\ntitle: T\nurl: /news/1\n---\nBody.\n"),
        "bad.md:4: url \"/news/1\" is not an absolute http(s) address;"
            + " write one like https://example.org/1 or drop it"),
    UTF16_BIG_ENDIAN_WITHOUT_BOM(
        "bad.txt",
        GOOD.getBytes(UTF_16BE),
        "bad.txt: is UTF-16BE without a byte order mark; convert it to UTF-8"
            + " (e.g. iconv -f UTF-16BE -t UTF-8)");

    final String fileName;
    final byte[] content;
    final String expected;

    BadFile(String fileName, byte[] content, String expected) {
      this.fileName = fileName;
      this.content = content;
      this.expected = expected;
    }
  }

  @ParameterizedTest
  @EnumSource(BadFile.class)
  void read_givenBadFileBesideGoodOne_skipsItWithExactMessageAndReadsTheOther(
      BadFile bad, @TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Files.write(dir.resolve(bad.fileName), bad.content);

    IngestResult result = new ArticleReader(OPTIONS).read(List.of(dir));

    assertEquals(
        List.of(bad.expected),
        result.skipped().stream().map(p -> p.format().replace(dir + "/", "")).toList());
    assertEquals(
        List.of("A good article"), result.articles().stream().map(Article::title).toList());
    assertEquals("1 of 2 files skipped", result.summary());
    assertTrue(result.hasProblems());
    assertEquals(List.of(), result.notes());
  }

  @ParameterizedTest
  @EnumSource(BadFile.class)
  void message_givenAnyBadFile_saysWhatIsWrongThenWhatToDo(BadFile bad) {
    String message = bad.expected.substring(bad.expected.indexOf(": ") + 2);
    assertTrue(message.contains("; "), message);
    assertTrue(message.length() <= 120, message);
  }

  static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }

  static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
  }

  static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
