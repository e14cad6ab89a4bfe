package org.sdkg.serve;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Makes regular expressions in a query stop when the query is cancelled.
 *
 * <p>Jena checks its timeout between rows, but one {@code REGEX} call with a backtracking pattern
 * ({@code "^(.*a){10}$"} on a long string) runs for minutes inside {@code java.util.regex}, which
 * never looks at the timeout: the request outlives {@code --timeout} and keeps a CPU busy. Here
 * {@code REGEX}, {@code REPLACE}, {@code fn:matches} and {@code fn:replace} are replaced by
 * versions that match against a {@link CharSequence} which checks, every few thousand characters
 * read, the query's cancel signal (set by Jena's timeout) and a deadline (for evaluation outside a
 * running query, e.g. constant folding). Results are otherwise the same as Jena's.
 */
final class RegexGuard {
  private static final String FN = "http://www.w3.org/2005/xpath-functions#";

  private RegexGuard() {}

  /** {@code query} with every regular expression guarded; stops at the latest after {@code max}. */
  static Query rewrite(Query query, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    return QueryTransformOps.transform(
        query, new ElementTransformCopyBase(), new Rewrite(deadline));
  }

  private static final class Rewrite extends ExprTransformCopy {
    private final long deadline;

    Rewrite(long deadline) {
      this.deadline = deadline;
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
      if (func instanceof E_Regex && !(func instanceof GuardedRegex)) {
        return new GuardedRegex(args, deadline);
      }
      if (func instanceof E_StrReplace && !(func instanceof GuardedReplace)) {
        return new GuardedReplace(args, deadline);
      }
      if (func instanceof E_Function f) {
        int n = args.size();
        if (f.getFunctionIRI().equals(FN + "matches") && (n == 2 || n == 3)) {
          return new GuardedRegex(args, deadline);
        }
        if (f.getFunctionIRI().equals(FN + "replace") && (n == 3 || n == 4)) {
          return new GuardedReplace(args, deadline);
        }
      }
      return super.transform(func, args);
    }
  }

  /** {@code REGEX(text, pattern [, flags])}, as Jena's with the Java engine. */
  static final class GuardedRegex extends E_Regex {
    private final long deadline;
    private final Pattern constant;

    GuardedRegex(ExprList args, long deadline) {
      super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
      this.deadline = deadline;
      this.constant = constantPattern("Regex", args.get(1), args.size() > 2 ? args.get(2) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
      Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
      Pattern p = constant != null ? constant : compile(args);
      CharSequence input = new CheckedText(text.getLiteralLexicalForm(), deadline, signal(env));
      return NodeValue.booleanReturn(p.matcher(input).find());
    }

    /** A pattern computed per row, checked as Jena checks it. */
    private static Pattern compile(List<NodeValue> args) {
      NodeValue pattern = args.get(1);
      NodeValue flags = args.size() > 2 ? args.get(2) : null;
      if (!pattern.isString()) {
        throw new ExprException("REGEX: Pattern is not a string: " + pattern);
      }
      if (flags != null && !flags.isString()) {
        throw new ExprException("REGEX: Pattern flags are not a string: " + flags);
      }
      String f = flags == null ? null : flags.getString();
      if (f != null && !f.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
        throw new ExprEvalException("REGEX: Only 'smixq' are legal as pattern flags: got " + f);
      }
      return RegexEngine.makePattern("Regex", pattern.getString(), f);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
      return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
      return new GuardedRegex(newArgs, deadline);
    }
  }

  /** {@code REPLACE(text, pattern, replacement [, flags])}, as Jena's. */
  static final class GuardedReplace extends E_StrReplace {
    private final long deadline;
    private final Pattern constant;

    GuardedReplace(ExprList args, long deadline) {
      super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
      this.deadline = deadline;
      this.constant = constantPattern("replace", args.get(1), args.size() > 3 ? args.get(3) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
      String text =
          NodeValueOps.checkAndGetStringLiteral("replace", args.get(0)).getLiteralLexicalForm();
      String replacement =
          NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
      Pattern p = constant != null ? constant : compile(args);
      Matcher m = p.matcher(new CheckedText(text, deadline, signal(env)));
      String result = replaceAll(m, replacement);
      if (result == null || result.equals(text)) {
        return args.get(0);
      }
      Node n = args.get(0).asNode();
      return NodeValue.makeNode(
          NodeFactory.createLiteral(result, n.getLiteralLanguage(), n.getLiteralDatatype()));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
      return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
      return new GuardedReplace(newArgs, deadline);
    }

    private static Pattern compile(List<NodeValue> args) {
      String pattern =
          NodeValueOps.checkAndGetStringLiteral("replace", args.get(1)).getLiteralLexicalForm();
      String flags =
          args.size() > 3
              ? NodeValueOps.checkAndGetStringLiteral("replace", args.get(3))
                  .getLiteralLexicalForm()
              : null;
      return RegexEngine.makePattern("replace", pattern, flags);
    }

    /** Jena's rule: the first match is replaced even when empty, later empty matches are not. */
    private static String replaceAll(Matcher m, String replacement) {
      StringBuilder sb = null;
      try {
        while (m.find()) {
          if (sb == null) {
            sb = new StringBuilder();
          } else if (m.start() == m.end()) {
            continue;
          }
          m.appendReplacement(sb, replacement);
        }
        if (sb == null) {
          return null;
        }
        m.appendTail(sb);
        return sb.toString();
      } catch (IndexOutOfBoundsException e) {
        throw new ExprEvalException("IndexOutOfBounds", e);
      }
    }
  }

  /**
   * The compiled pattern when pattern and flags are string constants, as Jena precompiles them
   * (Jena's constructor has already rejected bad constant patterns); otherwise null.
   */
  private static Pattern constantPattern(String label, Expr pattern, Expr flags) {
    if (!isString(pattern) || (flags != null && !isString(flags))) {
      return null;
    }
    String f = flags == null ? null : flags.getConstant().getString();
    return RegexEngine.makePattern(label, pattern.getConstant().getString(), f);
  }

  private static boolean isString(Expr e) {
    return e.isConstant() && e.getConstant().isString();
  }

  private static AtomicBoolean signal(FunctionEnv env) {
    if (env instanceof ExecutionContext exec) {
      return exec.getCancelSignal();
    }
    return env == null ? null : Context.getCancelSignal(env.getContext());
  }

  /**
   * A string that throws {@link QueryCancelledException} from {@link #charAt} once the query is
   * cancelled or the deadline has passed. The regex engine reads the text only through {@code
   * charAt}, so even a match stuck in backtracking ends.
   */
  static final class CheckedText implements CharSequence {
    private static final int CHECK_EVERY = 4096;
    private final String text;
    private final long deadline;
    private final AtomicBoolean signal;
    private int reads;

    CheckedText(String text, long deadline, AtomicBoolean signal) {
      this.text = text;
      this.deadline = deadline;
      this.signal = signal;
    }

    @Override
    public char charAt(int index) {
      if (++reads >= CHECK_EVERY) {
        reads = 0;
        if ((signal != null && signal.get()) || System.nanoTime() - deadline > 0) {
          throw new QueryCancelledException();
        }
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new CheckedText(text.substring(start, end), deadline, signal);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
