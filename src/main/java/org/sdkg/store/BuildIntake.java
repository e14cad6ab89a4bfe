package org.sdkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleRef;
import org.sdkg.ingest.ArticleSink;

/**
 * Sorts the articles of a build as they are read: new or changed ones (or all, when the code
 * changed) go to extraction, renamed ones are noted, unchanged ones only counted; an unchanged
 * file's articles are taken without reading it when the store holds them under the same names.
 */
final class BuildIntake implements ArticleSink {
  private final TdbStore store;
  private final Map<String, String> stored;
  private final boolean codeChanged;
  private final BatchedExtraction extraction;
  private final List<Article> renamed = new ArrayList<>();
  private final Set<String> present = new HashSet<>();
  private int read;
  private int toExtract;

  BuildIntake(
      TdbStore store,
      Map<String, String> stored,
      boolean codeChanged,
      BatchedExtraction extraction) {
    this.store = store;
    this.stored = stored;
    this.codeChanged = codeChanged;
    this.extraction = extraction;
  }

  @Override
  public void article(Article a) {
    read++;
    present.add(a.id());
    String storedName = stored.get(a.id());
    if (storedName == null || codeChanged) {
      if (toExtract++ == 0) {
        store.forgetDump();
      }
      extraction.submit(a);
    } else if (!storedName.equals(a.fileName())) {
      renamed.add(a);
    }
  }

  @Override
  public boolean unchanged(Path file, List<ArticleRef> articles) {
    if (codeChanged || !articles.stream().allMatch(a -> a.fileName().equals(stored.get(a.id())))) {
      return false;
    }
    for (ArticleRef a : articles) {
      read++;
      present.add(a.id());
    }
    return true;
  }

  /** Articles read, or taken unchanged without reading. */
  int read() {
    return read;
  }

  /** Articles sent to extraction. */
  int extracting() {
    return toExtract;
  }

  /** Stored articles whose file name changed. */
  List<Article> renamed() {
    return renamed;
  }

  /** Content ids of every article of the build. */
  Set<String> present() {
    return present;
  }
}
