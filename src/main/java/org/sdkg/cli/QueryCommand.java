package org.sdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.shared.PrefixMapping;
import org.sdkg.query.DisplayPrefixes;
import org.sdkg.query.DurationText;
import org.sdkg.query.HttpEndpointTarget;
import org.sdkg.query.OutputFormat;
import org.sdkg.query.ParameterBinder;
import org.sdkg.query.PreparedQuery;
import org.sdkg.query.QueryException;
import org.sdkg.query.QueryLibrary;
import org.sdkg.query.QueryParameter;
import org.sdkg.query.QueryResult;
import org.sdkg.query.QueryRunner;
import org.sdkg.query.QueryText;
import org.sdkg.query.ResultPrinter;
import org.sdkg.query.SparqlTarget;
import org.sdkg.query.Tdb2Target;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sdkg query}: runs a library query, a query file or a SPARQL expression. */
@Command(
    name = QueryCommand.COMMAND_NAME,
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Ask the knowledge graph a question: a query of the library (sdkg query --list), a SPARQL"
          + " file, or -e 'SPARQL'.",
      "Queries see the union of all article graphs; --graph IRI narrows them to one graph.",
      "Example: sdkg query partners --param country=CHN --param topic=malaria"
    })
public final class QueryCommand implements Callable<Integer> {
  static final String COMMAND_NAME = "query";

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME|FILE",
      description = "A query of the library (a file in queries/ without .rq) or a .rq file.")
  String query;

  @Option(
      names = {"-e", "--expression"},
      paramLabel = "SPARQL",
      description = "Run this SPARQL text instead of a named query.")
  String expression;

  @Option(
      names = {"-l", "--list"},
      description = "List the library's queries: name, title, parameters (with defaults).")
  boolean list;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "NAME=VALUE",
      description =
          "A parameter value, e.g. country=CHN. Checked (country and topic codes must exist) and"
              + " bound as an RDF term, never pasted into the query text.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "output/store",
      description = "The TDB2 store to query (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "Query a SPARQL endpoint instead of the store, e.g. http://localhost:3030/sdkg/sparql.")
  String endpoint;

  @Option(
      names = "--graph",
      paramLabel = "IRI",
      description =
          "Query this named graph (plus the ontology graph) instead of the union of all graphs,"
              + " e.g. https://w3id.org/sdkg/graph/article/ID.")
  String graph;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "table, csv, tsv, json, xml for SELECT/ASK (default: table on a terminal, else csv);"
              + " ttl, nt, jsonld, rdfxml for CONSTRUCT/DESCRIBE (default: ttl).")
  OutputFormat format;

  @Option(
      names = {"-w", "--width"},
      paramLabel = "N",
      defaultValue = "50",
      description = "Longest table cell in characters; 0 for no limit (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "60s",
      converter = DurationConverter.class,
      description = "Cancel the query after this long, e.g. 90s, 5m (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--queries",
      paramLabel = "DIR",
      defaultValue = "queries",
      description =
          "Folder of the query library (default: ${DEFAULT-VALUE}; the copy inside the sdkg jar"
              + " when missing).")
  Path queries;

  @Override
  public Integer call() {
    checkUsage();
    try {
      QueryLibrary library = QueryLibrary.locate(queries);
      return list ? printList(library) : runQuery(library);
    } catch (QueryException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  private int runQuery(QueryLibrary library) {
    QueryText text = chosenQuery(library);
    QueryRunner runner = new QueryRunner(ParameterBinder.standard());
    PreparedQuery prepared = runner.prepare(text, params, Optional.ofNullable(graph));
    OutputFormat chosen =
        format != null
            ? format
            : OutputFormat.defaultFor(prepared.query(), System.console() != null);
    chosen.checkFits(prepared.query());
    try (SparqlTarget target =
        endpoint != null ? HttpEndpointTarget.of(endpoint) : Tdb2Target.open(store)) {
      QueryResult result = runner.run(target, prepared, timeout);
      PrefixMapping prefixes = DisplayPrefixes.forQuery(prepared.query());
      PrintWriter out = spec.commandLine().getOut();
      out.print(new ResultPrinter(prefixes, width).print(result, chosen));
      out.flush();
    }
    return 0;
  }

  private QueryText chosenQuery(QueryLibrary library) {
    if (expression != null) {
      return QueryText.of("-e", "-e", expression);
    }
    Path file = Path.of(query);
    if (query.endsWith(".rq") || Files.isRegularFile(file)) {
      if (!Files.isRegularFile(file)) {
        throw new QueryException("no query file " + file + "; check the path");
      }
      return QueryLibrary.readFile(file);
    }
    return library.get(query);
  }

  private int printList(QueryLibrary library) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String[]> lines = new ArrayList<>();
    int broken = 0;
    List<String> names = library.names();
    for (String name : names) {
      try {
        QueryText q = library.get(name);
        String parameters =
            q.header().parameters().stream()
                .map(QueryParameter::usage)
                .collect(Collectors.joining(" "));
        lines.add(new String[] {name, q.header().title(), parameters});
      } catch (QueryException e) {
        err.println("sdkg: " + e.getMessage());
        broken++;
      }
    }
    int nameWidth = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
    int titleWidth = lines.stream().mapToInt(l -> l[1].length()).max().orElse(0);
    for (String[] l : lines) {
      String line =
          String.format("%-" + nameWidth + "s  %-" + titleWidth + "s  %s", l[0], l[1], l[2]);
      out.println(line.stripTrailing());
    }
    out.flush();
    if (broken > 0) {
      err.println(
          "sdkg: "
              + broken
              + " of "
              + names.size()
              + " queries in "
              + library.shownAs()
              + " could not be read; fix the lines named above");
      err.flush();
      return 1;
    }
    return 0;
  }

  private void checkUsage() {
    CommandLine cl = spec.commandLine();
    int chosen = (query != null ? 1 : 0) + (expression != null ? 1 : 0) + (list ? 1 : 0);
    if (chosen != 1) {
      throw new CommandLine.ParameterException(
          cl, "give exactly one of NAME|FILE, -e SPARQL or --list");
    }
    if (endpoint != null && cl.getParseResult().hasMatchedOption("--store")) {
      throw new CommandLine.ParameterException(cl, "--store and --endpoint exclude each other");
    }
    if (width < 0) {
      throw new CommandLine.ParameterException(cl, "--width must be 0 (no limit) or more");
    }
  }

  /** Rejects unknown format names while the command line is parsed. */
  static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.byName(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "unknown format '" + value + "'; use " + OutputFormat.allNames()));
    }
  }

  /** Reads {@code 60}, {@code 90s}, {@code 500ms}, {@code 5m}. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return DurationText.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
