package org.sdkg;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static org.sdkg.BadInputFiles.copy;
import static org.sdkg.BadInputFiles.countriesArticle;
import static org.sdkg.BadInputFiles.deeplyNestedPage;
import static org.sdkg.BadInputFiles.goodArticle;
import static org.sdkg.BadInputFiles.link;
import static org.sdkg.BadInputFiles.longLineArticle;
import static org.sdkg.BadInputFiles.longSentenceArticle;
import static org.sdkg.BadInputFiles.mkfifo;
import static org.sdkg.BadInputFiles.randomBytesAfterPngHeader;
import static org.sdkg.BadInputFiles.sparseFile;
import static org.sdkg.BadInputFiles.utf8;
import static org.sdkg.BadInputFiles.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The bad-input corpus of issue 9: one kind of troublesome input per constant, what it looks like
 * on disk (small text fixtures from {@code src/test/resources/bad-input/}, binary, huge and special
 * files made at run time), and exactly what sdkg must do with it: read it correctly, or skip it
 * with one line naming the file, the reason and the fix. Used by the reading, extraction and {@code
 * sdkg build} tests, so the three always agree on the corpus.
 *
 * <p>Expected lines are relative to the folder the corpus is made in; {@code {today}} stands for
 * the day the reader treats as today.
 */
public enum BadInputCorpus {
  EMPTY(
      expect().skipsFile("empty.txt: is empty; add the article text or remove the file"),
      dir -> write(dir, "empty.txt", new byte[0])),
  WHITESPACE_ONLY(
      expect()
          .skipsFile(
              "whitespace-only.txt: contains only whitespace; add the article text or remove the"
                  + " file"),
      dir -> copy(dir, "whitespace-only.txt")),
  BINARY(
      expect()
          .skipsFile("binary.txt: is a binary file, not text; articles must be UTF-8 text files"),
      dir -> write(dir, "binary.txt", randomBytesAfterPngHeader(64 * 1024))),
  INVALID_UTF8(
      expect()
          .skipsFile(
              "latin1.txt:3: is not valid UTF-8; convert it to UTF-8"
                  + " (e.g. iconv -f WINDOWS-1252 -t UTF-8)"),
      dir ->
          write(
              dir,
              "latin1.txt",
              "date 2021-12-19 Cafes\n\nA caf\u00e9 in Paris serves cr\u00e8me.\n"
                  .getBytes(ISO_8859_1))),
  UTF16_WITH_BOM(
      expect()
          .skipsFile(
              "utf16-bom.txt: is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"),
      dir -> write(dir, "utf16-bom.txt", goodArticle("UTF-16").getBytes(UTF_16))),
  UTF16_WITHOUT_BOM(
      expect()
          .skipsFile(
              "utf16le.txt: is UTF-16LE without a byte order mark; convert it to UTF-8"
                  + " (e.g. iconv -f UTF-16LE -t UTF-8)"),
      dir -> write(dir, "utf16le.txt", goodArticle("UTF-16LE").getBytes(UTF_16LE))),
  MISSING_DATE_LINE(
      expect()
          .skipsFile(
              "missing-date.txt:1: first line must be \"date YYYY-MM-DD Title\";"
                  + " found \"China and Germany sign a science deal\""),
      dir -> copy(dir, "missing-date.txt")),
  MALFORMED_DATE(
      expect()
          .skipsFile(
              "malformed-date.txt:1: date \"19/12/2021\" is not of the form YYYY-MM-DD;"
                  + " write it like 2021-12-19"),
      dir -> copy(dir, "malformed-date.txt")),
  IMPOSSIBLE_DATE(
      expect()
          .skipsFile(
              "impossible-date.txt:1: date 2021-02-30 does not exist; correct the day or month"),
      dir -> copy(dir, "impossible-date.txt")),
  FUTURE_DATE(
      expect()
          .skipsFile(
              "future-date.txt:1: date 2999-01-01 is in the future (today is {today});"
                  + " correct the date"),
      dir -> copy(dir, "future-date.txt")),
  TITLE_ONLY(
      expect()
          .skipsFile(
              "title-only.txt: has a title line but no text; add paragraphs after a blank line"),
      dir -> copy(dir, "title-only.txt")),
  FILE_OF_50_MB(
      expect()
          .skipsFile(
              "huge.txt: is 52428800 bytes, over the limit of 5242880 bytes;"
                  + " split it or raise the limit with --max-size"),
      dir -> sparseFile(dir.resolve("huge.txt"), 50L * 1024 * 1024)),
  CR_ONLY_LINE_ENDS(
      expect()
          .skipsFile(
              "old-mac.txt: has carriage returns (CR) but no line feeds (LF) as line ends;"
                  + " convert them, e.g. with: tr '\\r' '\\n'"),
      dir ->
          write(
              dir,
              "old-mac.txt",
              utf8("date 2021-12-19 Old Mac\r\rFrance and Japan cooperate on space research.\r"))),
  BAD_URL(
      expect()
          .skipsFile(
              "bad-url.md:4: url \"javascript:alert(document.cookie)\" is not an absolute"
                  + " http(s) address; write one like https://example.org/1 or drop it"),
      dir -> copy(dir, "bad-url.md")),
  FILE_NAME_WITH_LINE_BREAK(
      expect().skipsFile("line?break.txt: is empty; add the article text or remove the file"),
      dir -> write(dir, "line\nbreak.txt", new byte[0])),
  /** A regular file that even root cannot read: the kernel answers EIO. */
  UNREADABLE(
      expect()
          .skipsFile(
              "unreadable.txt: cannot be read (Input/output error); check the file and run again"),
      dir -> link(dir.resolve("unreadable.txt"), Path.of("/proc/self/mem"))),
  SYMLINK_LOOP(
      expect().skipsFile("loop.txt: symbolic link loop, not followed; remove or fix the link"),
      dir -> link(dir.resolve("loop.txt"), Path.of("loop.txt"))),
  BROKEN_SYMLINK(
      expect()
          .skipsFile(
              "dangling.txt: cannot be read: broken symbolic link to nowhere/gone.txt;"
                  + " fix or remove the link"),
      dir -> link(dir.resolve("dangling.txt"), Path.of("nowhere/gone.txt"))),
  FIFO(
      expect()
          .skipsFile(
              "pipe.txt: cannot be read: not a regular file (FIFO, socket or device);"
                  + " remove it from the input"),
      dir -> mkfifo(dir.resolve("pipe.txt"))),
  JSONL_WITH_BROKEN_LINES(
      expect()
          .skipsLine(
              "broken-lines.jsonl:2: is not valid JSON (column 135); write one JSON object per"
                  + " line: {\"date\": \"YYYY-MM-DD\", \"title\": \"...\", \"text\": \"...\"}")
          .skipsLine(
              "broken-lines.jsonl:3: is not valid JSON (column 2); write one JSON object per"
                  + " line: {\"date\": \"YYYY-MM-DD\", \"title\": \"...\", \"text\": \"...\"}")
          .skipsLine(
              "broken-lines.jsonl:5: has no \"text\"; add \"text\": \"...\" with the article"
                  + " text")
          .skipsLine(
              "broken-lines.jsonl:6: is not valid JSON (column 170); write one JSON object per"
                  + " line: {\"date\": \"YYYY-MM-DD\", \"title\": \"...\", \"text\": \"...\"}")
          .reads(
              "broken-lines.jsonl#1",
              "2022-03-01",
              "Brazil and Argentina renew space cooperation",
              "cooperation ARG BRA")
          .reads("broken-lines.jsonl#4", "2022-03-03", "India helps Nepal", "aid IND NPL"),
      dir -> copy(dir, "broken-lines.jsonl")),
  DUPLICATE_UNDER_TWO_NAMES(
      expect()
          .reads(
              "duplicate-a.txt",
              "2022-06-01",
              "Kenya and Ethiopia cooperate on locust research",
              "cooperation ETH KEN")
          .notes(
              "duplicate-b.txt: same article as duplicate-a.txt; kept once (remove one of the"
                  + " copies)")
          .readsFile(),
      dir -> {
        copy(dir, "duplicate.txt", "duplicate-a.txt");
        copy(dir, "duplicate.txt", "duplicate-b.txt");
      }),
  DIRECTORY_NAMED_X_TXT(
      expect()
          .reads(
              "inside.txt",
              "2022-07-07",
              "Ghana and Nigeria cooperate on malaria research",
              "cooperation GHA NGA"),
      dir -> {
        copy(dir, "x.txt/inside.txt");
        Files.createDirectories(dir.resolve("empty-folder.txt"));
      }),
  UNSUPPORTED_EXTENSION(
      expect()
          .notes(
              "report.pdf: unsupported extension, not read;"
                  + " articles are .txt, .md, .markdown, .html, .htm, .jsonl files")
          .countsNoFile(),
      dir -> write(dir, "report.pdf", utf8("%PDF-1.7\n%\u00e2\u00e3\n"))),
  CONTROL_CHARACTERS(
      expect()
          .reads(
              "control.txt",
              "2021-12-19",
              "Control characters in the title",
              "cooperation FRA JPN",
              "aid BRA PER"),
      dir ->
          write(
              dir,
              "control.txt",
              utf8(
                  "date 2021-12-19 Control\u0001characters in\u0007the title\n\n"
                      + "France\u0007 and Japan\u001b[31m cooperate\u000b on climate"
                      + " research.\u007f\u0085 Brazil\u0002 helps Peru\u001f.\f\n"))),
  RIGHT_TO_LEFT(
      expect()
          .reads(
              "rtl.txt",
              "2021-11-03",
              "مصر والأردن تتعاونان في أبحاث المياه",
              "cooperation EGY JOR"),
      dir -> copy(dir, "rtl.txt")),
  CJK(
      expect().reads("cjk.txt", "2022-04-12", "中国与德国签署科技合作协定", "agreement CHN DEU"),
      dir -> copy(dir, "cjk.txt")),
  EMOJI(
      expect()
          .reads(
              "emoji.txt",
              "2023-05-04",
              "🚀 France and Japan team up in space 🇫🇷🤝🇯🇵",
              "cooperation FRA JPN"),
      dir -> copy(dir, "emoji.txt")),
  SENTENCE_OF_5000_TOKENS(
      expect()
          .reads(
              "long-sentence.txt",
              "2021-12-19",
              "One sentence of 5,000 tokens",
              "cooperation FRA JPN",
              "aid BRA PER"),
      dir -> write(dir, "long-sentence.txt", utf8(longSentenceArticle()))),
  LINE_OF_100K_CHARACTERS(
      expect()
          .reads(
              "long-line.txt",
              "2021-12-19",
              "One line of 100,000 characters",
              "cooperation FRA JPN"),
      dir -> write(dir, "long-line.txt", utf8(longLineArticle()))),
  PARAGRAPH_OF_150_COUNTRIES(
      expect().reads("150-countries.txt", "2021-12-19", "A summit of 150 countries"),
      dir -> write(dir, "150-countries.txt", utf8(countriesArticle(150)))),
  DEEPLY_NESTED_HTML(
      expect().reads("deep.html", "2021-12-19", "Deeply nested page", "cooperation FRA JPN"),
      dir -> write(dir, "deep.html", utf8(deeplyNestedPage(20_000)))),
  HTML_WITH_SCRIPTS(
      expect()
          .reads(
              "scripts.html",
              "2022-02-14",
              "France and Japan in climate research",
              "cooperation FRA JPN"),
      dir -> copy(dir, "scripts.html")),
  TURTLE_AND_SPARQL_IN_TEXT(
      expect()
          .reads(
              "injection.txt",
              "2021-12-19",
              "<http://x> ; } DROP ALL ; INSERT DATA { <http://evil> <http://p> \"o\" }",
              "cooperation FRA JPN"),
      dir -> copy(dir, "injection.txt")),
  ONE_COUNTRY_ONLY(
      expect().reads("one-country.txt", "2022-09-30", "Chad opens a science museum"),
      dir -> copy(dir, "one-country.txt"));

  /** One article the corpus must yield. */
  public record ExpectedArticle(
      String fileName, LocalDate date, String title, Set<String> relations) {}

  /**
   * What reading a kind gives.
   *
   * @param skipped lines naming the file, the reason and the fix (whole files and single lines)
   * @param notes lines that are not errors
   * @param articles articles read, each with the relations ({@code kind a b}) extracted from it
   * @param files files the kind counts as (see {@code IngestResult})
   * @param filesSkipped files from which nothing was read
   */
  public record Outcome(
      List<String> skipped,
      List<String> notes,
      List<ExpectedArticle> articles,
      int files,
      int filesSkipped) {

    Outcome skipsFile(String line) {
      return new Outcome(plus(skipped, line), notes, articles, files, filesSkipped + 1);
    }

    Outcome skipsLine(String line) {
      return new Outcome(plus(skipped, line), notes, articles, files, filesSkipped);
    }

    Outcome notes(String line) {
      return new Outcome(skipped, plus(notes, line), articles, files, filesSkipped);
    }

    Outcome reads(String fileName, String date, String title, String... relations) {
      ExpectedArticle a =
          new ExpectedArticle(fileName, LocalDate.parse(date), title, Set.of(relations));
      return new Outcome(skipped, notes, plus(articles, a), files, filesSkipped);
    }

    /** One more file that is read but gives no article of its own (a duplicate). */
    Outcome readsFile() {
      return new Outcome(skipped, notes, articles, files + 1, filesSkipped);
    }

    Outcome countsNoFile() {
      return new Outcome(skipped, notes, articles, files - 1, filesSkipped);
    }

    /** Lines skipped in files that were otherwise read. */
    public int linesSkipped() {
      return skipped.size() - filesSkipped;
    }

    private static <T> List<T> plus(List<T> list, T item) {
      List<T> out = new ArrayList<>(list);
      out.add(item);
      return List.copyOf(out);
    }
  }

  /** Makes a kind's files in a folder. */
  @FunctionalInterface
  interface Maker {
    void make(Path dir) throws IOException;
  }

  private final Outcome outcome;
  private final Maker maker;

  BadInputCorpus(Outcome outcome, Maker maker) {
    this.outcome = outcome;
    this.maker = maker;
  }

  public Outcome outcome() {
    return outcome;
  }

  /** Makes this kind's files in {@code dir}. */
  public void makeIn(Path dir) {
    try {
      maker.make(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An expected line on a run whose today is {@code today}. */
  public static String on(LocalDate today, String line) {
    return line.replace("{today}", today.toString());
  }

  /** A printed line with the corpus folder left out, to compare with the expected lines. */
  public static String relative(Path dir, String line) {
    return line.replace(dir + "/", "");
  }

  private static Outcome expect() {
    return new Outcome(List.of(), List.of(), List.of(), 1, 0);
  }

  /**
   * Removes the link that points out of {@code dir} into {@code /proc}, so that JUnit, deleting its
   * temporary folder, has no reason to warn about it.
   */
  public static void removeLinksOutOf(Path dir) {
    try {
      Files.deleteIfExists(dir.resolve("unreadable.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every kind's files in one folder. */
  public static void makeAllIn(Path dir) {
    for (BadInputCorpus kind : values()) {
      kind.makeIn(dir);
    }
  }

  /** Every article of the whole corpus. */
  public static List<ExpectedArticle> allArticles() {
    return Arrays.stream(values()).flatMap(k -> k.outcome.articles().stream()).toList();
  }
}
