package org.sdkg.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
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
 * {@code sd:mentionCount} and a link to every mention in every article; the entities; {@code
 * sd:cooperatesWith} between countries; and the cooperations counted per topic and country ({@link
 * Tallies}). Where reports differ, the latest report wins for the single-valued facts ({@code
 * sd:status}, {@code sd:date}: latest publication date, then article, then position in the text);
 * every speaker is kept; the unnamed-partner count is the largest given.
 */
public final class MergedGraph {
  /**
   * Subjects per slice of {@link #recompute}. On the 10,000-article store, slices of 100, 1,000 and
   * 10,000 subjects took about the same time (the queries are evaluated subject by subject whatever
   * the slice), and the largest heap after GC was 33, 36 and 280 MB.
   */
  public static final int SLICE = 1_000;

  static final Node COUNTRY = SD.Schema.Country.asNode();
  static final List<Node> ENTITY_TYPES =
      List.of(
          COUNTRY,
          SD.Schema.Organization.asNode(),
          SD.Schema.Person.asNode(),
          SD.Schema.ResearchProject.asNode());
  static final List<Node> SUMMARISED_TYPES =
      Stream.concat(Stream.of(SD.Cooperation.asNode()), ENTITY_TYPES.stream()).toList();

  private MergedGraph() {}

  /** The merged graph of the article graphs in {@code dsg} (call inside a read transaction). */
  public static Model compute(DatasetGraph dsg) {
    Model merged = about(dsg, Optional.empty());
    merged.add(
        construct(DatasetGraphFactory.wrap(merged.getGraph()), load("merged-cooperates-with.rq")));
    Tallies.of(merged.getGraph()).triples().forEach(merged.getGraph()::add);
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
   * Brings graph {@code name}, the merged graph of {@code dsg}'s article graphs before some of them
   * changed, up to date, when {@code changes} holds what every article graph added, replaced or
   * removed since gave the merged graph (its old and its new content). Everything the merged graph
   * says about one cooperation or entity comes from the article graphs that describe it, so only
   * the touched cooperations are computed again, with the queries of {@link #compute} restricted to
   * them, and only the entity statements the changed graphs held or hold are looked up; then {@code
   * sd:cooperatesWith} is settled again for the pairs of participants of touched cooperations
   * ({@link MergedGraphUpdate}). The result is the graph {@link #compute} gives (asserted by
   * tests), at a cost that follows the change, not the store. Call inside a write transaction.
   */
  public static Difference update(DatasetGraph dsg, Node name, MergedGraphChanges changes) {
    return MergedGraphUpdate.run(dsg, name, changes);
  }

  /**
   * What an {@link #update} changed in the merged graph's size.
   *
   * @param triples triples added less triples deleted
   * @param cooperations change in the number of cooperations
   * @param entities change in the number of countries, organisations, people and projects
   */
  public record Difference(long triples, long cooperations, long entities) {}

  /**
   * Whether {@code t} is a statement the merged graph takes from {@code merged-cooperates-with.rq}
   * alone, whatever article graphs say: {@code sd:cooperatesWith}.
   */
  static boolean settledByRule(Triple t) {
    return t.getPredicate().equals(SD.cooperatesWith.asNode());
  }

  /**
   * The countries that {@code merged-cooperates-with.rq} pairs through {@code cooperation}: its
   * participants that {@code isCountry}, when {@code merged} says it is a cooperation with a status
   * other than proposed; otherwise none.
   */
  static List<Node> countryParticipants(Graph merged, Node cooperation, Predicate<Node> isCountry) {
    if (!counts(merged, cooperation)) {
      return List.of();
    }
    return merged
        .find(cooperation, SD.participant.asNode(), Node.ANY)
        .mapWith(Triple::getObject)
        .filterKeep(isCountry)
        .toList();
  }

  /**
   * Whether {@code merged-cooperates-with.rq} pairs countries through {@code cooperation}: {@code
   * merged} says it is a cooperation with a status other than proposed.
   */
  static boolean counts(Graph merged, Node cooperation) {
    return merged.contains(cooperation, RDF.type.asNode(), SD.Cooperation.asNode())
        && merged
            .find(cooperation, SD.status.asNode(), Node.ANY)
            .filterDrop(t -> t.getObject().equals(SD.Proposed.asNode()))
            .hasNext();
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
