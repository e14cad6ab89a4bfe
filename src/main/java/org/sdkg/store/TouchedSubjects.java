package org.sdkg.store;

import org.apache.jena.graph.Graph;
import org.sdkg.rdf.MergedGraph;
import org.sdkg.rdf.MergedGraphChanges;

/**
 * What the article graphs a build adds, replaces or removes give the merged graph ({@link
 * MergedGraphChanges}, of their old and of their new content), so the merged graph can be updated
 * for them alone, and the quads those graphs added less those they removed, so the build's counts
 * follow by differences. Past {@code limit} touched subjects the changes are dropped and only the
 * fact that they overflowed is kept: the merged graph is then computed whole and the store counted,
 * and a first build of 100,000 articles does not hold millions of nodes it will never use.
 */
final class TouchedSubjects {
  private final int limit;
  private MergedGraphChanges changes = new MergedGraphChanges();
  private boolean overflowed;
  private long quads;

  TouchedSubjects(int limit) {
    this.limit = limit;
  }

  /** A set that records nothing: the caller already knows the merged graph is computed whole. */
  static TouchedSubjects untracked() {
    TouchedSubjects none = new TouchedSubjects(0);
    none.overflow();
    return none;
  }

  /** Notes an article graph about to be removed from the store. */
  void removed(Graph articleGraph) {
    if (!overflowed) {
      quads -= articleGraph.size();
      addFrom(articleGraph);
    }
  }

  /** Notes an article graph added to the store (under a name that held no graph). */
  void added(Graph articleGraph) {
    if (!overflowed) {
      quads += articleGraph.size();
      addFrom(articleGraph);
    }
  }

  private void addFrom(Graph articleGraph) {
    changes.addFrom(articleGraph);
    if (changes.subjects() > limit) {
      overflow();
    }
  }

  private void overflow() {
    overflowed = true;
    changes = new MergedGraphChanges();
    quads = 0;
  }

  /** Whether more than the limit were touched, or they were never tracked. */
  boolean overflowed() {
    return overflowed;
  }

  /** Quads of the added article graphs less those of the removed ones; 0 once overflowed. */
  long quads() {
    return quads;
  }

  /** The changes for {@link MergedGraph#update}; empty once {@link #overflowed}. */
  MergedGraphChanges changes() {
    return changes;
  }
}
