package org.sdkg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads articles from files and folders (recursively, in sorted order). A bad file never stops the
 * run: it is recorded as skipped with the reason and the fix, and the rest is read.
 */
public final class ArticleReader {
  private final IngestOptions options;
  private final List<ArticleFormat> formats;

  public ArticleReader(IngestOptions options) {
    this(options, List.of(new SeedTextFormat()));
  }

  public ArticleReader(IngestOptions options, List<ArticleFormat> formats) {
    this.options = options;
    this.formats = List.copyOf(formats);
  }

  /** Reads every article under the given files and folders. */
  public IngestResult read(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    List<IngestProblem> skipped = new ArrayList<>();
    List<IngestProblem> notes = new ArrayList<>();
    for (Path input : inputs) {
      collect(input, files, skipped);
    }
    List<Article> articles = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path file : files) {
      ArticleFormat format = formatFor(file);
      if (format == null) {
        notes.add(
            new IngestProblem(
                file, 0, "unsupported extension, not read (use .txt, .md, .html or .jsonl)"));
        continue;
      }
      try {
        for (Article article : format.parse(file, decode(file), options)) {
          Path first = seen.putIfAbsent(article.id(), file);
          if (first == null) {
            articles.add(article);
          } else {
            notes.add(
                new IngestProblem(
                    file,
                    0,
                    "same article as " + first + "; kept once (remove one of the copies)"));
          }
        }
      } catch (BadArticleException e) {
        skipped.add(new IngestProblem(file, e.line(), e.getMessage()));
      } catch (AccessDeniedException e) {
        skipped.add(
            new IngestProblem(
                file, 0, "cannot be read (permission denied); check its permissions"));
      } catch (NoSuchFileException e) {
        skipped.add(new IngestProblem(file, 0, "disappeared while reading; run again"));
      } catch (IOException e) {
        skipped.add(new IngestProblem(file, 0, "cannot be read: " + e.getMessage()));
      }
    }
    return new IngestResult(articles, skipped, notes, files.size() - countUnsupported(notes));
  }

  private static int countUnsupported(List<IngestProblem> notes) {
    return (int)
        notes.stream().filter(n -> n.message().startsWith("unsupported extension")).count();
  }

  private ArticleFormat formatFor(Path file) {
    for (ArticleFormat format : formats) {
      if (format.accepts(file)) {
        return format;
      }
    }
    return null;
  }

  private void collect(Path input, List<Path> files, List<IngestProblem> skipped) {
    if (!Files.exists(input)) {
      skipped.add(new IngestProblem(input, 0, "does not exist; check the path"));
      return;
    }
    if (!Files.isDirectory(input)) {
      files.add(input);
      return;
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          input,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException) {
                skipped.add(
                    new IngestProblem(
                        file, 0, "symbolic link loop, not followed; remove the link"));
              } else if (e instanceof AccessDeniedException) {
                skipped.add(
                    new IngestProblem(
                        file, 0, "cannot be read (permission denied); check its permissions"));
              } else {
                skipped.add(new IngestProblem(file, 0, "cannot be read: " + e.getMessage()));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      skipped.add(new IngestProblem(input, 0, "cannot be listed: " + e.getMessage()));
    }
    found.sort(null);
    files.addAll(found);
  }

  private String decode(Path file) throws IOException, BadArticleException {
    long size = Files.size(file);
    if (size > options.maxBytes()) {
      throw new BadArticleException(
          "is "
              + size
              + " bytes, over the limit of "
              + options.maxBytes()
              + "; split it or raise --max-size");
    }
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length == 0) {
      throw new BadArticleException("is empty; remove it or add the article text");
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        throw new BadArticleException(
            "is a binary file, not text; sdkg reads UTF-8 .txt, .md, .html and .jsonl articles");
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BadArticleException(
          lineOfFirstInvalidByte(bytes), "is not valid UTF-8; convert it (e.g. iconv -t UTF-8)");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new BadArticleException("contains only whitespace; remove it or add the article text");
    }
    return text;
  }

  private static int lineOfFirstInvalidByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 0;
  }
}
