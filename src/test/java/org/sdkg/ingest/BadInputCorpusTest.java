package org.sdkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sdkg.BadInputCorpus;

/**
 * Each kind of the bad-input corpus, read beside one good article: exactly the expected skip lines
 * (one per problem, naming the file and the fix), notes and articles (file, date, title), and a
 * summary that adds up. {@link BadInputTest} holds the smaller per-format cases.
 */
class BadInputCorpusTest {
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
  private static final IngestOptions OPTIONS = IngestOptions.defaults().withToday(TODAY);
  private static final String GOOD = "date 2020-01-02 A good article\n\nIt is read.\n";

  @TempDir Path dir;

  @AfterEach
  void removeLinksOutOfTheTempDir() {
    BadInputCorpus.removeLinksOutOf(dir);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BadInputCorpus.class)
  void read_givenCorpusKindBesideGoodArticle_givesExactlyTheExpectedOutcome(BadInputCorpus kind)
      throws IOException {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    kind.makeIn(dir);
    BadInputCorpus.Outcome expected = kind.outcome();

    IngestResult result = new ArticleReader(OPTIONS).read(List.of(dir));

    assertEquals(
        expected.skipped().stream().map(l -> BadInputCorpus.on(TODAY, l)).sorted().toList(),
        lines(result.skipped()).sorted().toList());
    assertEquals(expected.notes(), lines(result.notes()).toList());
    List<String> articles = new ArrayList<>();
    articles.add("good.txt 2020-01-02 A good article");
    expected.articles().forEach(a -> articles.add(a.fileName() + " " + a.date() + " " + a.title()));
    assertEquals(
        articles.stream().sorted().toList(),
        result.articles().stream()
            .map(a -> a.fileName() + " " + a.date() + " " + a.title())
            .sorted()
            .toList());
    String lines =
        expected.linesSkipped() == 0
            ? ""
            : ", "
                + expected.linesSkipped()
                + " line"
                + (expected.linesSkipped() == 1 ? "" : "s")
                + " skipped";
    int files = expected.files() + 1;
    assertEquals(
        expected.filesSkipped()
            + " of "
            + files
            + (files == 1 ? " file" : " files")
            + " skipped"
            + lines,
        result.summary());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(BadInputCorpus.class)
  void read_givenCorpusKind_noArticleTextTitleOrFileNameHoldsControlCharacters(
      BadInputCorpus kind) {
    kind.makeIn(dir);

    for (Article a : new ArticleReader(OPTIONS).read(List.of(dir)).articles()) {
      for (String s : List.of(a.text(), a.title(), a.fileName())) {
        assertEquals(
            List.of(),
            s.chars()
                .filter(c -> Character.getType(c) == Character.CONTROL && "\t\n\r".indexOf(c) < 0)
                .boxed()
                .toList(),
            a.fileName());
      }
    }
  }

  /** The window between listing a folder and reading a file: the file is gone by then. */
  @Test
  void read_givenFileDeletedAfterListing_skipsItAsDisappearedAndReadsTheRest() throws IOException {
    Path victim = dir.resolve("b-victim.txt");
    Files.writeString(dir.resolve("a-trigger.txt"), GOOD.replace("A good", "The trigger"));
    Files.writeString(victim, GOOD.replace("A good", "The victim"));
    Files.writeString(dir.resolve("c-after.txt"), GOOD.replace("A good", "The last"));
    ArticleFormat deletingText =
        new ArticleFormat() {
          private final SeedTextFormat seed = new SeedTextFormat();

          @Override
          public List<String> extensions() {
            return seed.extensions();
          }

          @Override
          public ParsedFile parse(Path file, String content, IngestOptions options)
              throws BadArticleException {
            if (file.getFileName().toString().equals("a-trigger.txt")) {
              try {
                Files.delete(victim);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            }
            return seed.parse(file, content, options);
          }
        };

    IngestResult result = new ArticleReader(OPTIONS, List.of(deletingText)).read(List.of(dir));

    assertEquals(
        List.of("b-victim.txt: disappeared while reading; run again"),
        lines(result.skipped()).toList());
    assertEquals(
        List.of("The trigger article", "The last article"),
        result.articles().stream().map(Article::title).toList());
    assertEquals("1 of 3 files skipped", result.summary());
    assertEquals(false, Files.exists(victim));
  }

  private Stream<String> lines(List<IngestProblem> problems) {
    return problems.stream().map(p -> BadInputCorpus.relative(dir, p.format()));
  }
}
