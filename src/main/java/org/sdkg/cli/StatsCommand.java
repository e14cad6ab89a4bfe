package org.sdkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sdkg.store.StoreException;
import org.sdkg.store.StoreStats;
import org.sdkg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sdkg stats}: counts per class, per named graph, and the top country pairs. */
@Command(
    name = StatsCommand.COMMAND_NAME,
    mixinStandardHelpOptions = true,
    description = "Print counts per class and per named graph, and the top country pairs.")
public final class StatsCommand implements Callable<Integer> {
  public static final String COMMAND_NAME = "stats";

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "Country pairs to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--all-graphs", description = "List every article graph, not just their total.")
  boolean allGraphs;

  @Override
  public Integer call() {
    if (top < 0) {
      throw new UserException("--top must be 0 or more; got " + top);
    }
    StoreStats stats;
    try (TdbStore tdb = TdbStore.openExisting(store.path())) {
      stats = StoreStats.of(tdb);
    } catch (StoreException e) {
      throw new UserException(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("instances per class:");
    stats.classes().forEach(c -> out.printf("  %8d  %s%n", c.count(), c.name()));
    out.println("triples per graph:");
    printGraphs(out, stats.graphs());
    out.println("top country pairs (cooperations, mentions):");
    stats.pairs().stream()
        .limit(top)
        .forEach(
            p -> out.printf("  %8d  %8d  %s-%s%n", p.cooperations(), p.mentions(), p.a(), p.b()));
    out.flush();
    return 0;
  }

  private void printGraphs(PrintWriter out, List<StoreStats.Count> graphs) {
    long articleGraphs = 0;
    long articleTriples = 0;
    for (StoreStats.Count g : graphs) {
      if (StoreStats.isArticleGraph(g.name()) && !allGraphs) {
        articleGraphs++;
        articleTriples += g.count();
      } else {
        out.printf("  %8d  <%s>%n", g.count(), g.name());
      }
    }
    if (!allGraphs) {
      out.printf(
          "  %8d  in %d article graph%s (--all-graphs lists them)%n",
          articleTriples, articleGraphs, articleGraphs == 1 ? "" : "s");
    }
  }
}
