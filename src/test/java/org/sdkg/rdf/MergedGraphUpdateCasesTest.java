package org.sdkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sdkg.extract.RelationKind;
import org.sdkg.ontology.SD;

/**
 * {@link MergedGraph#update} on hand-made article graphs, one change at a time, each chosen to move
 * what the update settles by differences: a country pair still held by a second cooperation, a pair
 * lost when its last cooperation becomes proposed, countries no article describes any more, an
 * entity described again in other words, a pair that appears. After every change the stored merged
 * graph must be exactly the one {@link MergedGraph#compute} gives.
 */
class MergedGraphUpdateCasesTest {
  private static final Node MERGED = Iris.MERGED_GRAPH.asNode();
  private static final Node COOPERATES_WITH = SD.cooperatesWith.asNode();
  private static final Node NAME = SD.Schema.name.asNode();
  private static final Node USA = Iris.country("USA").asNode();
  private static final Node CHN = Iris.country("CHN").asNode();
  private static final Node FRA = Iris.country("FRA").asNode();
  private static final Node DEU = Iris.country("DEU").asNode();
  private static final Node JPN = Iris.country("JPN").asNode();

  private final DatasetGraph dsg = DatasetGraphFactory.create();

  @BeforeEach
  void storeWithFourArticles() {
    put("a000000000000001", article("a000000000000001", "2024-01-01", "c1 USA CHN Active"));
    put("a000000000000002", article("a000000000000002", "2024-02-01", "c2 USA CHN Active"));
    put("a000000000000003", article("a000000000000003", "2024-03-01", "c3 FRA DEU Active"));
    put("a000000000000004", article("a000000000000004", "2024-04-01", "c4 USA JPN Proposed"));
    MergedGraph.recompute(dsg, MERGED);
    assertTrue(holds(USA, CHN) && holds(FRA, DEU) && !holds(USA, JPN));
  }

  @Test
  void everyChange_leavesTheMergedGraphOfAWholeComputation() {
    change("a000000000000001", null);
    assertTrue(holds(USA, CHN), "still held through c2");

    change("a000000000000002", article("a000000000000002", "2024-02-01", "c2 USA CHN Proposed"));
    assertFalse(holds(USA, CHN), "its last cooperation is only proposed");

    change("a000000000000003", null);
    assertFalse(holds(FRA, DEU), "no article describes France and Germany any more");
    assertFalse(stored().contains(FRA, Node.ANY, Node.ANY));

    change(
        "a000000000000005",
        article("a000000000000005", "2024-05-01", "c5 USA FRA Active")
            .replace("\"FRA name\"", "\"French Republic\""));
    assertTrue(holds(USA, FRA));
    assertEquals(
        NodeFactory.createLiteralString("French Republic"),
        stored().find(FRA, NAME, Node.ANY).next().getObject());

    change(
        "a000000000000004",
        article("a000000000000004", "2024-04-01", "c4 USA JPN Active")
            .replace("\"JPN name\"", "\"Nippon\""));
    assertTrue(holds(USA, JPN), "c4 is active now");
    assertEquals(1, stored().find(JPN, NAME, Node.ANY).toList().size(), "the old name went");

    change("a000000000000006", article("a000000000000006", "2024-06-01", "c6 FRA CHN Active"));
    assertTrue(holds(FRA, CHN));

    change("a000000000000006", article("a000000000000006", "2024-06-01", "c7 FRA JPN Active"));
    assertFalse(holds(FRA, CHN), "c6 is gone, France and China are still described elsewhere");
    assertTrue(holds(FRA, JPN));
  }

  @Test
  void tallies_followCooperationsAndCountries() {
    change(
        "a000000000000007", article("a000000000000007", "2024-07-01", "c8 USA CHN Active space"));
    assertEquals(1, tally("space", CHN));
    assertEquals(3, tally("climate", USA), "c1, c2 and c4");
    assertEquals(4, tally("climate", null), "c1 to c4");

    change("a000000000000001", null);
    assertEquals(2, tally("climate", USA), "c2 and c4");
    assertEquals(3, tally("climate", null));

    // Germany stays a participant of c9, but the only article that says it is a country goes.
    change(
        "a000000000000008",
        article("a000000000000008", "2024-08-01", "c9 DEU JPN Active")
            .replace(country("DEU") + " a schema:Country ;", country("DEU")));
    assertEquals(2, tally("climate", DEU), "c3 and c9");
    change("a000000000000003", null);
    assertEquals(0, tally("climate", DEU), "Germany is no country any more");
    assertEquals(2, tally("climate", JPN), "c4 and c9");
  }

  /** The count of the stored tally of cooperations on {@code topic} (with {@code country}). */
  private long tally(String topic, Node country) {
    Node t = Iris.topic(topic).asNode();
    return Tallies.held(
            stored(), country == null ? Tallies.Key.topic(t) : Tallies.Key.country(t, country))
        .cooperations();
  }

  /**
   * Replaces article graph {@code id} by {@code turtle} (or removes it when null), updates the
   * merged graph for the change, and checks it against a whole computation.
   */
  private void change(String id, String turtle) {
    Node name = Iris.articleGraph(id).asNode();
    MergedGraphChanges changes = new MergedGraphChanges();
    if (dsg.containsGraph(name)) {
      changes.addFrom(dsg.getGraph(name));
      dsg.removeGraph(name);
    }
    if (turtle != null) {
      changes.addFrom(put(id, turtle));
    }
    MergedGraph.update(dsg, MERGED, changes);
    Graph expected = GraphFactory.createGraphMem();
    MergedGraph.compute(dsg).getGraph().find().forEachRemaining(expected::add);
    GraphAssert.assertIsomorphic(expected, stored());
  }

  private Graph put(String id, String turtle) {
    Model model = ModelFactory.createDefaultModel();
    model.read(new StringReader(turtle), null, "TTL");
    Node name = Iris.articleGraph(id).asNode();
    model
        .getGraph()
        .find()
        .forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    return model.getGraph();
  }

  private Graph stored() {
    return dsg.getGraph(MERGED);
  }

  private boolean holds(Node x, Node y) {
    boolean there = stored().contains(x, COOPERATES_WITH, y);
    assertEquals(there, stored().contains(y, COOPERATES_WITH, x), "both directions");
    return there;
  }

  /**
   * An article graph in the shape the mapper gives, reduced to what the merged graph reads: the
   * article and its date, one cooperation per {@code "NAME X Y STATUS [TOPIC]"} (topic climate if
   * none is given) with one mention, and the two countries of each.
   */
  private static String article(String id, String published, String... cooperations) {
    StringBuilder ttl =
        new StringBuilder(
            """
            PREFIX sd: <https://w3id.org/sdkg/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """);
    String article = "<" + Iris.article(id).getURI() + ">";
    ttl.append(article)
        .append(" a schema:NewsArticle ; schema:datePublished \"")
        .append(published)
        .append("\"^^xsd:date .\n");
    int start = 0;
    for (String cooperation : cooperations) {
      String[] parts = cooperation.split(" ");
      String mention = "<" + Iris.mention(id, start, start + 10, 0).getURI() + ">";
      // The name stands for the topic, so each names its own cooperation between the two.
      Resource node =
          Iris.cooperation(
              new CooperationKey(
                  RelationKind.COOPERATION, List.of(parts[1], parts[2]), parts[0], ""));
      ttl.append("<").append(node.getURI()).append("> a sd:Cooperation ; sd:participant ");
      ttl.append(country(parts[1])).append(", ").append(country(parts[2]));
      String topic = parts.length > 4 ? parts[4] : "climate";
      ttl.append(" ; sd:topic <").append(Iris.topic(topic).getURI()).append(">");
      ttl.append(" ; sd:mention ").append(mention).append(" .\n");
      ttl.append(mention).append(" prov:wasDerivedFrom ").append(article);
      ttl.append(" ; sd:start ").append(start).append(" ; sd:reportedStatus sd:");
      ttl.append(parts[3]).append(" .\n");
      for (String alpha3 : new String[] {parts[1], parts[2]}) {
        ttl.append(country(alpha3)).append(" a schema:Country ; schema:name \"");
        ttl.append(alpha3).append(" name\" ; sd:alpha3 \"").append(alpha3).append("\" .\n");
      }
      start += 100;
    }
    return ttl.toString();
  }

  private static String country(String alpha3) {
    return "<" + Iris.country(alpha3).getURI() + ">";
  }
}
