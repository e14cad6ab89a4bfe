package org.sdkg.store;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.sdkg.rdf.MergedGraph;

/**
 * The subjects of the merged graph that the article graphs a build adds, replaces or removes touch
 * ({@link MergedGraph#summarisedSubjects}, of their old and of their new content), so the merged
 * graph can be updated for them alone. Past {@code limit} subjects the set is dropped and only the
 * fact that it overflowed is kept: the merged graph is then computed whole, and a first build of
 * 100,000 articles does not hold millions of nodes it will never use.
 */
final class TouchedSubjects {
  private final int limit;
  private Set<Node> subjects = new HashSet<>();
  private boolean overflowed;

  TouchedSubjects(int limit) {
    this.limit = limit;
  }

  /** A set that records nothing: the caller already knows the merged graph is computed whole. */
  static TouchedSubjects untracked() {
    TouchedSubjects none = new TouchedSubjects(0);
    none.overflow();
    return none;
  }

  /** Adds the subjects the merged graph draws from {@code articleGraph}. */
  void addFrom(Graph articleGraph) {
    if (overflowed) {
      return;
    }
    MergedGraph.summarisedSubjects(articleGraph, subjects);
    if (subjects.size() > limit) {
      overflow();
    }
  }

  private void overflow() {
    overflowed = true;
    subjects = Set.of();
  }

  /** Whether more than the limit were touched, or they were never tracked. */
  boolean overflowed() {
    return overflowed;
  }

  /** The touched subjects; empty once {@link #overflowed}. */
  Set<Node> subjects() {
    return subjects;
  }
}
