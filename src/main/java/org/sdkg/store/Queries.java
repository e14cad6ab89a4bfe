package org.sdkg.store;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sdkg.rdf.SparqlFiles;

/** The store's internal queries, kept in {@code src/main/resources/org/sdkg/store/*.rq}. */
final class Queries {
  private Queries() {}

  static List<QuerySolution> select(DatasetGraph dsg, String name) {
    return SparqlFiles.select(dsg, SparqlFiles.load(Queries.class, name), Map.of());
  }

  static QuerySolution selectOne(DatasetGraph dsg, String name) {
    List<QuerySolution> rows = select(dsg, name);
    if (rows.size() != 1) {
      throw new IllegalStateException(name + " gave " + rows.size() + " rows, expected 1");
    }
    return rows.get(0);
  }
}
