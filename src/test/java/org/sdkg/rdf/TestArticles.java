package org.sdkg.rdf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sdkg.extract.Evidence;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.Relation;
import org.sdkg.extract.RelationKind;
import org.sdkg.extract.Status;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleTexts;
import org.sdkg.ingest.TextSpan;

/** Hand-made articles and relations for mapper and build tests. */
public final class TestArticles {
  private TestArticles() {}

  /** An article in the seed format, with its id computed from the text as ingestion does. */
  public static Article article(String fileName, String date, String title, String... sentences) {
    String text = "date " + date + " " + title + "\n\n" + String.join(" ", sentences) + "\n";
    int bodyStart = text.indexOf("\n\n") + 2;
    return new Article(
        ArticleTexts.contentId(text),
        Path.of("articles", fileName),
        fileName,
        LocalDate.parse(date),
        title,
        null,
        null,
        text,
        List.of(new TextSpan(bodyStart, text.length() - 1)));
  }

  /** Evidence for {@code sentence}, which must occur in the article text. */
  public static Evidence evidence(Article article, String sentence) {
    int start = article.text().indexOf(sentence);
    if (start < 0) {
      throw new IllegalArgumentException("not in the article: " + sentence);
    }
    return new Evidence(sentence, start, start + sentence.length(), 0.9);
  }

  /** A relation with no project, date, counts or speaker. */
  public static Relation relation(
      RelationKind kind, String a, String b, Status status, String topic, Evidence evidence) {
    return new Relation(kind, a, b, status, topic, null, null, null, null, null, evidence);
  }

  /**
   * A script for {@code ScriptedExtractor}: the article reports one relation in {@code sentence}.
   */
  public static Function<Article, Extraction> reporting(
      RelationKind kind, String a, String b, Status status, String topic, String sentence) {
    return article ->
        extraction(article, relation(kind, a, b, status, topic, evidence(article, sentence)));
  }

  public static Extraction extraction(Article article, Relation... relations) {
    return new Extraction(
        article, List.of(), List.of(), List.of(), new ArrayList<>(List.of(relations)), List.of());
  }
}
