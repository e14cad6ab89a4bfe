package org.sdkg.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * How answers are printed. SELECT and ASK answers print as a table or a SPARQL results format;
 * CONSTRUCT and DESCRIBE answers print as RDF.
 */
public enum OutputFormat {
  TABLE(false, null, null, "table"),
  CSV(false, ResultSetLang.RS_CSV, null, "csv"),
  TSV(false, ResultSetLang.RS_TSV, null, "tsv"),
  JSON(false, ResultSetLang.RS_JSON, null, "json"),
  XML(false, ResultSetLang.RS_XML, null, "xml"),
  TURTLE(true, null, RDFFormat.TURTLE_PRETTY, "ttl", "turtle"),
  NTRIPLES(true, null, RDFFormat.NTRIPLES, "nt", "ntriples", "n-triples"),
  JSONLD(true, null, RDFFormat.JSONLD11_PRETTY, "jsonld", "json-ld"),
  RDFXML(true, null, RDFFormat.RDFXML_PRETTY, "rdfxml", "rdf/xml");

  private static final String ROW_FORMATS = "table, csv, tsv, json or xml";
  private static final String RDF_FORMATS = "ttl, nt, jsonld or rdfxml";

  private final boolean rdf;
  private final Lang resultsLang;
  private final RDFFormat rdfFormat;
  private final List<String> names;

  OutputFormat(boolean rdf, Lang resultsLang, RDFFormat rdfFormat, String... names) {
    this.rdf = rdf;
    this.resultsLang = resultsLang;
    this.rdfFormat = rdfFormat;
    this.names = List.of(names);
  }

  /** The format called {@code name} ({@code csv}, {@code ttl}, ...), case-insensitive. */
  public static Optional<OutputFormat> byName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.names.contains(n)).findFirst();
  }

  /** Every name {@link #byName} accepts, for help texts. */
  public static String allNames() {
    return ROW_FORMATS.replace(" or", ",") + " (SELECT, ASK); " + RDF_FORMATS + " (CONSTRUCT)";
  }

  /** The format used when none is given: a table for people, CSV for pipes, Turtle for RDF. */
  public static OutputFormat defaultFor(Query query, boolean terminal) {
    if (givesRdf(query)) {
      return TURTLE;
    }
    return terminal ? TABLE : CSV;
  }

  /** Fails before the query runs when this format cannot print what {@code query} returns. */
  public void checkFits(Query query) {
    if (rdf != givesRdf(query)) {
      String kind =
          query.isConstructType() ? "CONSTRUCT" : query.isDescribeType() ? "DESCRIBE" : "";
      throw new QueryException(
          rdf
              ? "--format "
                  + names.get(0)
                  + " is for CONSTRUCT and DESCRIBE queries; this query gives rows: use "
                  + ROW_FORMATS
              : "--format "
                  + names.get(0)
                  + " is for SELECT and ASK queries; this "
                  + kind
                  + " query gives RDF: use "
                  + RDF_FORMATS);
    }
  }

  public String displayName() {
    return names.get(0);
  }

  Lang resultsLang() {
    return resultsLang;
  }

  RDFFormat rdfFormat() {
    return rdfFormat;
  }

  private static boolean givesRdf(Query query) {
    return query.isConstructType() || query.isDescribeType();
  }
}
