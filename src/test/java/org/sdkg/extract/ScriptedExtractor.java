package org.sdkg.extract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.sdkg.ingest.Article;

/**
 * An extractor that returns hand-made extractions by file name and records which articles it was
 * asked for; a file name without a script fails as a buggy extractor would.
 */
public final class ScriptedExtractor implements Extractor {
  private final Map<String, Function<Article, Extraction>> scripts;
  private final ConcurrentLinkedQueue<String> calls;

  public ScriptedExtractor(
      Map<String, Function<Article, Extraction>> scripts, ConcurrentLinkedQueue<String> calls) {
    this.scripts = scripts;
    this.calls = calls;
  }

  @Override
  public Extraction extract(Article article) {
    calls.add(article.fileName());
    Function<Article, Extraction> script = scripts.get(article.fileName());
    if (script == null) {
      throw new IllegalStateException("no script for " + article.fileName());
    }
    return script.apply(article);
  }

  public static List<String> sorted(ConcurrentLinkedQueue<String> calls) {
    return calls.stream().sorted().toList();
  }
}
