package org.sdkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores extracted relations against gold rows: precision, recall and F1 per relation kind and
 * overall, at pair level (file, pair, relation) and strict level (+ topic), and status accuracy on
 * matched pairs. Keys count once however many rows state them.
 */
public final class Evaluation {
  /** Precision, recall and F1 of one slice. */
  public record Score(int truePositives, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final List<GoldRow> gold;
  private final List<GoldRow> predicted;

  public Evaluation(List<GoldRow> gold, List<GoldRow> predicted) {
    this.gold = List.copyOf(gold);
    this.predicted = List.copyOf(predicted);
  }

  /** Relation kinds present in gold or predictions, sorted. */
  public Set<String> kinds() {
    Set<String> kinds = new TreeSet<>();
    gold.forEach(r -> kinds.add(r.relation()));
    predicted.forEach(r -> kinds.add(r.relation()));
    return kinds;
  }

  /**
   * The score of one level ({@code strict} or pair) for one kind, or all kinds when {@code kind} is
   * null.
   */
  public Score score(boolean strict, String kind) {
    Set<List<String>> g = keys(gold, strict, kind);
    Set<List<String>> p = keys(predicted, strict, kind);
    int tp = (int) p.stream().filter(g::contains).count();
    return new Score(tp, p.size(), g.size());
  }

  /** Share of matched pair keys whose predicted statuses include a gold status. */
  public Score statusAccuracy() {
    Map<List<String>, Set<String>> g = statuses(gold);
    Map<List<String>, Set<String>> p = statuses(predicted);
    int matched = 0;
    int right = 0;
    for (var e : p.entrySet()) {
      Set<String> goldStatuses = g.get(e.getKey());
      if (goldStatuses != null) {
        matched++;
        if (e.getValue().stream().anyMatch(goldStatuses::contains)) {
          right++;
        }
      }
    }
    return new Score(right, matched, matched);
  }

  /** Gold rows whose strict key was not predicted. */
  public List<GoldRow> misses() {
    return missing(gold, predicted);
  }

  /** Predicted rows whose strict key is not in the gold. */
  public List<GoldRow> falsePositives() {
    return missing(predicted, gold);
  }

  private static List<GoldRow> missing(List<GoldRow> from, List<GoldRow> in) {
    Set<List<String>> keys = keys(in, true, null);
    Map<List<String>, GoldRow> out = new LinkedHashMap<>();
    for (GoldRow r : from) {
      if (!keys.contains(r.strictKey())) {
        out.putIfAbsent(r.strictKey(), r);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static Set<List<String>> keys(List<GoldRow> rows, boolean strict, String kind) {
    Function<GoldRow, List<String>> key = strict ? GoldRow::strictKey : GoldRow::pairKey;
    Set<List<String>> out = new LinkedHashSet<>();
    for (GoldRow r : rows) {
      if (kind == null || r.relation().equals(kind)) {
        out.add(key.apply(r));
      }
    }
    return out;
  }

  private static Map<List<String>, Set<String>> statuses(List<GoldRow> rows) {
    Map<List<String>, Set<String>> out = new LinkedHashMap<>();
    rows.forEach(r -> out.computeIfAbsent(r.pairKey(), k -> new TreeSet<>()).add(r.status()));
    return out;
  }
}
