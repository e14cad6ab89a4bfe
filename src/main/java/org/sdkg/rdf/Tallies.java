package org.sdkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * The merged graph's tallies ({@code sd:TopicTally}, {@code sd:CountryTally}, {@code
 * sd:PairTally}): how many cooperations it holds on each topic, and how many mentions report them:
 * in all, per country taking part, and per pair of participants. Counting every cooperation of a
 * store costs a query a second or more at 30,000 articles (a B+tree descent and an expression per
 * cooperation, whatever the query's shape); the matrix, countries, topics and network queries read
 * the tallies instead. A cooperation ({@code sd:Cooperation}) counts once on each of its topics
 * (the shapes allow one): in all, for each participant that is a country ({@code schema:Country}),
 * and for each pair of its participants.
 *
 * <p>Counts are gathered by {@link #count} with a sign, so that an update can subtract what touched
 * cooperations counted before a change and add what they count after it.
 */
final class Tallies {
  private static final Node TYPE = RDF.type.asNode();
  private static final Node COOPERATION = SD.Cooperation.asNode();
  private static final Node TOPIC = SD.topic.asNode();
  private static final Node PARTICIPANT = SD.participant.asNode();
  private static final Node MENTION = SD.mention.asNode();
  private static final Node COOPERATIONS = SD.cooperationCount.asNode();
  private static final Node MENTIONS = SD.tallyMentionCount.asNode();

  /** A tally's class by the number of its participants. */
  private static final List<Node> CLASSES =
      List.of(SD.TopicTally.asNode(), SD.CountryTally.asNode(), SD.PairTally.asNode());

  /** The properties naming a tally's participants, by their number. */
  private static final List<List<Node>> PROPERTIES =
      List.of(
          List.of(),
          List.of(SD.tallyCountry.asNode()),
          List.of(SD.tallyPartner.asNode(), SD.tallyOtherPartner.asNode()));

  /**
   * What one tally counts: the cooperations on {@code topic} that all of {@code participants} take
   * part in: none (all cooperations on the topic), one country, or a pair (in IRI order).
   */
  record Key(Node topic, List<Node> participants) {
    Key {
      participants = List.copyOf(participants);
    }

    static Key topic(Node topic) {
      return new Key(topic, List.of());
    }

    static Key country(Node topic, Node country) {
      return new Key(topic, List.of(country));
    }

    static Key pair(Node topic, Node one, Node other) {
      return new Key(
          topic,
          one.getURI().compareTo(other.getURI()) <= 0 ? List.of(one, other) : List.of(other, one));
    }

    Node iri() {
      return Iris.tally(topic, participants).asNode();
    }
  }

  /** What a tally counts: cooperations, and the mentions that report them. */
  record Count(long cooperations, long mentions) {
    static final Count NONE = new Count(0, 0);

    Count plus(Count other) {
      return new Count(cooperations + other.cooperations, mentions + other.mentions);
    }
  }

  private final Map<Key, Count> counts = new HashMap<>();

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
   * Adds {@code sign} times {@code cooperation} and its mentions to every tally it counts in, as
   * {@code merged} describes it now and with the participants {@code isCountry} accepts; nothing if
   * it is not a cooperation.
   */
  void count(Graph merged, Node cooperation, Predicate<Node> isCountry, int sign) {
    if (!merged.contains(cooperation, TYPE, COOPERATION)) {
      return;
    }
    List<Node> participants =
        merged.find(cooperation, PARTICIPANT, Node.ANY).mapWith(Triple::getObject).toList();
    Count one = new Count(sign, sign * mentions(merged, cooperation));
    for (Node topic :
        merged.find(cooperation, TOPIC, Node.ANY).mapWith(Triple::getObject).toList()) {
      add(Key.topic(topic), one);
      for (int i = 0; i < participants.size(); i++) {
        Node participant = participants.get(i);
        if (isCountry.test(participant)) {
          add(Key.country(topic, participant), one);
        }
        for (int j = i + 1; j < participants.size(); j++) {
          add(Key.pair(topic, participant, participants.get(j)), one);
        }
      }
    }
  }

  /**
   * Adds {@code sign} times each cooperation of {@code merged} that {@code country} takes part in,
   * but those in {@code skip}, to the tallies of {@code country}: for a subject that started
   * ({@code +1}) or stopped ({@code -1}) being a country while those cooperations stayed as they
   * were.
   */
  void countAsCountry(Graph merged, Node country, int sign, Set<Node> skip) {
    for (Node cooperation :
        merged.find(Node.ANY, PARTICIPANT, country).mapWith(Triple::getSubject).toList()) {
      if (skip.contains(cooperation) || !merged.contains(cooperation, TYPE, COOPERATION)) {
        continue;
      }
      Count one = new Count(sign, sign * mentions(merged, cooperation));
      for (Node topic :
          merged.find(cooperation, TOPIC, Node.ANY).mapWith(Triple::getObject).toList()) {
        add(Key.country(topic, country), one);
      }
    }
  }

  private static long mentions(Graph merged, Node cooperation) {
    return merged.find(cooperation, MENTION, Node.ANY).toList().size();
  }

  void add(Key key, Count count) {
    counts.merge(key, count, Count::plus);
  }

  /**
   * Adds to {@code gone} and {@code come} the writes that move {@code merged}'s tallies by these
   * counts (what touched cooperations count after a change less what they counted before). A count
   * that would fall below 0 means the stored tally was not this store's (a stale store): it is
   * counted again from the cooperations. Reads only.
   */
  void movesIn(Graph merged, List<Triple> gone, List<Triple> come) {
    counts.forEach(
        (key, change) -> {
          if (!change.equals(Count.NONE)) {
            Count now = held(merged, key).plus(change);
            if (now.cooperations() < 0 || now.mentions() < 0) {
              now = recount(merged, key);
            }
            difference(merged, key, now, gone, come);
          }
        });
  }

  /**
   * Adds to {@code gone} and {@code come} the writes that make {@code merged}'s tally {@code key}
   * count {@code count} (none for no cooperation). Reads only.
   */
  static void difference(Graph merged, Key key, Count count, List<Triple> gone, List<Triple> come) {
    Set<Triple> wanted = new HashSet<>(triples(key, count));
    for (Triple held : merged.find(key.iri(), Node.ANY, Node.ANY).toList()) {
      if (!wanted.remove(held)) {
        gone.add(held);
      }
    }
    come.addAll(wanted);
  }

  /** The counts gathered, by tally; an update's may be negative or 0. */
  Map<Key, Count> counts() {
    return counts;
  }

  /** All the tally triples, for tallies that count a cooperation. */
  List<Triple> triples() {
    List<Triple> triples = new ArrayList<>();
    counts.forEach((key, count) -> triples.addAll(triples(key, count)));
    return triples;
  }

  /** The triples of the tally {@code key} when it counts {@code count}: none for no cooperation. */
  static List<Triple> triples(Key key, Count count) {
    if (count.cooperations() <= 0) {
      return List.of();
    }
    Node tally = key.iri();
    List<Node> participants = key.participants();
    List<Triple> triples = new ArrayList<>(6);
    triples.add(Triple.create(tally, TYPE, CLASSES.get(participants.size())));
    triples.add(Triple.create(tally, SD.tallyTopic.asNode(), key.topic()));
    for (int i = 0; i < participants.size(); i++) {
      triples.add(
          Triple.create(tally, PROPERTIES.get(participants.size()).get(i), participants.get(i)));
    }
    triples.add(Triple.create(tally, COOPERATIONS, integer(count.cooperations())));
    triples.add(Triple.create(tally, MENTIONS, integer(count.mentions())));
    return triples;
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  /** What {@code merged}'s tally {@code key} counts, nothing when there is none. */
  static Count held(Graph merged, Key key) {
    Node tally = key.iri();
    return new Count(number(merged, tally, COOPERATIONS), number(merged, tally, MENTIONS));
  }

  private static long number(Graph merged, Node tally, Node property) {
    List<Triple> held = merged.find(tally, property, Node.ANY).toList();
    if (held.size() != 1 || !(held.get(0).getObject().getLiteralValue() instanceof Number n)) {
      return 0;
    }
    return n.longValue();
  }

  /**
   * What tally {@code key} counts in {@code merged} now, counted from its cooperations: for a
   * stored tally that an update's differences cannot be trusted to bring right.
   */
  static Count recount(Graph merged, Key key) {
    Predicate<Node> isCountry = node -> merged.contains(node, TYPE, MergedGraph.COUNTRY);
    Tallies tallies = new Tallies();
    List<Node> cooperations =
        key.participants().isEmpty()
            ? merged.find(Node.ANY, TOPIC, key.topic()).mapWith(Triple::getSubject).toList()
            : merged
                .find(Node.ANY, PARTICIPANT, key.participants().get(0))
                .mapWith(Triple::getSubject)
                .toList();
    for (Node cooperation : cooperations) {
      tallies.count(merged, cooperation, isCountry, 1);
    }
    return tallies.counts.getOrDefault(key, Count.NONE);
  }
}
