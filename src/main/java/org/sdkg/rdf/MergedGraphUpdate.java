package org.sdkg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.sdkg.ontology.SD;

/**
 * {@link MergedGraph#update}: the merged graph brought up to date for what a few changed article
 * graphs touch ({@link MergedGraphChanges}), written by its differences from what is stored. The
 * statements about the touched cooperations are computed again from all their reports, with {@link
 * MergedGraph#compute}'s queries restricted to them. An entity's statements are a union over the
 * article graphs that describe it, so each statement a changed graph held or holds is looked up
 * (one index range, to the first article graph that still states it) instead of reading the
 * entity's description in every article again. {@code sd:cooperatesWith} spans subjects, so it is
 * settled pair by pair: only a pair of participants of a touched cooperation (before or after the
 * change) can gain or lose it, unless a touched subject stopped or started being a country.
 *
 * <p>The previous update settled every partner of every touched country again, deleting and adding
 * all their pairs, and computed each touched entity's description from every article graph: one
 * article that mentions the United States rewrote hundreds of pairs and read thousands of its
 * cooperations and descriptions: 1 to 4 s of a build that changed one article of 10,000.
 */
final class MergedGraphUpdate {
  private static final Node COOPERATES_WITH = SD.cooperatesWith.asNode();
  private static final Node PARTICIPANT = SD.participant.asNode();
  private static final Node TYPE = RDF.type.asNode();

  /** Two different nodes, in no particular order. */
  private record Pair(Node one, Node other) {
    static Pair of(Node a, Node b) {
      return a.toString().compareTo(b.toString()) <= 0 ? new Pair(a, b) : new Pair(b, a);
    }
  }

  private final DatasetGraph dsg;
  private final Graph stored;

  /** The touched cooperations and entities. */
  private final Set<Node> touched = new HashSet<>();

  private final Set<Pair> pairs = new HashSet<>();

  /** Triples deleted and added so far. */
  private long deleted;

  private long added;

  private MergedGraphUpdate(DatasetGraph dsg, Node name) {
    this.dsg = dsg;
    this.stored = dsg.getGraph(name);
  }

  static MergedGraph.Difference run(DatasetGraph dsg, Node name, MergedGraphChanges changes) {
    Set<Node> cooperations = changes.cooperations();
    Graph fresh = MergedGraph.about(dsg, Optional.of(cooperations)).getGraph();
    MergedGraphUpdate update = new MergedGraphUpdate(dsg, name);
    update.touched.addAll(cooperations);
    update.touched.addAll(changes.entities());
    long cooperationsBefore = update.touchedOfType(List.of(SD.Cooperation.asNode()));
    long entitiesBefore = update.touchedOfType(MergedGraph.ENTITY_TYPES);
    Set<Node> before = update.touchedCountries();
    update.notePairs();
    // What the touched cooperations counted in the tallies before the change goes; what they count
    // after it comes (below).
    Tallies tallies = new Tallies();
    for (Node cooperation : cooperations) {
      tallies.count(update.stored, cooperation, update::isCountry, -1);
    }
    update.writeStatements(cooperations, fresh);
    // A subject that is also a cooperation (none so far) had all its statements computed above.
    update.settleEntityStatements(
        changes.entityStatements().stream()
            .filter(t -> !cooperations.contains(t.getSubject()))
            .toList());
    update.notePairs();
    for (Node cooperation : cooperations) {
      tallies.count(update.stored, cooperation, update::isCountry, 1);
    }
    Set<Node> after = update.touchedCountries();
    for (Node subject : update.touched) {
      boolean wasCountry = before.contains(subject);
      boolean isCountry = after.contains(subject);
      if (!wasCountry || !isCountry) {
        // The rule gives them no pair: any they hold goes (none, unless the store is stale).
        update.notePartners(subject);
      }
      if (wasCountry != isCountry) {
        update.noteParticipations(subject);
        tallies.countAsCountry(update.stored, subject, isCountry ? 1 : -1, cooperations);
      }
    }
    update.settlePairs();
    List<Triple> gone = new ArrayList<>();
    List<Triple> come = new ArrayList<>();
    tallies.movesIn(update.stored, gone, come);
    update.write(gone, come);
    return new MergedGraph.Difference(
        update.added - update.deleted,
        update.touchedOfType(List.of(SD.Cooperation.asNode())) - cooperationsBefore,
        update.touchedOfType(MergedGraph.ENTITY_TYPES) - entitiesBefore);
  }

  /**
   * How many touched subjects the stored graph types with one of {@code types}: only their
   * statements change, so the change in this number is the change in the whole graph's.
   */
  private long touchedOfType(List<Node> types) {
    return touched.stream()
        .filter(s -> types.stream().anyMatch(type -> stored.contains(s, TYPE, type)))
        .count();
  }

  private Set<Node> touchedCountries() {
    Set<Node> countries = new HashSet<>();
    for (Node subject : touched) {
      if (stored.contains(subject, TYPE, MergedGraph.COUNTRY)) {
        countries.add(subject);
      }
    }
    return countries;
  }

  /** Notes the pairs of participants of every touched subject, as the stored graph has them now. */
  private void notePairs() {
    for (Node subject : touched) {
      List<Node> participants = objects(subject, PARTICIPANT);
      for (int i = 0; i < participants.size(); i++) {
        for (int j = i + 1; j < participants.size(); j++) {
          if (!participants.get(i).equals(participants.get(j))) {
            pairs.add(Pair.of(participants.get(i), participants.get(j)));
          }
        }
      }
    }
  }

  /** Notes the pairs {@code subject} makes with the other participants of its cooperations. */
  private void noteParticipations(Node subject) {
    for (Node cooperation : subjects(PARTICIPANT, subject)) {
      for (Node other : objects(cooperation, PARTICIPANT)) {
        if (!other.equals(subject)) {
          pairs.add(Pair.of(subject, other));
        }
      }
    }
  }

  /** Notes the pairs {@code subject} holds {@code sd:cooperatesWith} in, either direction. */
  private void notePartners(Node subject) {
    for (Node other : objects(subject, COOPERATES_WITH)) {
      if (!other.equals(subject)) {
        pairs.add(Pair.of(subject, other));
      }
    }
    for (Node other : subjects(COOPERATES_WITH, subject)) {
      if (!other.equals(subject)) {
        pairs.add(Pair.of(subject, other));
      }
    }
  }

  /**
   * Writes the statements about {@code subjects}, but {@code sd:cooperatesWith}, by their
   * differences from the stored ones: deletions first, so that a literal TDB2 keeps in another
   * lexical form (it inlines numbers) is deleted and added again rather than lost.
   */
  private void writeStatements(Set<Node> subjects, Graph fresh) {
    Set<Triple> old = new HashSet<>();
    for (Node subject : subjects) {
      stored
          .find(subject, Node.ANY, Node.ANY)
          .filterDrop(MergedGraph::settledByRule)
          .forEach(old::add);
    }
    List<Triple> gone = old.stream().filter(t -> !fresh.contains(t)).toList();
    List<Triple> come =
        fresh.find().filterDrop(MergedGraph::settledByRule).filterDrop(old::contains).toList();
    write(gone, come);
  }

  /**
   * Gives the merged graph each of {@code candidates} (statements about entities that a changed
   * article graph held or holds) exactly when an article graph that describes the entity states it
   * now, as {@code merged-entities.rq} would.
   */
  private void settleEntityStatements(List<Triple> candidates) {
    Settlement settlement = new Settlement();
    for (Triple t : candidates) {
      settlement.want(t, statedByAnArticleDescribing(t));
    }
    write(settlement.gone, settlement.come);
  }

  private boolean statedByAnArticleDescribing(Triple t) {
    Node entity = t.getSubject();
    Iterator<Quad> stating = dsg.find(Node.ANY, entity, t.getPredicate(), t.getObject());
    try {
      while (stating.hasNext()) {
        Node graph = stating.next().getGraph();
        if (Iris.isArticleGraph(graph) && describes(graph, entity)) {
          return true;
        }
      }
      return false;
    } finally {
      Iter.close(stating);
    }
  }

  private boolean describes(Node graph, Node entity) {
    for (Node type : MergedGraph.ENTITY_TYPES) {
      if (dsg.contains(graph, entity, TYPE, type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives each noted pair {@code sd:cooperatesWith} in both directions exactly when {@code
   * merged-cooperates-with.rq} would: both are countries and take part in a cooperation whose
   * status is not proposed. Every read is finished before the writes (TDB2 refuses writes to an
   * index being iterated).
   */
  private void settlePairs() {
    Settlement settlement = new Settlement();
    for (Pair pair : pairs) {
      boolean wanted =
          isCountry(pair.one()) && isCountry(pair.other()) && cooperate(pair.one(), pair.other());
      settlement.want(Triple.create(pair.one(), COOPERATES_WITH, pair.other()), wanted);
      settlement.want(Triple.create(pair.other(), COOPERATES_WITH, pair.one()), wanted);
    }
    write(settlement.gone, settlement.come);
  }

  /** The triples to delete and to add, gathered while reading, before any is written. */
  private final class Settlement {
    private final List<Triple> gone = new ArrayList<>();
    private final List<Triple> come = new ArrayList<>();

    /** Notes that {@code t} belongs in the merged graph exactly when {@code wanted}. */
    void want(Triple t, boolean wanted) {
      boolean held = stored.contains(t);
      if (held && !wanted) {
        gone.add(t);
      } else if (wanted && !held) {
        come.add(t);
      }
    }
  }

  /**
   * Deletes {@code gone} (all held) and adds {@code come} (none held), counting them: the build
   * summary's triple count follows by these differences instead of a count of the whole store.
   */
  private void write(List<Triple> gone, List<Triple> come) {
    gone.forEach(stored::delete);
    come.forEach(stored::add);
    deleted += gone.size();
    added += come.size();
  }

  private boolean isCountry(Node node) {
    return stored.contains(node, TYPE, MergedGraph.COUNTRY);
  }

  /**
   * Whether some cooperation that counts (typed, with a status other than proposed) has both as
   * participants. Both participants' cooperations are walked in turn, so the walk ends when the
   * shorter list does: a country of the United States' size and a small one cost the small one's.
   */
  private boolean cooperate(Node a, Node b) {
    ExtendedIterator<Triple> ofA = stored.find(Node.ANY, PARTICIPANT, a);
    ExtendedIterator<Triple> ofB = stored.find(Node.ANY, PARTICIPANT, b);
    try {
      while (ofA.hasNext() && ofB.hasNext()) {
        if (counts(ofA.next().getSubject(), b) || counts(ofB.next().getSubject(), a)) {
          return true;
        }
      }
      return false;
    } finally {
      ofA.close();
      ofB.close();
    }
  }

  /** Whether {@code cooperation} counts for the rule and also has {@code other} as participant. */
  private boolean counts(Node cooperation, Node other) {
    return stored.contains(cooperation, PARTICIPANT, other)
        && MergedGraph.counts(stored, cooperation);
  }

  private List<Node> objects(Node subject, Node predicate) {
    return stored.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
  }

  private List<Node> subjects(Node predicate, Node object) {
    return stored.find(Node.ANY, predicate, object).mapWith(Triple::getSubject).toList();
  }
}
