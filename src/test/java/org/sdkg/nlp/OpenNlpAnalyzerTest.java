package org.sdkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sdkg.BadInputFiles;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleTexts;

/** Sentences and tokens, and the cutting of over-long sentences. */
class OpenNlpAnalyzerTest {
  private static OpenNlpAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new OpenNlpAnalyzer(NlpModels.get());
  }

  private static Article article(String body) {
    String text = "date 2021-12-19 T\n\n" + body + "\n";
    return new Article(
        ArticleTexts.contentId(text),
        Path.of("a.txt"),
        "a.txt",
        LocalDate.of(2021, 12, 19),
        "T",
        null,
        null,
        text,
        ArticleTexts.paragraphs(text, text.indexOf("\n\n") + 2));
  }

  @Test
  void analyse_givenOrdinarySentences_keepsEachWhole() {
    Article a = article("France and Japan cooperate. Brazil helps Peru.");

    List<Sentence> sentences = analyzer.analyse(a);

    assertEquals(
        List.of("France and Japan cooperate.", "Brazil helps Peru."),
        sentences.stream().map(Sentence::text).toList());
  }

  @Test
  void analyse_givenSentenceOf400Tokens_cutsItIntoEqualPiecesAfterCommas() {
    // 40 clauses of 9 words and a comma: 400 tokens, no full stop until the end.
    String clause = "the data of the science programme and open questions,";
    String body = (clause + " ").repeat(40).strip();
    Article a = article(body.substring(0, body.length() - 1) + ".");

    List<Sentence> pieces = analyzer.analyse(a);

    assertEquals(List.of(130, 130, 140), pieces.stream().map(s -> s.tokens().size()).toList());
    int tokens = 0;
    int end = -1;
    for (int i = 0; i < pieces.size(); i++) {
      Sentence s = pieces.get(i);
      assertEquals(i, s.index());
      assertEquals(a.text().substring(s.start(), s.end()), s.text());
      assertTrue(s.tokens().size() <= OpenNlpAnalyzer.MAX_SENTENCE_TOKENS, s.text());
      assertTrue(s.start() > end, "pieces follow each other");
      for (Token t : s.tokens()) {
        assertEquals(a.text().substring(t.start(), t.end()), t.text());
      }
      if (i < pieces.size() - 1) {
        assertTrue(s.text().endsWith(","), s.text());
      }
      tokens += s.tokens().size();
      end = s.end();
    }
    assertEquals(400, tokens);
    assertEquals(a.text().indexOf("the data"), pieces.get(0).start());
    assertEquals(a.text().length() - 1, end, "the last piece ends with the sentence");
  }

  @Test
  void analyse_givenTheCorpusSentenceOf5000Tokens_seesAll5000InPiecesOfAtMostTheLimit() {
    String text = BadInputFiles.longSentenceArticle();
    Article a = article(text.substring(text.indexOf("\n\n") + 2).strip());

    List<Sentence> pieces = analyzer.analyse(a);

    assertEquals(5_000, pieces.stream().mapToInt(s -> s.tokens().size()).sum());
    assertTrue(pieces.stream().allMatch(s -> s.tokens().size() <= 150));
  }

  @Test
  void analyse_givenLongRunWithoutPunctuation_cutsItIntoEqualPieces() {
    Article a = article("word ".repeat(301).strip());

    List<Sentence> pieces = analyzer.analyse(a);

    assertEquals(List.of(101, 100, 100), pieces.stream().map(s -> s.tokens().size()).toList());
  }

  @Test
  void analyseTaggingOnDemand_givesTheTokensAndTagsOfAnalyse_taggingEachSentenceWhenFirstRead() {
    // possessives and name compounds: refined tokens whose tags come from their word's tag
    Article a =
        article(
            "China's U.S.-China agreement took effect. Japan-Brazil ties grew, -UK said. Quiet"
                + " day.");
    OpenNlpAnalyzer eager = new OpenNlpAnalyzer(NlpModels.get());
    OpenNlpAnalyzer lazy = new OpenNlpAnalyzer(NlpModels.get());

    List<Sentence> expected = eager.analyse(a);
    List<Sentence> onDemand = lazy.analyseTaggingOnDemand(a);

    assertEquals(3, eager.taggedSentences());
    assertEquals(0, lazy.taggedSentences());
    assertEquals("ties", onDemand.get(1).tokens().get(3).text());
    assertEquals(0, lazy.taggedSentences(), "text and offsets need no tags");
    assertEquals(expected.get(1).tokens().get(3).pos(), onDemand.get(1).tokens().get(3).pos());
    assertEquals(1, lazy.taggedSentences());
    assertEquals(expected, onDemand);
    assertEquals(3, lazy.taggedSentences(), "comparing read every tag, each sentence tagged once");
  }
}
