package org.sdkg.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.shared.PrefixMapping;

/** Writes a {@link QueryResult} in an {@link OutputFormat}. */
public final class ResultPrinter {
  private final PrefixMapping prefixes;
  private final int width;

  /**
   * @param prefixes used for prefixed names in tables and in Turtle
   * @param width longest table cell in characters (0: no limit); other formats are never cut
   */
  public ResultPrinter(PrefixMapping prefixes, int width) {
    this.prefixes = prefixes;
    this.width = width;
  }

  /** The text of {@code result} in {@code format}. */
  public String print(QueryResult result, OutputFormat format) {
    if (result instanceof QueryResult.Rows rows) {
      return rows(rows, format);
    }
    if (result instanceof QueryResult.Answer answer) {
      return answer(answer, format);
    }
    return triples(((QueryResult.Triples) result).graph(), format);
  }

  private String rows(QueryResult.Rows rows, OutputFormat format) {
    if (format == OutputFormat.TABLE) {
      return new TableFormatter(prefixes, width).format(rows);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultSetMgr.write(out, ResultSet.adapt(rows.rowSet()), format.resultsLang());
    return out.toString(StandardCharsets.UTF_8);
  }

  private String answer(QueryResult.Answer answer, OutputFormat format) {
    if (format == OutputFormat.TABLE) {
      return answer.value() + "\n";
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultSetMgr.write(out, answer.value(), format.resultsLang());
    return out.toString(StandardCharsets.UTF_8);
  }

  private String triples(Graph graph, OutputFormat format) {
    // A graph built from a store may come with the store's prefixes; print the ones it uses.
    PrefixMapping used = DisplayPrefixes.usedIn(graph, prefixes);
    graph.getPrefixMapping().clearNsPrefixMap().setNsPrefixes(used);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(graph).format(format.rdfFormat()).output(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
