package org.sdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.TestPaths;

/**
 * The statements query on a person who speaks in two articles with a different role and country in
 * each, as happens to anyone followed over years: each statement carries the role its own article
 * gives, never the other article's.
 */
class StatementsQueryTest {
  private static final String TWO_ARTICLES =
      """
      PREFIX sd:     <https://w3id.org/sdkg/ontology#>
      PREFIX schema: <https://schema.org/>
      PREFIX prov:   <http://www.w3.org/ns/prov#>
      PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
      PREFIX g:      <https://w3id.org/sdkg/graph/article/>
      PREFIX a:      <https://w3id.org/sdkg/id/article/>
      PREFIX person: <https://w3id.org/sdkg/id/person/>
      PREFIX country: <https://w3id.org/sdkg/id/country/>
      PREFIX st:     <https://w3id.org/sdkg/id/statement/>

      g:aaaaaaaaaaaaaaaa {
        a:aaaaaaaaaaaaaaaa a schema:NewsArticle ; schema:datePublished "2019-05-02"^^xsd:date .
        person:tanaka a schema:Person ; schema:name "Yuki Tanaka" ;
          schema:jobTitle "Science Minister" ; sd:country country:JPN .
        country:JPN a schema:Country ; sd:alpha3 "JPN" .
        st:a-10-0 a sd:Statement ; prov:wasAttributedTo person:tanaka ;
          prov:wasDerivedFrom a:aaaaaaaaaaaaaaaa ; sd:text "We will share the data." ;
          sd:start 10 ; sd:end 33 .
      }
      g:bbbbbbbbbbbbbbbb {
        a:bbbbbbbbbbbbbbbb a schema:NewsArticle ; schema:datePublished "2024-01-15"^^xsd:date .
        person:tanaka a schema:Person ; schema:name "Yuki Tanaka" ;
          schema:jobTitle "Envoy of the Francophonie" ; sd:country country:FRA .
        country:FRA a schema:Country ; sd:alpha3 "FRA" .
        st:b-20-0 a sd:Statement ; prov:wasAttributedTo person:tanaka ;
          prov:wasDerivedFrom a:bbbbbbbbbbbbbbbb ; sd:text "The lab opens next year." ;
          sd:start 20 ; sd:end 44 .
      }
      """;

  @TempDir Path tmp;

  private static final String FIRST =
      "2019-05-02 | Yuki Tanaka | Science Minister | JPN | We will share the data.";
  private static final String SECOND =
      "2024-01-15 | Yuki Tanaka | Envoy of the Francophonie | FRA | The lab opens next year.";

  @Test
  void statements_givesEachStatementTheRoleOfItsOwnArticle() {
    assertEquals(List.of(FIRST, SECOND), statements(Map.of()));
  }

  @Test
  void statements_ofACountry_areTheOnesWhoseArticleHasTheSpeakerRepresentIt() {
    assertEquals(List.of(SECOND), statements(Map.of("country", "fra")));
    assertEquals(List.of(FIRST), statements(Map.of("country", "JPN")));
    assertEquals(List.of(), statements(Map.of("country", "DEU")));
  }

  @Test
  void statements_byName_matchAnyPartOfTheNameInAnyCase() {
    assertEquals(List.of(FIRST, SECOND), statements(Map.of("name", "TANAKA")));
    assertEquals(List.of(FIRST, SECOND), statements(Map.of("name", "ki ta")));
    assertEquals(List.of(), statements(Map.of("name", "Suzuki")));
  }

  @Test
  void statements_byNameAndCountry_needBoth() {
    assertEquals(List.of(SECOND), statements(Map.of("name", "tanaka", "country", "FRA")));
    assertEquals(List.of(), statements(Map.of("name", "suzuki", "country", "FRA")));
  }

  private List<String> statements(Map<String, String> parameters) {
    Path dir = tmp.resolve("store");
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
    Txn.executeWrite(
        dsg,
        () -> RDFParser.create().source(new StringReader(TWO_ARTICLES)).lang(Lang.TRIG).parse(dsg));
    TDBInternal.expel(dsg);
    QueryLibrary library = QueryLibrary.in(TestPaths.project().resolve("queries"));
    QueryRunner runner = new QueryRunner(ParameterBinder.standard());
    try (Tdb2Target store = Tdb2Target.open(dir)) {
      PreparedQuery prepared =
          runner.prepare(library.get("statements"), parameters, Optional.empty());
      return QueryFixtures.lines(
          (QueryResult.Rows) runner.run(store, prepared, Duration.ofSeconds(60)));
    }
  }
}
