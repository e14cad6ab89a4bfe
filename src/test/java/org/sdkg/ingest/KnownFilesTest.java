package org.sdkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skipping unchanged files: what is remembered, when it is trusted, and when a file is read. */
class KnownFilesTest {
  private static final IngestOptions OPTIONS =
      IngestOptions.defaults().withToday(LocalDate.of(2024, 6, 30));
  private static final FileTime AN_HOUR_AGO =
      FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

  @TempDir Path dir;

  /** Records what a read hands over; takes unchanged files when {@code takes} says so. */
  private static final class Recorder implements ArticleSink {
    final List<String> read = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    final boolean takes;

    Recorder(boolean takes) {
      this.takes = takes;
    }

    @Override
    public void article(Article article) {
      read.add(article.fileName());
    }

    @Override
    public boolean unchanged(Path file, List<ArticleRef> articles) {
      if (takes) {
        articles.forEach(a -> unchanged.add(a.fileName()));
      }
      return takes;
    }
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    Files.setLastModifiedTime(file, AN_HOUR_AGO);
    return file;
  }

  private static String article(String title) {
    return "date 2021-12-19 " + title + "\n\n" + title + " is the text.\n";
  }

  /**
   * Reads {@code dir} with what the last read remembered, as a build does; returns the new state.
   */
  private KnownFiles read(KnownFiles known, Recorder sink, List<String> notes) throws Exception {
    IngestResult result = new ArticleReader(OPTIONS).read(List.of(dir), sink, known);
    result.notes().forEach(n -> notes.add(n.format().replace(dir + "/", "")));
    Path saved = dir.resolveSibling(dir.getFileName() + "-known.tsv");
    try (var out = Files.newOutputStream(saved)) {
      known.write(out);
    }
    return KnownFiles.read(saved);
  }

  @Test
  void read_unchangedFiles_areOfferedWithoutReading_changedOnesAreRead() throws Exception {
    write("a.txt", article("A"));
    Path b = write("b.txt", article("B"));
    KnownFiles known = read(KnownFiles.none(), new Recorder(true), new ArrayList<>());

    // Same size and time, other content: not read, so not seen (as make and git decide).
    Files.writeString(b, article("C"));
    Files.setLastModifiedTime(b, AN_HOUR_AGO);
    write("new.txt", article("New"));
    Recorder second = new Recorder(true);
    known = read(known, second, new ArrayList<>());
    assertEquals(List.of("a.txt", "b.txt"), second.unchanged);
    assertEquals(List.of("new.txt"), second.read);

    Files.writeString(b, article("Longer B"));
    Files.setLastModifiedTime(b, AN_HOUR_AGO);
    Recorder third = new Recorder(true);
    read(known, third, new ArrayList<>());
    assertEquals(List.of("a.txt", "new.txt"), third.unchanged);
    assertEquals(List.of("b.txt"), third.read);
  }

  @Test
  void read_sinkRefusingTheKnownArticles_getsThemRead() throws Exception {
    write("a.txt", article("A"));
    KnownFiles known = read(KnownFiles.none(), new Recorder(true), new ArrayList<>());
    Recorder refusing = new Recorder(false);
    read(known, refusing, new ArrayList<>());
    assertEquals(List.of("a.txt"), refusing.read);
  }

  @Test
  void read_fileModifiedJustBeforeReading_isNotRemembered() throws Exception {
    Files.writeString(dir.resolve("fresh.txt"), article("Fresh"));
    KnownFiles known = read(KnownFiles.none(), new Recorder(true), new ArrayList<>());
    Recorder second = new Recorder(true);
    read(known, second, new ArrayList<>());
    assertEquals(List.of("fresh.txt"), second.read);
    assertEquals(List.of(), second.unchanged);
  }

  @Test
  void read_duplicateOfAnUnchangedFile_isStillReadAndNoted() throws Exception {
    write("a.txt", article("A"));
    write("b.txt", article("A"));
    List<String> firstNotes = new ArrayList<>();
    KnownFiles known = read(KnownFiles.none(), new Recorder(true), firstNotes);
    List<String> secondNotes = new ArrayList<>();
    Recorder second = new Recorder(true);
    read(known, second, secondNotes);
    assertEquals(List.of("a.txt"), second.unchanged);
    assertEquals(List.of(), second.read);
    assertEquals(
        List.of("b.txt: same article as a.txt; kept once (remove one of the copies)"), firstNotes);
    assertEquals(firstNotes, secondNotes);
  }

  @Test
  void read_fileWithARejectedLine_isReadEveryTimeSoTheProblemIsReported() throws Exception {
    write(
        "feed.jsonl", "{\"date\": \"2021-12-21\", \"title\": \"T\", \"text\": \"x\"}\nnot json\n");
    KnownFiles known = read(KnownFiles.none(), new Recorder(true), new ArrayList<>());
    Recorder second = new Recorder(true);
    IngestResult result = new ArticleReader(OPTIONS).read(List.of(dir), second, known);
    assertEquals(List.of("feed.jsonl#1"), second.read);
    assertEquals(1, result.skipped().size());
  }

  @Test
  void readFile_damagedLines_areLeftOutAndThoseFilesReadAgain() throws Exception {
    write("a.txt", article("A"));
    write("b.txt", article("B"));
    read(KnownFiles.none(), new Recorder(true), new ArrayList<>());
    String text = Files.readString(dir.resolveSibling(dir.getFileName() + "-known.tsv"));
    Path damaged = dir.resolveSibling("damaged.tsv");
    Files.writeString(damaged, text.replaceFirst("\t[0-9]+\t", "\tmany\t"));
    Recorder second = new Recorder(true);
    new ArticleReader(OPTIONS).read(List.of(dir), second, KnownFiles.read(damaged));
    assertEquals(List.of("b.txt"), second.unchanged);
    assertEquals(List.of("a.txt"), second.read);
  }
}
