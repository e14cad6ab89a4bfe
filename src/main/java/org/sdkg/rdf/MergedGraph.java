package org.sdkg.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.sdkg.ontology.SD;

/**
 * Computes the merged graph from the article graphs of a dataset: each cooperation once, with
 * {@code sd:mentionCount} and a link to every mention in every article; the entities; and {@code
 * sd:cooperatesWith} between countries. Where reports differ, the latest report wins for the
 * single-valued facts ({@code sd:status}, {@code sd:date}: latest publication date, then article,
 * then position in the text); every speaker is kept; the unnamed-partner count is the largest
 * given.
 */
public final class MergedGraph {
  /**
   * Subjects per slice of {@link #recompute}. On the 10,000-article store, slices of 100, 1,000 and
   * 10,000 subjects took about the same time (the queries are evaluated subject by subject whatever
   * the slice), and the largest heap after GC was 33, 36 and 280 MB.
   */
  public static final int SLICE = 1_000;

  static final Node COUNTRY = SD.Schema.Country.asNode();
  static final List<Node> SUMMARISED_TYPES =
      List.of(
          SD.Cooperation.asNode(),
          COUNTRY,
          SD.Schema.Organization.asNode(),
          SD.Schema.Person.asNode(),
          SD.Schema.ResearchProject.asNode());

  private MergedGraph() {}

  /** The merged graph of the article graphs in {@code dsg} (call inside a read transaction). */
  public static Model compute(DatasetGraph dsg) {
    Model merged = about(dsg, Optional.empty());
    merged.add(
        construct(DatasetGraphFactory.wrap(merged.getGraph()), load("merged-cooperates-with.rq")));
    return merged;
  }

  /**
   * Makes graph {@code name} the merged graph of {@code dsg}'s article graphs, whatever it held
   * before, holding at most {@link #SLICE} subjects' statements at a time; see {@link
   * #recompute(DatasetGraph, Node, int)}. Call inside a write transaction.
   */
  public static void recompute(DatasetGraph dsg, Node name) {
    recompute(dsg, name, SLICE);
  }

  /**
   * Makes graph {@code name} the merged graph of {@code dsg}'s article graphs, the graph {@link
   * #compute} gives (asserted by tests), without ever holding all of it: at 100,000 articles it is
   * about 9 million triples. The statements about {@code sliceSize} subjects at a time are computed
   * with {@link #update}'s restricted queries and written by their differences from what is stored,
   * so an unchanged merged graph costs reads only. What is held throughout is the set of summarised
   * subjects (an IRI each) and the country pairs. Call inside a write transaction.
   */
  public static void recompute(DatasetGraph dsg, Node name, int sliceSize) {
    MergedGraphRecomputation.run(dsg, name, sliceSize);
  }

  /**
   * Adds to {@code into} the IRIs in {@code graph} that the merged graph says something about: the
   * cooperations and the entities (countries, organisations, people, projects).
   */
  public static void summarisedSubjects(Graph graph, Set<Node> into) {
    for (Node type : SUMMARISED_TYPES) {
      graph.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> into.add(t.getSubject()));
    }
  }

  /**
   * Brings graph {@code name}, the merged graph of {@code dsg}'s article graphs before some of them
   * changed, up to date, when {@code touched} holds the {@link #summarisedSubjects} of every
   * article graph added, replaced or removed since (of its old and of its new content). Everything
   * the merged graph says about one cooperation or entity comes from the article graphs that
   * mention it, so only the touched subjects are computed again, with the queries of {@link
   * #compute} restricted to them; then {@code sd:cooperatesWith} is settled again for every country
   * that is touched or took part in a touched cooperation, before or after. The result is the graph
   * {@link #compute} gives (asserted by tests), at a cost that follows the change, not the store.
   * Call inside a write transaction.
   */
  public static void update(DatasetGraph dsg, Node name, Set<Node> touched) {
    Graph stored = dsg.getGraph(name);
    Model fresh = about(dsg, Optional.of(touched));
    Set<Node> countries = new HashSet<>();
    for (Graph g : List.of(stored, fresh.getGraph())) {
      for (Node subject : touched) {
        if (g.contains(subject, RDF.type.asNode(), COUNTRY)) {
          countries.add(subject);
        }
        g.find(subject, SD.participant.asNode(), Node.ANY)
            .filterKeep(t -> g.contains(t.getObject(), RDF.type.asNode(), COUNTRY))
            .forEach(t -> countries.add(t.getObject()));
      }
    }

    List<Triple> gone = new ArrayList<>();
    for (Node subject : touched) {
      stored.find(subject, Node.ANY, Node.ANY).forEach(gone::add);
    }
    for (Node country : countries) {
      stored.find(country, SD.cooperatesWith.asNode(), Node.ANY).forEach(gone::add);
      stored.find(Node.ANY, SD.cooperatesWith.asNode(), country).forEach(gone::add);
    }
    gone.forEach(stored::delete);
    GraphUtil.addInto(stored, fresh.getGraph());
    List<Triple> partners = new ArrayList<>();
    for (Node country : countries) {
      cooperatesWith(stored, country, partners);
    }
    partners.forEach(stored::add);
  }

  /**
   * Adds {@code country sd:cooperatesWith y} and its inverse for every country {@code y} that
   * {@code merged-cooperates-with.rq} pairs it with: both take part in a cooperation whose status
   * is not proposed. That query, restricted to one country, is slow on a graph of the store (ARQ's
   * generic join order starts from all cooperations), so the same rule is followed here by index
   * look-ups; tests assert that both give the same graph.
   */
  private static void cooperatesWith(Graph merged, Node country, List<Triple> into) {
    if (!merged.contains(country, RDF.type.asNode(), COUNTRY)) {
      return;
    }
    Node cooperatesWith = SD.cooperatesWith.asNode();
    merged
        .find(Node.ANY, SD.participant.asNode(), country)
        .mapWith(Triple::getSubject)
        .forEach(
            cooperation -> {
              for (Node y :
                  countryParticipants(
                      merged, cooperation, n -> merged.contains(n, RDF.type.asNode(), COUNTRY))) {
                if (!y.equals(country)) {
                  into.add(Triple.create(country, cooperatesWith, y));
                  into.add(Triple.create(y, cooperatesWith, country));
                }
              }
            });
  }

  /**
   * The countries that {@code merged-cooperates-with.rq} pairs through {@code cooperation}: its
   * participants that {@code isCountry}, when {@code merged} says it is a cooperation with a status
   * other than proposed; otherwise none.
   */
  static List<Node> countryParticipants(Graph merged, Node cooperation, Predicate<Node> isCountry) {
    boolean counts =
        merged.contains(cooperation, RDF.type.asNode(), SD.Cooperation.asNode())
            && merged
                .find(cooperation, SD.status.asNode(), Node.ANY)
                .filterDrop(t -> t.getObject().equals(SD.Proposed.asNode()))
                .hasNext();
    if (!counts) {
      return List.of();
    }
    return merged
        .find(cooperation, SD.participant.asNode(), Node.ANY)
        .mapWith(Triple::getObject)
        .filterKeep(isCountry)
        .toList();
  }

  /**
   * The merged graph's statements about cooperations and entities: all of them, or only about the
   * given subjects.
   */
  static Model about(DatasetGraph dsg, Optional<Collection<Node>> subjects) {
    Model merged = ModelFactory.createDefaultModel();
    aboutCooperations(dsg, subjects, merged);
    aboutEntities(dsg, subjects, merged);
    return merged;
  }

  /** Adds the merged graph's statements about the given cooperations to {@code merged}. */
  static void aboutCooperations(
      DatasetGraph dsg, Optional<Collection<Node>> cooperations, Model merged) {
    merged.add(
        construct(dsg, restricted(load("merged-cooperations.rq"), "cooperation", cooperations)));
    settleReports(dsg, merged, cooperations);
    Query unnamed = restricted(load("merged-unnamed-partners.rq"), "cooperation", cooperations);
    for (QuerySolution row : SparqlFiles.select(dsg, unnamed, Map.of())) {
      merged.add(row.getResource("cooperation"), SD.unnamedPartners, row.getLiteral("partners"));
    }
  }

  /** Adds the merged graph's statements about the given entities to {@code merged}. */
  static void aboutEntities(DatasetGraph dsg, Optional<Collection<Node>> entities, Model merged) {
    merged.add(construct(dsg, restricted(load("merged-entities.rq"), "entity", entities)));
  }

  private record Report(
      Resource mention,
      String published,
      String article,
      long start,
      RDFNode status,
      Literal date) {}

  private static void settleReports(
      DatasetGraph dsg, Model merged, Optional<Collection<Node>> cooperations) {
    Map<Resource, List<Report>> byCooperation = new HashMap<>();
    Query query = restricted(load("merged-reports.rq"), "cooperation", cooperations);
    for (QuerySolution row : SparqlFiles.select(dsg, query, Map.of())) {
      Resource cooperation = row.getResource("cooperation");
      byCooperation
          .computeIfAbsent(cooperation, k -> new ArrayList<>())
          .add(
              new Report(
                  row.getResource("mention"),
                  row.getLiteral("published").getLexicalForm(),
                  row.getResource("article").getURI(),
                  row.getLiteral("start").getLong(),
                  row.get("status"),
                  row.contains("date") ? row.getLiteral("date") : null));
      if (row.contains("speaker")) {
        merged.add(cooperation, SD.statedBy, row.getResource("speaker"));
      }
    }
    Comparator<Report> chronological =
        Comparator.comparing(Report::published)
            .thenComparing(Report::article)
            .thenComparingLong(Report::start)
            .thenComparing(r -> r.mention().getURI());
    byCooperation.forEach(
        (cooperation, reports) -> {
          reports.sort(chronological);
          long mentions = reports.stream().map(Report::mention).distinct().count();
          merged.addLiteral(cooperation, SD.mentionCount, Literals.integer(mentions));
          Report latest = reports.get(reports.size() - 1);
          merged.add(cooperation, SD.status, latest.status());
          reports.stream()
              .filter(r -> r.date() != null)
              .reduce((first, second) -> second)
              .ifPresent(r -> merged.add(cooperation, SD.date, r.date()));
        });
  }

  static Query load(String name) {
    return SparqlFiles.load(MergedGraph.class, name);
  }

  private static Query restricted(Query query, String variable, Optional<Collection<Node>> values) {
    return values.map(v -> SparqlFiles.restrict(query, variable, v)).orElse(query);
  }

  private static Model construct(DatasetGraph dsg, Query query) {
    return ModelFactory.createModelForGraph(SparqlFiles.construct(dsg, query, Map.of()));
  }
}
