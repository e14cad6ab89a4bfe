package org.sdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sdkg.query.Sentences.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.TestPaths;

/**
 * Every query of {@code queries/} on the fixture store, with the exact rows expected — on the union
 * of all graphs and on one article's graph. Rows print as {@code cell | cell}, literals by their
 * text, unbound cells empty.
 */
class LibraryQueriesTest {
  private static final String SEED = "2021-12-19";
  private static final String SECOND = "2022-03-10";

  @TempDir static Path tmp;
  private static Tdb2Target store;
  private static final QueryLibrary LIBRARY =
      QueryLibrary.in(TestPaths.project().resolve("queries"));
  private static final QueryRunner RUNNER = new QueryRunner(ParameterBinder.standard());

  @BeforeAll
  static void buildStore() {
    store = Tdb2Target.open(QueryFixtures.buildStore(tmp.resolve("store")));
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Test
  void partners_ofChina_givesEveryPartnerAndTopicWithCountsDatesAndFirstSentence() {
    assertEquals(
        List.of(
            row("COM", "Comoros", "malaria", "3", SEED, SECOND, MALARIA),
            row("*", "(unnamed partners)", "space", "2", SEED, SEED, SPACE_READY),
            row("USA", "United States", "clean_energy", "2", SEED, SEED, CLEAN_ENERGY),
            row("USA", "United States", "climate", "2", SEED, SECOND, CLIMATE),
            row("USA", "United States", "public_health", "2", SEED, SEED, PRIORITIES),
            row("*", "(unnamed partners)", "research", "1", SEED, SEED, MALARIA),
            row("*", "(unnamed partners)", "vaccines", "1", SEED, SEED, VACCINES)),
        rows("partners"));
  }

  @Test
  void partners_ofChinaOnMalaria_givesComorosWithTheSeedSentence() {
    assertEquals(
        List.of(row("COM", "Comoros", "malaria", "3", SEED, SECOND, MALARIA)),
        rows("partners", "country=CHN", "topic=malaria"));
  }

  @Test
  void partners_ofComoros_includesTheWhoAsOrganisationPartner() {
    assertEquals(
        List.of(
            row("CHN", "China", "malaria", "3", SEED, SECOND, MALARIA),
            row("WHO", "World Health Organization", "malaria", "1", SECOND, SECOND, WHO_MALARIA)),
        rows("partners", "country=com"));
  }

  @Test
  void partners_inSecondArticleGraph_countsOnlyItsMentions() {
    assertEquals(
        List.of(
            row("COM", "Comoros", "malaria", "2", SECOND, SECOND, CONTINUE_MALARIA),
            row("USA", "United States", "climate", "1", SECOND, SECOND, CLIMATE_TOGETHER)),
        rowsIn(QueryFixtures.SECOND_GRAPH, "partners"));
  }

  @Test
  void network_givesNamedPairsPerTopicWeightedByMentions() {
    assertEquals(
        List.of(
            row("CHN", "COM", "malaria", "2", "3"),
            row("CHN", "USA", "clean_energy", "2", "2"),
            row("CHN", "USA", "climate", "1", "2"),
            row("CHN", "USA", "public_health", "1", "2"),
            row("COM", "WHO", "malaria", "1", "1")),
        rows("network"));
    assertEquals(
        List.of(row("CHN", "COM", "malaria", "2", "3")), rows("network", "min_mentions=3"));
    assertEquals(List.of(row("CHN", "USA", "climate", "1", "2")), rows("network", "topic=climate"));
  }

  @Test
  void network_inSeedGraph_leavesOutTheSecondArticle() {
    assertEquals(
        List.of(
            row("CHN", "USA", "clean_energy", "2", "2"),
            row("CHN", "USA", "public_health", "1", "2"),
            row("CHN", "COM", "malaria", "1", "1"),
            row("CHN", "USA", "climate", "1", "1")),
        rowsIn(QueryFixtures.SEED_GRAPH, "network"));
  }

  @Test
  void topicsOverTime_countsCooperationsPerYearOfReport() {
    assertEquals(
        List.of(
            row("2021", "clean_energy", "2", "2"),
            row("2021", "climate", "1", "1"),
            row("2021", "malaria", "1", "1"),
            row("2021", "public_health", "1", "2"),
            row("2021", "research", "1", "1"),
            row("2021", "space", "2", "2"),
            row("2021", "vaccines", "1", "1"),
            row("2022", "climate", "1", "1"),
            row("2022", "malaria", "3", "3")),
        rows("topics-over-time"));
  }

  @Test
  void topicsOverTime_perMonthForOneTopic() {
    assertEquals(
        List.of(row("2021-12", "malaria", "1", "1"), row("2022-03", "malaria", "3", "3")),
        rows("topics-over-time", "granularity=month", "topic=malaria"));
    assertEquals(
        List.of(row("2022-03", "climate", "1", "1"), row("2022-03", "malaria", "3", "3")),
        rowsIn(QueryFixtures.SECOND_GRAPH, "topics-over-time", "granularity=month"));
  }

  @Test
  void projects_listParticipantsStatedCountsAndStatus() {
    assertEquals(
        List.of(
            row("China Space Station", "space", "CHN", "17", "9", "active", "1"),
            row(
                "U.S.-China Clean Energy Research Center",
                "clean_energy",
                "CHN USA",
                "",
                "",
                "suspended",
                "1")),
        rows("projects"));
    assertEquals(
        List.of("U.S.-China Clean Energy Research Center"),
        firstCells(rows("projects", "country=USA")));
    assertEquals(List.of("China Space Station"), firstCells(rows("projects", "topic=space")));
    assertEquals(List.of(), rowsIn(QueryFixtures.SECOND_GRAPH, "projects"));
    assertEquals(
        List.of(
            row("China Space Station", "space", "CHN", "17", "9", "active", "1"),
            row(
                "U.S.-China Clean Energy Research Center",
                "clean_energy",
                "CHN USA",
                "",
                "",
                "suspended",
                "1")),
        rowsIn(QueryFixtures.SEED_GRAPH, "projects"));
  }

  @Test
  void watchlist_givesSuspendedThenProposedWithLatestSentence() {
    String cerc = "U.S.-China Clean Energy Research Center";
    assertEquals(
        List.of(
            row(
                "suspended",
                "CHN",
                "USA",
                "cooperation",
                "clean_energy",
                cerc,
                "1",
                SEED,
                CLEAN_ENERGY),
            row("proposed", "CHN", "*", "cooperation", "space", "", "1", SEED, SPACE_READY),
            row(
                "proposed",
                "CHN",
                "USA",
                "cooperation",
                "clean_energy",
                "",
                "1",
                SEED,
                CLEAN_ENERGY),
            row(
                "proposed",
                "CHN",
                "USA",
                "cooperation",
                "climate",
                "",
                "2",
                SECOND,
                CLIMATE_TOGETHER),
            row("proposed", "CHN", "USA", "cooperation", "public_health", "", "2", SEED, WE_HOPE)),
        rows("watchlist"));
    assertEquals(List.of("suspended"), firstCells(rows("watchlist", "status=suspended")));
    assertEquals(List.of(), rows("watchlist", "status=ended"));
    assertEquals(List.of(), rows("watchlist", "country=COM"));
    List<String> withUsa = rows("watchlist", "country=USA");
    assertEquals(rows("watchlist").stream().filter(r -> r.contains(" | USA | ")).toList(), withUsa);
    assertEquals(4, withUsa.size(), "the CHN space cooperation with unnamed partners is left out");
    assertEquals(
        List.of(
            row(
                "proposed",
                "CHN",
                "USA",
                "cooperation",
                "climate",
                "",
                "1",
                SECOND,
                CLIMATE_TOGETHER)),
        rowsIn(QueryFixtures.SECOND_GRAPH, "watchlist"));
  }

  @Test
  void watchlist_rejectsActiveAsStatus() {
    QueryException e = assertThrows(QueryException.class, () -> rows("watchlist", "status=active"));
    assertEquals(
        "parameter status must be one of suspended, ended, proposed; found 'active'",
        e.getMessage());
  }

  @Test
  void evidence_forChinaAndUnitedStates_givesEverySentenceWithOffsets() {
    assertEquals(
        List.of(
            row(
                SEED,
                SEED_TITLE,
                "284",
                "583",
                "public_health",
                "cooperation",
                "proposed",
                PRIORITIES),
            row(
                SEED,
                SEED_TITLE,
                "2011",
                "2175",
                "public_health",
                "cooperation",
                "proposed",
                WE_HOPE),
            row(SEED, SEED_TITLE, "2178", "2265", "climate", "cooperation", "proposed", CLIMATE),
            row(
                SEED,
                SEED_TITLE,
                "2267",
                "2645",
                "clean_energy",
                "cooperation",
                "proposed",
                CLEAN_ENERGY),
            row(
                SEED,
                SEED_TITLE,
                "2267",
                "2645",
                "clean_energy",
                "cooperation",
                "suspended",
                CLEAN_ENERGY),
            row(
                SECOND,
                SECOND_TITLE,
                "344",
                "427",
                "climate",
                "cooperation",
                "proposed",
                CLIMATE_TOGETHER)),
        rows("evidence"));
  }

  @Test
  void evidence_forChinaAndComorosOnMalaria_includesTheAid() {
    assertEquals(
        List.of(
            row(SEED, SEED_TITLE, "2903", "3224", "malaria", "cooperation", "active", MALARIA),
            row(
                SECOND,
                SECOND_TITLE,
                "76",
                "202",
                "malaria",
                "cooperation",
                "active",
                CONTINUE_MALARIA),
            row(SECOND, SECOND_TITLE, "204", "270", "malaria", "aid", "active", DONATED)),
        rows("evidence", "a=CHN", "b=COM", "topic=malaria"));
    assertEquals(List.of(), rows("evidence", "a=USA", "b=USA"));
  }

  @Test
  void evidence_inSecondArticleGraph_givesOnlyItsSentence() {
    assertEquals(
        List.of(
            row(
                SECOND,
                SECOND_TITLE,
                "344",
                "427",
                "climate",
                "cooperation",
                "proposed",
                CLIMATE_TOGETHER)),
        rowsIn(QueryFixtures.SECOND_GRAPH, "evidence"));
  }

  @Test
  void statements_givePersonRoleCountryAndDate() {
    String qin = "Chinese Ambassador to the United States";
    List<String> qinRows =
        List.of(
            row("2021-12-17", "Qin Gang", qin, "CHN", GOAL),
            row("2021-12-17", "Qin Gang", qin, "CHN", WE_HOPE),
            row("2021-12-17", "Qin Gang", qin, "CHN", SOUTH_SOUTH));
    String fatima = row(SECOND, "Fatima Ahmed", "Health Minister", "COM", SAVED_LIVES);
    List<String> all = new ArrayList<>(qinRows);
    all.add(fatima);
    assertEquals(all, rows("statements"));
    assertEquals(qinRows, rows("statements", "name=qin"));
    assertEquals(List.of(fatima), rows("statements", "name=AHMED"));
    assertEquals(List.of(fatima), rows("statements", "country=COM"));
    assertEquals(List.of(fatima), rowsIn(QueryFixtures.SECOND_GRAPH, "statements"));
  }

  @Test
  void statements_withInjectionAttemptAsName_matchesNobodyAndRunsTheSameQuery() {
    assertEquals(List.of(), rows("statements", "name=> } ; DROP ALL #"));
    assertEquals(4, rows("statements").size(), "the store is unchanged");
  }

  @Test
  void aid_givesGiverReceiverTopicAndDate() {
    assertEquals(
        List.of(
            row("CHN", "*", "research", "active", "", "1"),
            row("CHN", "COM", "malaria", "active", "2021", "1")),
        rows("aid"));
    assertEquals(
        List.of(row("CHN", "COM", "malaria", "active", "2021", "1")), rows("aid", "to=COM"));
    assertEquals(List.of(), rows("aid", "from=USA"));
    assertEquals(rows("aid"), rows("aid", "from=CHN"));
    assertEquals(rows("aid", "to=COM"), rows("aid", "from=CHN", "to=COM"));
    assertEquals(List.of(), rows("aid", "from=COM", "to=CHN"));
    assertEquals(
        List.of(row("CHN", "*", "research", "active", "", "1")),
        rowsIn(QueryFixtures.SEED_GRAPH, "aid"));
    assertEquals(List.of(), rowsIn(QueryFixtures.SEED_GRAPH, "aid", "to=COM"));
    assertEquals(
        List.of(row("CHN", "COM", "malaria", "active", "2021", "1")),
        rowsIn(QueryFixtures.SECOND_GRAPH, "aid"));
  }

  @Test
  void evidence_onMentionsWithoutReportedStatus_fallsBackToTheSettledStatus() {
    Path bare = QueryFixtures.buildStore(tmp.resolve("without-reported-status"));
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(bare.toString());
    Txn.executeWrite(
        dsg,
        () ->
            UpdateExec.dataset(dsg)
                .update(
                    "DELETE WHERE { GRAPH ?g { ?m <https://w3id.org/sdkg/ontology#reportedStatus>"
                        + " ?s } }")
                .execute());
    TDBInternal.expel(dsg);
    try (Tdb2Target target = Tdb2Target.open(bare)) {
      PreparedQuery q =
          RUNNER.prepare(
              LIBRARY.get("evidence"), Map.of("topic", "clean_energy"), Optional.empty());
      QueryResult.Rows result = (QueryResult.Rows) RUNNER.run(target, q, Duration.ofSeconds(60));
      assertEquals(
          List.of("proposed", "suspended"),
          result.rows().stream()
              .map(b -> b.get(Var.alloc("status")).getLiteralLexicalForm())
              .toList());
    }
  }

  @Test
  void articles_mentioningACountry_newestFirst() {
    String seedFile = "2021-12-19-china-science-diplomacy.txt";
    String secondFile = "2022-03-10-china-comoros-malaria.txt";
    assertEquals(
        List.of(
            row(SECOND, SECOND_TITLE, secondFile, "3", "3"),
            row(SEED, SEED_TITLE, seedFile, "9", "10")),
        rows("articles"));
    assertEquals(
        List.of(
            row(SECOND, SECOND_TITLE, secondFile, "1", "1"),
            row(SEED, SEED_TITLE, seedFile, "4", "5")),
        rows("articles", "country=USA"));
    assertEquals(
        List.of(row(SEED, SEED_TITLE, seedFile, "1", "1")),
        rowsIn(QueryFixtures.SEED_GRAPH, "articles", "country=COM"));
  }

  @Test
  void matrix_countsCooperationsPerCountryAndTopic() {
    String chn =
        row("CHN", "1", "1", "2", "1", "2", "2", "1", "0", "0", "0", "0", "0", "0", "0", "10");
    String usa =
        row("USA", "1", "0", "0", "1", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "4");
    String com =
        row("COM", "0", "0", "3", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "3");
    assertEquals(List.of(chn, usa, com), rows("matrix"));
    assertEquals(List.of(chn, usa), rows("matrix", "min_total=4"));
    assertEquals(
        List.of(
            row("CHN", "0", "0", "2", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "3"),
            row("COM", "0", "0", "3", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "3"),
            row("USA", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1")),
        rowsIn(QueryFixtures.SECOND_GRAPH, "matrix"));
  }

  @Test
  void countries_listCodeNameQidAndCooperations() {
    assertEquals(
        List.of(
            row("CHN", "China", "Q148", "10"),
            row("COM", "Comoros", "Q970", "3"),
            row("USA", "United States", "Q30", "4")),
        rows("countries"));
    assertEquals(
        List.of(
            row("CHN", "China", "Q148", "9"),
            row("COM", "Comoros", "Q970", "1"),
            row("USA", "United States", "Q30", "4")),
        rowsIn(QueryFixtures.SEED_GRAPH, "countries"));
  }

  @Test
  void topics_listTheWholeSchemeWithCooperationCounts() {
    assertEquals(
        List.of(
            row("agriculture", "agriculture", "", "0"),
            row("biodiversity", "biodiversity", "", "0"),
            row("clean_energy", "clean energy", "", "2"),
            row("climate", "climate", "", "1"),
            row("digital", "digital", "", "0"),
            row("education", "education", "", "0"),
            row("malaria", "malaria", "public_health", "3"),
            row("nuclear", "nuclear", "", "0"),
            row("oceans", "oceans", "", "0"),
            row("other", "other", "", "0"),
            row("public_health", "public health", "", "1"),
            row("research", "research", "", "1"),
            row("space", "space", "", "2"),
            row("vaccines", "vaccines", "public_health", "1")),
        rows("topics"));
    List<String> inSecond =
        rowsIn(QueryFixtures.SECOND_GRAPH, "topics").stream()
            .filter(r -> !r.endsWith(" | 0"))
            .toList();
    assertEquals(
        List.of(
            row("climate", "climate", "", "1"), row("malaria", "malaria", "public_health", "3")),
        inSecond);
  }

  @Test
  void everyQuery_withEveryParameterGiven_runsOnBothKindsOfGraph() {
    for (QueryText q : LIBRARY.all()) {
      Map<String, String> values = new LinkedHashMap<>();
      for (QueryParameter p : q.header().parameters()) {
        values.put(p.name(), sampleValue(p));
      }
      for (Optional<String> graph :
          List.of(Optional.<String>empty(), Optional.of(QueryFixtures.SEED_GRAPH))) {
        PreparedQuery prepared = RUNNER.prepare(q, values, graph);
        QueryResult.Rows result =
            (QueryResult.Rows) RUNNER.run(store, prepared, Duration.ofSeconds(60));
        // Substituted values must leave the answer's shape alone: the same columns, in order.
        assertEquals(
            prepared.query().getResultVars(),
            result.vars().stream().map(Var::getVarName).toList(),
            q.name());
      }
    }
  }

  private static String sampleValue(QueryParameter p) {
    return switch (p.type()) {
      case COUNTRY -> "CHN";
      case TOPIC -> "malaria";
      case TEXT -> "Qin";
      case INTEGER -> "1";
      case DATE -> "2021-12-19";
      case CHOICE -> p.choices().get(p.choices().size() - 1);
    };
  }

  private static List<String> rows(String name, String... params) {
    return run(Optional.empty(), name, params);
  }

  private static List<String> rowsIn(String graph, String name, String... params) {
    return run(Optional.of(graph), name, params);
  }

  private static List<String> run(Optional<String> graph, String name, String... params) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String p : params) {
      String[] kv = p.split("=", 2);
      values.put(kv[0], kv[1]);
    }
    PreparedQuery prepared = RUNNER.prepare(LIBRARY.get(name), values, graph);
    return QueryFixtures.lines(
        (QueryResult.Rows) RUNNER.run(store, prepared, Duration.ofSeconds(60)));
  }

  private static String row(String... cells) {
    return String.join(" | ", cells);
  }

  private static List<String> firstCells(List<String> rows) {
    return rows.stream().map(r -> r.split(" \\| ", -1)[0]).toList();
  }
}
