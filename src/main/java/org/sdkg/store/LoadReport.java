package org.sdkg.store;

import java.time.Duration;
import java.util.List;

/** The per-graph outcome of one {@code load}, in the order the graphs were sent. */
public record LoadReport(String endpoint, List<GraphResult> results, Duration elapsed) {

  public LoadReport {
    results = List.copyOf(results);
  }

  public long count(GraphResult.Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  public long triplesSent() {
    return results.stream()
        .filter(r -> r.outcome() == GraphResult.Outcome.SENT)
        .mapToLong(r -> r.upload().triples())
        .sum();
  }

  public boolean complete() {
    return count(GraphResult.Outcome.SENT) == results.size();
  }
}
