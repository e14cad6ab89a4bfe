package org.sdkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sdkg.BadInputCorpus;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.Extractor;
import org.sdkg.extract.Extractors;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleReader;
import org.sdkg.ingest.IngestOptions;
import org.sdkg.ontology.SD;

/**
 * The corpus kinds that sdkg reads, through the real extractor and mapper: exactly the expected
 * relations, in bounded time, with offsets that slice the text, a graph that conforms to the
 * shapes, and a graph that survives every RDF syntax unchanged (text that looks like Turtle or
 * SPARQL stays a literal; control characters cannot break RDF/XML).
 */
class BadInputGraphTest {
  /** Far above the few seconds the longest kinds take, far below the minutes they took before. */
  private static final Duration PER_ARTICLE = Duration.ofSeconds(60);

  private static Extractor extractor;
  private static ArticleGraphMapper mapper;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    extractor = Extractors.newExtractor();
    mapper = ArticleGraphMapper.create();
  }

  static Stream<BadInputCorpus> kindsThatAreRead() {
    return Stream.of(BadInputCorpus.values()).filter(k -> !k.outcome().articles().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kindsThatAreRead")
  void extractAndMap_givenKindThatIsRead_givesExpectedRelationsAndAValidIntactGraph(
      BadInputCorpus kind) {
    kind.makeIn(dir);
    List<Article> articles =
        new ArticleReader(IngestOptions.defaults().withToday(LocalDate.of(2024, 6, 30)))
            .read(List.of(dir))
            .articles();
    Map<String, Article> byName =
        articles.stream().collect(Collectors.toMap(Article::fileName, Function.identity()));

    for (BadInputCorpus.ExpectedArticle expected : kind.outcome().articles()) {
      Article article = byName.get(expected.fileName());
      Extraction extraction =
          assertTimeoutPreemptively(PER_ARTICLE, () -> extractor.extract(article));
      Model graph = mapper.map(extraction);

      assertEquals(expected.relations(), relationKeys(extraction), expected.fileName());
      assertEquals(List.of(), ArticleGraphChecks.offsetProblems(extraction));
      assertEquals(List.of(), ArticleGraphChecks.graphOffsetProblems(article, graph));
      assertEquals(List.of(), ArticleGraphChecks.violations(article, graph));
      assertEquals(
          List.of(expected.title()),
          graph
              .listObjectsOfProperty(SD.Schema.headline)
              .mapWith(n -> n.asLiteral().getString())
              .toList());
      assertEquals(List.of(), ArticleGraphChecks.roundTripProblems(graph));
    }
  }

  private static Set<String> relationKeys(Extraction extraction) {
    return extraction.relations().stream()
        .map(r -> r.kind().code() + " " + r.a() + " " + r.b())
        .collect(Collectors.toSet());
  }
}
