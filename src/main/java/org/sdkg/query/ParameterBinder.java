package org.sdkg.query;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
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
