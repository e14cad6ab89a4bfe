package org.sdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.sdkg.TestPaths;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleReader;
import org.sdkg.ingest.IngestOptions;
import org.sdkg.ontology.SD;
import org.sdkg.rdf.Iris;
import org.sdkg.rdf.MergedGraph;

/** The fixture must stay true to its articles, or the query tests prove nothing. */
class QueryFixtureTest {

  @Test
  void fixtureArticleIds_areTheContentIdsIngestComputes() throws Exception {
    List<Article> articles =
        new ArticleReader(IngestOptions.defaults())
            .read(List.of(TestPaths.seedArticle(), QueryFixtures.SECOND_ARTICLE))
            .articles();

    assertEquals(
        List.of(QueryFixtures.SEED_ID, QueryFixtures.SECOND_ID),
        articles.stream().map(Article::id).toList());
  }

  @Test
  void everyFixtureText_isTheArticleTextBetweenItsOffsets() throws Exception {
    Map<String, String> texts =
        Map.of(
            "2021-12-19-china-science-diplomacy.txt", Files.readString(TestPaths.seedArticle()),
            "2022-03-10-china-comoros-malaria.txt", Files.readString(QueryFixtures.SECOND_ARTICLE));
    Dataset ds = RDFDataMgr.loadDataset(QueryFixtures.TRIG.toString());
    String sparql =
        """
        PREFIX sd: <https://w3id.org/sdkg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT DISTINCT ?node ?file ?text ?start ?end WHERE {
          GRAPH ?g { ?node sd:text ?text ; sd:start ?start ; sd:end ?end ;
                           prov:wasDerivedFrom/sd:fileName ?file }
        }
        """;
    int checked = 0;
    try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
      for (var it = qe.execSelect(); it.hasNext(); ) {
        QuerySolution row = it.next();
        String article = texts.get(row.getLiteral("file").getString());
        int start = row.getLiteral("start").getInt();
        int end = row.getLiteral("end").getInt();
        assertTrue(start < end, row.toString());
        assertEquals(
            article.substring(start, end),
            row.getLiteral("text").getString(),
            row.get("node").toString());
        checked++;
      }
    }
    assertEquals(18, checked, "14 mentions and 4 statements");
  }

  @Test
  void fixtureTallies_areTheOnesTheMergedGraphComputationGives() {
    Dataset ds = RDFDataMgr.loadDataset(QueryFixtures.TRIG.toString());
    Graph computed = MergedGraph.compute(ds.asDatasetGraph()).getGraph();
    Graph fixture = ds.asDatasetGraph().getGraph(Iris.MERGED_GRAPH.asNode());
    assertEquals(tallies(computed), tallies(fixture));
    assertEquals(
        7 * 4 + 11 * 5 + 5 * 6,
        tallies(fixture).size(),
        "7 topic tallies of 4 statements, 11 country tallies of 5, 5 pair tallies of 6");
  }

  /** The statements about the tallies of {@code graph}. */
  private static Set<Triple> tallies(Graph graph) {
    Set<Triple> tallies = new HashSet<>();
    graph
        .find(Node.ANY, SD.tallyTopic.asNode(), Node.ANY)
        .mapWith(Triple::getSubject)
        .toList()
        .forEach(tally -> graph.find(tally, Node.ANY, Node.ANY).forEach(tallies::add));
    return tallies;
  }
}
