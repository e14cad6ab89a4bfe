package org.sdkg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private static final Node COUNTRY = SD.Schema.Country.asNode();
  private static final List<Node> SUMMARISED_TYPES =
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
    Node participant = SD.participant.asNode();
    Node cooperatesWith = SD.cooperatesWith.asNode();
    merged
        .find(Node.ANY, participant, country)
        .forEach(
            link -> {
              Node cooperation = link.getSubject();
              boolean counts =
                  merged.contains(cooperation, RDF.type.asNode(), SD.Cooperation.asNode())
                      && merged
                          .find(cooperation, SD.status.asNode(), Node.ANY)
                          .filterDrop(t -> t.getObject().equals(SD.Proposed.asNode()))
                          .hasNext();
              if (!counts) {
                return;
              }
              merged
                  .find(cooperation, participant, Node.ANY)
                  .mapWith(Triple::getObject)
                  .filterKeep(
                      y -> !y.equals(country) && merged.contains(y, RDF.type.asNode(), COUNTRY))
                  .forEach(
                      y -> {
                        into.add(Triple.create(country, cooperatesWith, y));
                        into.add(Triple.create(y, cooperatesWith, country));
                      });
            });
  }

  /**
   * The merged graph's statements about cooperations and entities: all of them, or only about the
   * given subjects.
   */
  private static Model about(DatasetGraph dsg, Optional<Set<Node>> subjects) {
    Model merged = ModelFactory.createDefaultModel();
    merged.add(construct(dsg, restricted(load("merged-cooperations.rq"), "cooperation", subjects)));
    merged.add(construct(dsg, restricted(load("merged-entities.rq"), "entity", subjects)));
    settleReports(dsg, merged, subjects);
    Query unnamed = restricted(load("merged-unnamed-partners.rq"), "cooperation", subjects);
    for (QuerySolution row : SparqlFiles.select(dsg, unnamed, Map.of())) {
      merged.add(row.getResource("cooperation"), SD.unnamedPartners, row.getLiteral("partners"));
    }
    return merged;
  }

  private record Report(
      Resource mention,
      String published,
      String article,
      long start,
      RDFNode status,
      Literal date) {}

  private static void settleReports(
      DatasetGraph dsg, Model merged, Optional<Set<Node>> cooperations) {
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

  private static Query load(String name) {
    return SparqlFiles.load(MergedGraph.class, name);
  }

  private static Query restricted(Query query, String variable, Optional<Set<Node>> values) {
    return values.map(v -> SparqlFiles.restrict(query, variable, v)).orElse(query);
  }

  private static Model construct(DatasetGraph dsg, Query query) {
    return ModelFactory.createModelForGraph(SparqlFiles.construct(dsg, query, Map.of()));
  }
}
