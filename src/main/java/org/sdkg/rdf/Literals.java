package org.sdkg.rdf;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Typed literals as the ontology declares them. Jena's {@code createTypedLiteral(int)} would give
 * {@code xsd:int}; the ontology says {@code xsd:integer}, and SHACL checks the exact datatype.
 */
final class Literals {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Literals() {}

  static Literal integer(long value) {
    return ResourceFactory.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
  }

  static Literal decimal(double value) {
    return ResourceFactory.createTypedLiteral(
        BigDecimal.valueOf(value).toPlainString(), XSDDatatype.XSDdecimal);
  }

  static Literal bool(boolean value) {
    return ResourceFactory.createTypedLiteral(Boolean.toString(value), XSDDatatype.XSDboolean);
  }

  static Literal date(LocalDate date) {
    return ResourceFactory.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
  }

  /**
   * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as {@code xsd:gYear}, {@code
   * xsd:gYearMonth} or {@code xsd:date}; empty when the text is none of these or not a real date.
   */
  static Optional<Literal> partialDate(String text) {
    try {
      if (YEAR.matcher(text).matches()) {
        return Optional.of(ResourceFactory.createTypedLiteral(text, XSDDatatype.XSDgYear));
      }
      if (YEAR_MONTH.matcher(text).matches()) {
        YearMonth.parse(text);
        return Optional.of(ResourceFactory.createTypedLiteral(text, XSDDatatype.XSDgYearMonth));
      }
      if (DAY.matcher(text).matches()) {
        LocalDate.parse(text);
        return Optional.of(ResourceFactory.createTypedLiteral(text, XSDDatatype.XSDdate));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
