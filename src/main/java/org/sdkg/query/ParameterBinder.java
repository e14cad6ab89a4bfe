package org.sdkg.query;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.sdkg.ontology.Countries;
import org.sdkg.ontology.TopicScheme;

/**
 * Turns {@code --param name=value} pairs into RDF terms for the query's declared parameters. Values
 * are checked first (country codes against the ISO table, topics against the scheme), then become
 * literals that Jena substitutes for the variables in the parsed query: a value can never change
 * the query's structure, whatever characters it holds.
 */
public final class ParameterBinder {
  private final Countries countries;
  private final TopicScheme topics;

  public ParameterBinder(Countries countries, TopicScheme topics) {
    this.countries = countries;
    this.topics = topics;
  }

  /** A binder using the reference data shipped with sdkg. */
  public static ParameterBinder standard() {
    return new ParameterBinder(Countries.load(), TopicScheme.load());
  }

  /**
   * {@code query} with {@code values} put in place of their variables, ready to be sent as text:
   * the substitution Jena's HTTP client makes ({@code replaceVars}), with what it writes that is
   * not SPARQL put right, in the query and its subqueries. A substituted sort key becomes a bare
   * literal ({@code ORDER BY ?date "climate"}); such keys order nothing and are dropped. A variable
   * projected that GROUP BY or a subquery already binds is projected as {@code ("suspended" AS
   * ?status)}, binding it twice; the projection keeps the plain variable. Unfixed, a server answers
   * 400 (seen with {@code evidence -p topic=climate} and {@code watchlist -p status=suspended}).
   */
  public static Query substitute(Query query, Binding values) {
    Map<Var, Node> map = new HashMap<>();
    values.forEach(map::put);
    Query bound = QueryTransformOps.replaceVars(query, map);
    writable(bound);
    return bound;
  }

  private static void writable(Query query) {
    if (query.hasOrderBy()) {
      query.getOrderBy().removeIf(key -> key.getExpression().isConstant());
    }
    // A substituted variable the pattern (a subquery) or GROUP BY already binds is projected plain.
    Set<Var> inScope = new HashSet<>();
    if (query.getQueryPattern() != null) {
      inScope.addAll(PatternVars.vars(query.getQueryPattern()));
    }
    if (query.hasGroupBy()) {
      inScope.addAll(query.getGroupBy().getVars());
    }
    VarExprList projected = new VarExprList(query.getProject());
    query.getProject().clear();
    projected.forEachVarExpr(
        (v, e) -> {
          if (e == null || e.isConstant() && inScope.contains(v)) {
            query.getProject().add(v);
          } else {
            query.getProject().add(v, e);
          }
        });
    if (query.getQueryPattern() != null) {
      ElementWalker.walk(
          query.getQueryPattern(),
          new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery subquery) {
              writable(subquery.getQuery());
            }
          });
    }
  }

  /**
   * The values to substitute: those given, else the declared defaults; parameters with neither stay
   * unbound. Fails on a name the query does not declare or a value its type rejects.
   */
  public Binding bind(QueryText query, Map<String, String> given) {
    List<QueryParameter> declared = query.header().parameters();
    for (String name : given.keySet()) {
      if (query.header().parameter(name).isEmpty()) {
        throw new QueryException(
            declared.isEmpty()
                ? query.name() + " takes no parameters; drop --param " + name
                : query.name()
                    + " has no parameter '"
                    + name
                    + "'; its parameters are "
                    + declared.stream()
                        .map(QueryParameter::name)
                        .collect(Collectors.joining(", ")));
      }
    }
    BindingBuilder binding = BindingBuilder.create();
    List<String> problems = new ArrayList<>();
    for (QueryParameter p : declared) {
      String value = given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue();
      if (value == null) {
        continue;
      }
      try {
        binding.add(Var.alloc(p.name()), term(p, value));
      } catch (QueryException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new QueryException(String.join("; ", problems));
    }
    return binding.build();
  }

  /** The RDF term for one value; fails with the fix when the type rejects it. */
  Node term(QueryParameter p, String value) {
    return switch (p.type()) {
      case COUNTRY -> NodeFactory.createLiteralString(country(value));
      case TOPIC -> NodeFactory.createLiteralString(topic(value));
      case TEXT -> NodeFactory.createLiteralString(value);
      case INTEGER -> NodeFactory.createLiteralDT(integer(p, value), XSDDatatype.XSDinteger);
      case DATE -> NodeFactory.createLiteralDT(date(p, value), XSDDatatype.XSDdate);
      case CHOICE -> NodeFactory.createLiteralString(choice(p, value));
    };
  }

  private String country(String value) {
    String code = value.strip().toUpperCase(Locale.ROOT);
    return countries
        .byAlpha3(code)
        .map(c -> c.alpha3())
        .orElseThrow(
            () ->
                new QueryException(
                    "unknown country code '"
                        + value
                        + "'; use an ISO 3166-1 alpha-3 code such as CHN; try `sdkg query"
                        + " countries`"));
  }

  private String topic(String value) {
    String code = value.strip().toLowerCase(Locale.ROOT);
    return topics
        .byNotation(code)
        .map(t -> t.notation())
        .orElseThrow(
            () ->
                new QueryException("unknown topic code '" + value + "'; try `sdkg query topics`"));
  }

  private static String integer(QueryParameter p, String value) {
    try {
      return new BigInteger(value.strip()).toString();
    } catch (NumberFormatException e) {
      throw new QueryException(
          "parameter " + p.name() + " must be a whole number such as 2; found '" + value + "'");
    }
  }

  private static String date(QueryParameter p, String value) {
    try {
      return LocalDate.parse(value.strip()).toString();
    } catch (DateTimeParseException e) {
      throw new QueryException(
          "parameter " + p.name() + " must be a date YYYY-MM-DD; found '" + value + "'");
    }
  }

  private static String choice(QueryParameter p, String value) {
    String word = value.strip();
    if (!p.choices().contains(word)) {
      throw new QueryException(
          "parameter "
              + p.name()
              + " must be one of "
              + String.join(", ", p.choices())
              + "; found '"
              + value
              + "'");
    }
    return word;
  }
}
