package org.sdkg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sdkg.rdf.Iris;

/**
 * What a store holds: instances per class, triples per named graph, and the country pairs with the
 * most cooperations.
 *
 * @param classes class (prefixed where a prefix is known) and number of instances, most first
 * @param graphs graph IRI and number of triples, by IRI
 * @param pairs country pairs, most cooperations first
 */
public record StoreStats(List<Count> classes, List<Count> graphs, List<CountryPair> pairs) {

  /** A name and a number. */
  public record Count(String name, long count) {}

  /** Two countries (alpha-3, in alphabetical order), their cooperations and mentions of them. */
  public record CountryPair(String a, String b, long cooperations, long mentions) {}

  public StoreStats {
    classes = List.copyOf(classes);
    graphs = List.copyOf(graphs);
    pairs = List.copyOf(pairs);
  }

  public static StoreStats of(TdbStore store) {
    return store.read(() -> of(store.dataset()));
  }

  static StoreStats of(DatasetGraph dsg) {
    PrefixMap prefixes = PrefixMapFactory.create(dsg.prefixes());
    List<Count> classes = new ArrayList<>();
    for (QuerySolution row : Queries.select(dsg, "stats-classes.rq")) {
      String iri = row.getResource("class").getURI();
      classes.add(
          new Count(
              prefixes.abbreviate(iri) == null ? "<" + iri + ">" : prefixes.abbreviate(iri),
              row.getLiteral("count").getLong()));
    }
    List<Count> graphs = new ArrayList<>();
    for (QuerySolution row : Queries.select(dsg, "stats-graphs.rq")) {
      graphs.add(new Count(row.getResource("graph").getURI(), row.getLiteral("triples").getLong()));
    }
    List<CountryPair> pairs = new ArrayList<>();
    for (QuerySolution row : Queries.select(dsg, "stats-country-pairs.rq")) {
      pairs.add(
          new CountryPair(
              row.getLiteral("a").getString(),
              row.getLiteral("b").getString(),
              row.getLiteral("cooperations").getLong(),
              row.getLiteral("mentionCount").getLong()));
    }
    return new StoreStats(classes, graphs, pairs);
  }

  /** Whether {@code graphIri} names an article graph. */
  public static boolean isArticleGraph(String graphIri) {
    return Iris.articleIdOfGraph(graphIri).isPresent();
  }
}
