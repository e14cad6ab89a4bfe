package org.sdkg.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The complete answer to one query, read into memory while the store's read transaction (or the
 * HTTP response) is open, so printing needs neither. Analyst queries return small answers.
 */
public sealed interface QueryResult {

  /** A SELECT answer. */
  record Rows(List<Var> vars, List<Binding> rows) implements QueryResult {
    public Rows {
      vars = List.copyOf(vars);
      rows = List.copyOf(rows);
    }

    /** A fresh row set over the rows, for Jena's result writers. */
    public RowSet rowSet() {
      return RowSetStream.create(vars, rows.iterator());
    }
  }

  /** An ASK answer. */
  record Answer(boolean value) implements QueryResult {}

  /** A CONSTRUCT or DESCRIBE answer. */
  record Triples(Graph graph) implements QueryResult {}

  /** Runs {@code exec} to the end and keeps what it returned. */
  static QueryResult collect(QueryExec exec) {
    Query query = exec.getQuery();
    if (query.isSelectType()) {
      RowSet rowSet = exec.select();
      List<Binding> rows = new ArrayList<>();
      // TDB2 rows fetch their terms lazily from the store; copy them while the transaction is open.
      rowSet.forEachRemaining(row -> rows.add(BindingFactory.copy(row)));
      return new Rows(rowSet.getResultVars(), rows);
    }
    if (query.isAskType()) {
      return new Answer(exec.ask());
    }
    if (query.isConstructType()) {
      return new Triples(exec.construct());
    }
    if (query.isDescribeType()) {
      return new Triples(exec.describe());
    }
    throw new QueryException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
  }
}
