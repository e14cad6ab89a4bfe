package org.sdkg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sdkg.rdf.Iris;
import org.sdkg.rdf.MergedGraph;
import org.sdkg.store.GraphWrites;
import org.sdkg.store.TdbStore;

/**
 * Times the whole computation of the merged graph on an existing store, inside one write
 * transaction that is aborted afterwards, so the store is the same for the next run (one JVM at a
 * time per store). {@code compute} is what a first build did before {@link MergedGraph#recompute}:
 * the whole graph as one in-memory model, then written by its differences from the stored one;
 * {@code recompute} is the sliced computation. Either starts from the stored merged graph ({@code
 * current}) or from none ({@code empty}). {@code check} recomputes into a scratch graph and
 * compares it with {@link MergedGraph#compute} (needs a heap that holds the whole graph). Heap
 * figures come from running the JVM with {@code -Xlog:gc}.
 */
public final class MergedGraphBench {
  private static final Node MERGED = Iris.MERGED_GRAPH.asNode();
  private static final Node SCRATCH = NodeFactory.createURI("urn:x-sdkg-bench:merged");

  private MergedGraphBench() {}

  /**
   * {@code MergedGraphBench STORE compute|recompute|check current|empty [SLICE]}: prints one
   * tab-separated line of figures.
   */
  public static void main(String[] args) {
    if (args.length < 3 || !List.of("current", "empty").contains(args[2])) {
      System.err.println(
          "usage: MergedGraphBench STORE compute|recompute|check current|empty [SLICE]");
      System.exit(2);
    }
    String mode = args[1];
    boolean empty = args[2].equals("empty");
    int slice = args.length > 3 ? Integer.parseInt(args[3]) : MergedGraph.SLICE;
    try (TdbStore store = TdbStore.openExisting(Path.of(args[0]))) {
      DatasetGraph dsg = store.dataset();
      dsg.begin(ReadWrite.WRITE);
      try {
        Node target = mode.equals("check") ? SCRATCH : MERGED;
        if (empty) {
          dsg.removeGraph(target);
        }
        long start = System.nanoTime();
        switch (mode) {
          case "compute" ->
              GraphWrites.updateGraph(dsg, target, MergedGraph.compute(dsg).getGraph());
          case "recompute", "check" -> MergedGraph.recompute(dsg, target, slice);
          default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long triples = dsg.getGraph(target).size();
        String checked = mode.equals("check") ? "\tequal=" + equalsCompute(dsg) : "";
        System.out.printf(
            Locale.ROOT,
            "mode=%s\tfrom=%s\tslice=%d\tseconds=%.1f\ttriples=%d%s%n",
            mode,
            args[2],
            slice,
            seconds,
            triples,
            checked);
      } finally {
        dsg.abort();
        dsg.end();
      }
    }
  }

  /** Whether the scratch graph holds exactly the triples of the whole computation (no blanks). */
  private static boolean equalsCompute(DatasetGraph dsg) {
    Graph expected = MergedGraph.compute(dsg).getGraph();
    Graph actual = dsg.getGraph(SCRATCH);
    long missing = expected.find().filterDrop(actual::contains).toList().size();
    long extra = actual.find().filterDrop(expected::contains).toList().size();
    System.err.printf(
        Locale.ROOT,
        "expected=%d actual=%d missing=%d extra=%d%n",
        expected.size(),
        actual.size(),
        missing,
        extra);
    return missing == 0 && extra == 0;
  }
}
