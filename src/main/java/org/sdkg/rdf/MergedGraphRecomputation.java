package org.sdkg.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.sdkg.ontology.SD;

/**
 * {@link MergedGraph#recompute}: the whole merged graph brought into the store slice by slice. A
 * first build used to compute it as one in-memory model (908,001 triples for 10,000 articles, ten
 * times that at 100,000), which does not fit in a 1 GB heap. Everything the merged graph says about
 * a cooperation or an entity comes from the article graphs that mention it, so the subjects can be
 * taken a slice at a time, with the queries {@link MergedGraph#update} uses, and each slice written
 * by its differences before the next is computed. The one statement that spans subjects, {@code
 * sd:cooperatesWith}, is gathered as country pairs while the slices pass (a cooperation's slice
 * holds all the rule of {@code merged-cooperates-with.rq} reads about it, and which subjects are
 * countries is known from the start) and written last. TDB2 refuses writes to an index that is
 * being iterated, so every read is finished before the writes it leads to.
 */
final class MergedGraphRecomputation {
  private static final Node COOPERATES_WITH = SD.cooperatesWith.asNode();

  private final DatasetGraph dsg;
  private final Node name;
  private final Graph stored;

  /**
   * The summarised subjects, in the order TDB2's type index gives them (neighbours share pages):
   * the cooperations, and apart the entities that are not also cooperations. Only a cooperation's
   * slice runs the cooperation queries, only an entity's the entity query, and a subject that is
   * both (none so far) goes with the cooperations and has both run.
   */
  private final Set<Node> cooperations = new LinkedHashSet<>();

  private final Set<Node> entities = new LinkedHashSet<>();
  private final Set<Node> both = new HashSet<>();

  private final Set<Node> countries = new HashSet<>();
  private final Map<Node, Set<Node>> partners = new HashMap<>();

  /** The tallies, counted from each cooperation's slice as it passes; and those stored before. */
  private final Tallies tallies = new Tallies();

  private final Set<Node> storedTallies = new HashSet<>();

  private MergedGraphRecomputation(DatasetGraph dsg, Node name) {
    this.dsg = dsg;
    this.name = name;
    this.stored = dsg.getGraph(name);
  }

  static void run(DatasetGraph dsg, Node name, int sliceSize) {
    if (sliceSize < 1) {
      throw new IllegalArgumentException("slice size must be at least 1, not " + sliceSize);
    }
    MergedGraphRecomputation recomputation = new MergedGraphRecomputation(dsg, name);
    recomputation.listSubjects();
    recomputation.dropStaleSubjects();
    recomputation.writeSlices(recomputation.cooperations, sliceSize);
    recomputation.writeSlices(recomputation.entities, sliceSize);
    recomputation.writePartners();
    recomputation.writeTallies();
  }

  private void listSubjects() {
    for (Node type : MergedGraph.SUMMARISED_TYPES) {
      Iterator<Quad> typed = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), type);
      while (typed.hasNext()) {
        Quad quad = typed.next();
        if (Iris.isArticleGraph(quad.getGraph())) {
          (type.equals(SD.Cooperation.asNode()) ? cooperations : entities).add(quad.getSubject());
          if (type.equals(MergedGraph.COUNTRY)) {
            countries.add(quad.getSubject());
          }
        }
      }
    }
    for (Iterator<Node> i = entities.iterator(); i.hasNext(); ) {
      Node entity = i.next();
      if (cooperations.contains(entity)) {
        both.add(entity);
        i.remove();
      }
    }
  }

  /**
   * Deletes all that the stored merged graph says about subjects no article graph summarises any
   * more (articles removed, or another extraction). Its own subjects are read in full: a stored
   * graph from a killed build or older code need not type them.
   */
  private void dropStaleSubjects() {
    Set<Node> stale = new LinkedHashSet<>();
    Node[] previous = {null};
    stored
        .find()
        .forEachRemaining(
            t -> {
              Node subject = t.getSubject();
              if (!subject.equals(previous[0])) {
                previous[0] = subject;
                if (Iris.isTally(subject)) {
                  storedTallies.add(subject);
                } else if (!cooperations.contains(subject) && !entities.contains(subject)) {
                  stale.add(subject);
                }
              }
            });
    for (Node subject : stale) {
      dsg.deleteAny(name, subject, Node.ANY, Node.ANY);
    }
  }

  private void writeSlices(Collection<Node> subjects, int sliceSize) {
    List<Node> slice = new ArrayList<>(sliceSize);
    for (Node subject : subjects) {
      slice.add(subject);
      if (slice.size() == sliceSize) {
        writeSlice(slice);
        slice.clear();
      }
    }
    if (!slice.isEmpty()) {
      writeSlice(slice);
    }
  }

  /**
   * Computes the statements about {@code slice} and writes the difference from the stored ones:
   * deletions first, so that a literal TDB2 keeps in another lexical form (it inlines numbers) is
   * deleted and added again rather than lost. A country's {@code sd:cooperatesWith} is left to
   * {@link #writePartners}.
   */
  private void writeSlice(Collection<Node> slice) {
    Model model = ModelFactory.createDefaultModel();
    List<Node> sliceCooperations = slice.stream().filter(cooperations::contains).toList();
    if (!sliceCooperations.isEmpty()) {
      MergedGraph.aboutCooperations(dsg, Optional.of(sliceCooperations), model);
    }
    List<Node> sliceEntities =
        slice.stream().filter(s -> entities.contains(s) || both.contains(s)).toList();
    if (!sliceEntities.isEmpty()) {
      MergedGraph.aboutEntities(dsg, Optional.of(sliceEntities), model);
    }
    Graph fresh = model.getGraph();
    notePartners(slice, fresh);
    for (Node cooperation : sliceCooperations) {
      tallies.count(fresh, cooperation, countries::contains, 1);
    }
    Set<Triple> old = new HashSet<>();
    for (Node subject : slice) {
      stored.find(subject, Node.ANY, Node.ANY).filterDrop(this::settledLater).forEach(old::add);
    }
    List<Triple> gone = old.stream().filter(t -> !fresh.contains(t)).toList();
    List<Triple> come =
        fresh.find().filterDrop(this::settledLater).filterDrop(old::contains).toList();
    gone.forEach(stored::delete);
    come.forEach(stored::add);
  }

  private boolean settledLater(Triple t) {
    return t.getPredicate().equals(COOPERATES_WITH) && countries.contains(t.getSubject());
  }

  /**
   * Records the {@code sd:cooperatesWith} pairs the rule gives through each cooperation of the
   * slice.
   */
  private void notePartners(Collection<Node> slice, Graph fresh) {
    for (Node subject : slice) {
      List<Node> parties = MergedGraph.countryParticipants(fresh, subject, countries::contains);
      for (Node x : parties) {
        for (Node y : parties) {
          if (!x.equals(y)) {
            partner(x, y);
          }
        }
      }
    }
  }

  private void partner(Node country, Node other) {
    partners.computeIfAbsent(country, k -> new HashSet<>()).add(other);
  }

  /** Writes each country's {@code sd:cooperatesWith} by its differences from the stored ones. */
  private void writePartners() {
    for (Node country : countries) {
      Set<Node> wanted = partners.getOrDefault(country, Set.of());
      List<Triple> have = stored.find(country, COOPERATES_WITH, Node.ANY).toList();
      Set<Node> had = new HashSet<>();
      for (Triple t : have) {
        had.add(t.getObject());
        if (!wanted.contains(t.getObject())) {
          stored.delete(t);
        }
      }
      for (Node other : wanted) {
        if (!had.contains(other)) {
          stored.add(Triple.create(country, COOPERATES_WITH, other));
        }
      }
    }
  }

  /**
   * Writes the tallies by their differences from the stored ones, one tally at a time (at 100,000
   * articles there are hundreds of thousands); a stored tally that counts nothing any more goes.
   */
  private void writeTallies() {
    for (var tally : tallies.counts().entrySet()) {
      storedTallies.remove(tally.getKey().iri());
      List<Triple> gone = new ArrayList<>();
      List<Triple> come = new ArrayList<>();
      Tallies.difference(stored, tally.getKey(), tally.getValue(), gone, come);
      gone.forEach(stored::delete);
      come.forEach(stored::add);
    }
    for (Node stale : storedTallies) {
      stored.find(stale, Node.ANY, Node.ANY).toList().forEach(stored::delete);
    }
  }
}
