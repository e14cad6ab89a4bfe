package org.sdkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.sdkg.ontology.SD;

/**
 * The merged graph's tallies ({@code sd:CooperationTally}): how many cooperations it holds on each
 * topic, in all and per country taking part. Counting every cooperation of a store costs a query a
 * second or more at 30,000 articles (a B+tree descent and an expression per cooperation, whatever
 * the query's shape); the matrix, countries and topics queries read the tallies instead, a few
 * thousand at most. A cooperation ({@code sd:Cooperation}) counts once on each of its topics (the
 * shapes allow one), in all and for each participant that is a country ({@code schema:Country}).
 *
 * <p>Counts are gathered by {@link #count} with a sign, so that an update can subtract what touched
 * cooperations counted before a change and add what they count after it.
 */
final class Tallies {
  private static final Node TYPE = RDF.type.asNode();
  private static final Node COOPERATION = SD.Cooperation.asNode();
  private static final Node TOPIC = SD.topic.asNode();
  private static final Node PARTICIPANT = SD.participant.asNode();
  private static final Node COUNT = SD.cooperationCount.asNode();

  /** What one tally counts: the cooperations on {@code topic}, with {@code country} if not null. */
  record Key(Node topic, Node country) {
    Node iri() {
      return Iris.tally(topic, country).asNode();
    }
  }

  private final Map<Key, Long> counts = new HashMap<>();

  /** The tallies of {@code merged}, every cooperation in it counted. */
  static Tallies of(Graph merged) {
    Tallies tallies = new Tallies();
    Predicate<Node> isCountry = node -> merged.contains(node, TYPE, MergedGraph.COUNTRY);
    for (Node cooperation :
        merged.find(Node.ANY, TYPE, COOPERATION).mapWith(Triple::getSubject).toList()) {
      tallies.count(merged, cooperation, isCountry, 1);
    }
    return tallies;
  }

  /**
   * Adds {@code sign} to every tally {@code cooperation} counts in, as {@code merged} describes it
   * now and with the participants {@code isCountry} accepts; nothing if it is not a cooperation.
   */
  void count(Graph merged, Node cooperation, Predicate<Node> isCountry, int sign) {
    if (!merged.contains(cooperation, TYPE, COOPERATION)) {
      return;
    }
    Set<Node> countries = new LinkedHashSet<>();
    merged
        .find(cooperation, PARTICIPANT, Node.ANY)
        .mapWith(Triple::getObject)
        .filterKeep(isCountry)
        .forEach(countries::add);
    for (Node topic :
        merged.find(cooperation, TOPIC, Node.ANY).mapWith(Triple::getObject).toList()) {
      add(new Key(topic, null), sign);
      for (Node country : countries) {
        add(new Key(topic, country), sign);
      }
    }
  }

  void add(Key key, long n) {
    counts.merge(key, n, Long::sum);
  }

  /** The counts gathered, by tally; an update's may be negative or 0. */
  Map<Key, Long> counts() {
    return counts;
  }

  /** All the tally triples, for counts above 0. */
  List<Triple> triples() {
    List<Triple> triples = new ArrayList<>();
    counts.forEach((key, n) -> triples.addAll(triples(key, n)));
    return triples;
  }

  /** The triples of the tally {@code key} when it counts {@code n}: none when {@code n} is 0. */
  static List<Triple> triples(Key key, long n) {
    if (n <= 0) {
      return List.of();
    }
    Node tally = key.iri();
    List<Triple> triples = new ArrayList<>(4);
    triples.add(Triple.create(tally, TYPE, SD.CooperationTally.asNode()));
    triples.add(Triple.create(tally, SD.tallyTopic.asNode(), key.topic()));
    if (key.country() != null) {
      triples.add(Triple.create(tally, SD.tallyCountry.asNode(), key.country()));
    }
    triples.add(
        Triple.create(
            tally, COUNT, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger)));
    return triples;
  }

  /** The count {@code merged}'s tally {@code key} holds, 0 when there is none. */
  static long held(Graph merged, Key key) {
    List<Triple> held = merged.find(key.iri(), COUNT, Node.ANY).toList();
    if (held.size() != 1 || !(held.get(0).getObject().getLiteralValue() instanceof Number n)) {
      return 0;
    }
    return n.longValue();
  }

  /**
   * What tally {@code key} counts in {@code merged} now, counted from its cooperations: for a
   * stored tally that an update's differences cannot be trusted to bring right.
   */
  static long recount(Graph merged, Key key) {
    Predicate<Node> isCountry = node -> merged.contains(node, TYPE, MergedGraph.COUNTRY);
    Tallies tallies = new Tallies();
    List<Node> cooperations =
        key.country() == null
            ? merged.find(Node.ANY, TOPIC, key.topic()).mapWith(Triple::getSubject).toList()
            : merged
                .find(Node.ANY, PARTICIPANT, key.country())
                .mapWith(Triple::getSubject)
                .toList();
    for (Node cooperation : cooperations) {
      tallies.count(merged, cooperation, isCountry, 1);
    }
    return tallies.counts.getOrDefault(key, 0L);
  }
}
