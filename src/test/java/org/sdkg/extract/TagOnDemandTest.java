package org.sdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sdkg.TestPaths;
import org.sdkg.generate.CorpusGenerator;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleReader;
import org.sdkg.ingest.ArticleTexts;
import org.sdkg.ingest.IngestOptions;
import org.sdkg.nlp.NlpModels;
import org.sdkg.nlp.OpenNlpAnalyzer;

/**
 * The extractor POS-tags a sentence only when a rule reads a tag, and extracts exactly what it
 * extracts with every sentence tagged.
 */
class TagOnDemandTest {
  @TempDir static Path generated;

  @BeforeAll
  static void generate() throws IOException {
    new CorpusGenerator(3).write(generated, 40);
  }

  static Stream<Path> corpora() {
    Path project = TestPaths.project();
    return Stream.of(
        project.resolve("articles"),
        project.resolve("src/test/resources/probe/articles"),
        project.resolve("src/test/resources/probe2/articles"),
        project.resolve("src/test/resources/probe3/articles"),
        generated);
  }

  @ParameterizedTest
  @MethodSource("corpora")
  void extract_givenCorpus_equalsTheExtractionWithEverySentenceTagged(Path corpus) {
    List<Article> articles =
        new ArticleReader(IngestOptions.defaults().withToday(LocalDate.of(2026, 1, 1)))
            .read(List.of(corpus))
            .articles();
    OpenNlpAnalyzer onDemand = new OpenNlpAnalyzer(NlpModels.get());
    OpenNlpAnalyzer everySentence = new OpenNlpAnalyzer(NlpModels.get());
    Extractor lazy = new RuleBasedExtractor(onDemand, Gazetteer.get(), Lexicon.load(), true);
    Extractor eager = new RuleBasedExtractor(everySentence, Gazetteer.get(), Lexicon.load(), false);

    for (Article a : articles) {
      assertEquals(eager.extract(a), lazy.extract(a), a.fileName());
    }
    assertTrue(articles.size() >= 4, corpus + " has articles");
    assertTrue(
        onDemand.taggedSentences() < everySentence.taggedSentences(),
        onDemand.taggedSentences() + " of " + everySentence.taggedSentences() + " tagged");
  }

  @Test
  void extract_givenSentencesWithoutCountryNameOrCue_tagsNone() {
    OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(NlpModels.get());
    Extractor extractor = new RuleBasedExtractor(analyzer, Gazetteer.get(), Lexicon.load());

    Extraction x =
        extractor.extract(
            article(
                "Road closures around the venue caused long traffic jams throughout the morning."
                    + " Tickets for the public lecture sold out within hours, according to the"
                    + " organisers. The agreement builds on a framework that dates back to 2007."));

    assertEquals(0, analyzer.taggedSentences());
    assertEquals(List.of(), x.relations());
    assertEquals(List.of(), x.people());
  }

  @Test
  void extract_givenOneRelationSentenceAmongPlainOnes_tagsOnlyThatSentence() {
    OpenNlpAnalyzer analyzer = new OpenNlpAnalyzer(NlpModels.get());
    Extractor extractor = new RuleBasedExtractor(analyzer, Gazetteer.get(), Lexicon.load());

    Extraction x =
        extractor.extract(
            article(
                "Road closures around the venue caused long traffic jams throughout the morning."
                    + " France signed a science cooperation agreement with Japan."
                    + " Tickets for the public lecture sold out within hours."));

    assertEquals(1, analyzer.taggedSentences());
    assertEquals(
        List.of("FRA JPN agreement"),
        x.relations().stream().map(r -> r.a() + " " + r.b() + " " + r.kind().code()).toList());
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
}
