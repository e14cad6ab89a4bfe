package org.sdkg.store;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The headline numbers of a store for the build summary.
 *
 * @param cooperations cooperation nodes in the merged graph
 * @param entities countries, organisations, people and projects in the merged graph
 * @param quads quads over all graphs
 */
record StoreCounts(long cooperations, long entities, long quads) {

  static StoreCounts of(DatasetGraph dsg) {
    QuerySolution row = Queries.selectOne(dsg, "build-counts.rq");
    long quads = 0;
    var it = dsg.find();
    while (it.hasNext()) {
      it.next();
      quads++;
    }
    return new StoreCounts(
        row.getLiteral("cooperations").getLong(), row.getLiteral("entities").getLong(), quads);
  }
}
