package org.sdkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads articles from files and folders (recursively, in sorted order). A bad file never stops the
 * run: it is recorded as skipped with the reason and the fix, and the rest is read. The same
 * article found twice (same content id) is kept once, with a note.
 */
public final class ArticleReader {
  /** Every format sdkg reads, chosen by extension. */
  public static final List<ArticleFormat> DEFAULT_FORMATS =
      List.of(new SeedTextFormat(), new MarkdownFormat(), new HtmlFormat(), new JsonLinesFormat());

  private final IngestOptions options;
  private final List<ArticleFormat> formats;

  public ArticleReader(IngestOptions options) {
    this(options, DEFAULT_FORMATS);
  }

  public ArticleReader(IngestOptions options, List<ArticleFormat> formats) {
    this.options = options;
    this.formats = List.copyOf(formats);
  }

  /** Reads every article under the given files and folders. */
  public IngestResult read(List<Path> inputs) {
    List<Article> articles = new ArrayList<>();
    IngestResult result = read(inputs, articles::add);
    return new IngestResult(
        articles,
        result.skipped(),
        result.notes(),
        result.filesSeen(),
        result.filesSkipped(),
        result.linesSkipped());
  }

  /**
   * Reads every article under the given files and folders, handing each to {@code sink} as soon as
   * its file is read, so a caller that processes them one by one never holds all their texts. The
   * result lists no articles, only what went wrong and the counts.
   */
  public IngestResult read(List<Path> inputs, Consumer<Article> sink) {
    return read(inputs, sink::accept, KnownFiles.none());
  }

  /**
   * Reads as {@link #read(List, Consumer)}, but offers the sink the articles of every file {@code
   * known} says is unchanged instead of reading it ({@link ArticleSink#unchanged}); {@code known}
   * is updated with what this read found, ready to be {@linkplain KnownFiles#write written}.
   */
  public IngestResult read(List<Path> inputs, ArticleSink sink, KnownFiles known) {
    return new Run(sink, known).read(InputWalker.list(inputs));
  }

  /** The mutable state of one {@link #read}, so the reader itself stays shareable. */
  private final class Run {
    private final ArticleSink sink;
    private final KnownFiles known;
    private final List<IngestProblem> skipped = new ArrayList<>();
    private final List<IngestProblem> notes = new ArrayList<>();
    private final Map<String, Path> firstPlaceOfId = new HashMap<>();
    private int filesSeen;
    private int filesSkipped;
    private int linesSkipped;

    Run(ArticleSink sink, KnownFiles known) {
      this.sink = sink;
      this.known = known;
    }

    IngestResult read(InputWalker.Listing listing) {
      for (Path entry : listing.entries()) {
        String problem = listing.problems().get(entry);
        if (problem != null) {
          filesSeen++;
          skipFile(new IngestProblem(entry, 0, problem));
        } else {
          readFile(entry);
        }
      }
      return new IngestResult(List.of(), skipped, notes, filesSeen, filesSkipped, linesSkipped);
    }

    private void readFile(Path file) {
      ArticleFormat format = formatFor(file);
      if (format == null) {
        notes.add(new IngestProblem(file, 0, unsupportedExtension()));
        return;
      }
      filesSeen++;
      ParsedFile parsed;
      BasicFileAttributes attributes;
      long readMillis = System.currentTimeMillis();
      try {
        attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (takenAsKnown(file, attributes)) {
          return;
        }
        parsed = format.parse(file, TextDecoder.decode(readBytes(file)), options);
      } catch (BadArticleException e) {
        skipFile(new IngestProblem(file, e.line(), e.getMessage()));
        return;
      } catch (NoSuchFileException e) {
        skipFile(new IngestProblem(file, 0, "disappeared while reading; run again"));
        return;
      } catch (IOException e) {
        skipFile(new IngestProblem(file, 0, InputWalker.describe(e)));
        return;
      }
      for (BadArticleException e : parsed.rejected()) {
        skipped.add(new IngestProblem(file, e.line(), e.getMessage()));
      }
      if (parsed.articles().isEmpty()) {
        filesSkipped++;
      } else {
        linesSkipped += parsed.rejected().size();
      }
      boolean allKept = true;
      for (Article a : parsed.articles()) {
        allKept &= keepOnce(a);
      }
      if (allKept && parsed.rejected().isEmpty()) {
        List<ArticleRef> refs =
            parsed.articles().stream().map(a -> new ArticleRef(a.id(), a.fileName())).toList();
        known.remember(file, attributes, readMillis, refs);
      }
    }

    /**
     * Hands over the articles of an unchanged file without reading it, when the sink takes them and
     * none of them was already seen in this read (a duplicate is read again, to be noted).
     */
    private boolean takenAsKnown(Path file, BasicFileAttributes attributes) {
      if (attributes.size() > options.maxBytes()) {
        return false;
      }
      Optional<List<ArticleRef>> refs = known.lookup(file, attributes);
      if (refs.isEmpty()
          || refs.get().stream().anyMatch(r -> firstPlaceOfId.containsKey(r.id()))
          || !sink.unchanged(file, refs.get())) {
        return false;
      }
      for (ArticleRef r : refs.get()) {
        firstPlaceOfId.put(r.id(), file.resolveSibling(r.fileName()));
      }
      known.keep(file);
      return true;
    }

    private void skipFile(IngestProblem problem) {
      skipped.add(problem);
      filesSkipped++;
    }

    /** Hands {@code article} to the sink unless it was seen before; says whether it was new. */
    private boolean keepOnce(Article article) {
      Path place = article.path().resolveSibling(article.fileName());
      Path first = firstPlaceOfId.putIfAbsent(article.id(), place);
      if (first == null) {
        sink.article(article);
        return true;
      }
      notes.add(
          new IngestProblem(
              place, 0, "same article as " + first + "; kept once (remove one of the copies)"));
      return false;
    }
  }

  /** Reads at most one byte over the limit, so a huge (or growing) file is never loaded whole. */
  private byte[] readBytes(Path file) throws IOException, BadArticleException {
    long limit = options.maxBytes();
    long size = Files.size(file);
    byte[] bytes;
    if (size <= limit) {
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      }
      size = Math.max(size, bytes.length);
    } else {
      bytes = new byte[0];
    }
    if (size > limit) {
      throw new BadArticleException(
          "is "
              + size
              + " bytes, over the limit of "
              + limit
              + " bytes; split it or raise the limit with --max-size");
    }
    return bytes;
  }

  private ArticleFormat formatFor(Path file) {
    for (ArticleFormat format : formats) {
      if (format.accepts(file)) {
        return format;
      }
    }
    return null;
  }

  private String unsupportedExtension() {
    String known =
        formats.stream()
            .flatMap(f -> f.extensions().stream())
            .distinct()
            .collect(Collectors.joining(", "));
    return "unsupported extension, not read; articles are " + known + " files";
  }
}
