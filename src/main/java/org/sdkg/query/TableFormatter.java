package org.sdkg.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Rows as an aligned plain-text table for reading in a terminal: literals as their text, IRIs as
 * prefixed names where a prefix fits, numbers right-aligned, long cells cut to a maximum width.
 */
final class TableFormatter {
  private static final String GAP = "  ";
  private static final char ELLIPSIS = '…';

  private final PrefixMapping prefixes;
  private final int maxWidth;

  /**
   * @param maxWidth longest cell, in characters; 0 for no limit
   */
  TableFormatter(PrefixMapping prefixes, int maxWidth) {
    this.prefixes = prefixes;
    this.maxWidth = maxWidth;
  }

  String format(QueryResult.Rows rows) {
    List<Var> vars = rows.vars();
    List<String[]> cells = new ArrayList<>();
    cells.add(vars.stream().map(Var::getVarName).toArray(String[]::new));
    boolean[] numeric = new boolean[vars.size()];
    java.util.Arrays.fill(numeric, true);
    for (Binding row : rows.rows()) {
      String[] line = new String[vars.size()];
      for (int c = 0; c < vars.size(); c++) {
        Node node = row.get(vars.get(c));
        line[c] = cut(text(node));
        numeric[c] &= node == null || isNumber(node);
      }
      cells.add(line);
    }
    int[] widths = new int[vars.size()];
    for (String[] line : cells) {
      for (int c = 0; c < line.length; c++) {
        widths[c] = Math.max(widths[c], length(line[c]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < cells.size(); r++) {
      appendLine(out, cells.get(r), widths, r == 0 ? new boolean[vars.size()] : numeric);
      if (r == 0) {
        appendLine(out, rule(widths), widths, new boolean[vars.size()]);
      }
    }
    int n = rows.rows().size();
    out.append('(').append(n).append(n == 1 ? " row)" : " rows)").append('\n');
    return out.toString();
  }

  /** The cell text of one term; an unbound variable is an empty cell. */
  String text(Node node) {
    if (node == null) {
      return "";
    }
    if (node.isURI()) {
      String uri = node.getURI();
      String shortForm = prefixes.shortForm(uri);
      return shortForm.equals(uri) ? "<" + uri + ">" : shortForm;
    }
    if (node.isLiteral()) {
      // Tabs and line breaks would break the alignment; the other formats keep them.
      return node.getLiteralLexicalForm().replaceAll("[\\t\\r\\n]+", " ");
    }
    if (node.isBlank()) {
      return "_:" + node.getBlankNodeLabel();
    }
    return node.toString();
  }

  private String cut(String text) {
    if (maxWidth <= 0 || length(text) <= maxWidth) {
      return text;
    }
    int end = text.offsetByCodePoints(0, Math.max(0, maxWidth - 1));
    return text.substring(0, end) + ELLIPSIS;
  }

  private static boolean isNumber(Node node) {
    return node.isLiteral()
        && node.getLiteralDatatype() != null
        && node.getLiteralDatatype().getJavaClass() != null
        && Number.class.isAssignableFrom(node.getLiteralDatatype().getJavaClass());
  }

  private static String[] rule(int[] widths) {
    String[] rule = new String[widths.length];
    for (int c = 0; c < widths.length; c++) {
      rule[c] = "-".repeat(widths[c]);
    }
    return rule;
  }

  private static void appendLine(StringBuilder out, String[] line, int[] widths, boolean[] right) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < line.length; c++) {
      String pad = " ".repeat(widths[c] - length(line[c]));
      if (c > 0) {
        text.append(GAP);
      }
      text.append(right[c] ? pad + line[c] : line[c] + pad);
    }
    out.append(text.toString().stripTrailing()).append('\n');
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
