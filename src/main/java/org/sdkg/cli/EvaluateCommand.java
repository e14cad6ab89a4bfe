package org.sdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sdkg.extract.Evaluation;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.GoldRow;
import org.sdkg.extract.GoldTsv;
import org.sdkg.extract.ParallelExtraction;
import org.sdkg.extract.Relation;
import org.sdkg.ingest.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sdkg evaluate}: extraction quality against a gold file. Exit 0 even when scores are low.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Score extraction against a gold TSV: precision/recall/F1 per relation kind, pair and strict.")
public final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "GOLD.tsv",
      description = "Gold relations file.")
  Path goldFile;

  @picocli.CommandLine.ParentCommand SdkgCommand root;

  @Parameters(
      arity = "1..*",
      paramLabel = "DIR",
      description = "Article files or folders the gold describes.")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    List<GoldRow> gold;
    try {
      gold = GoldTsv.read(goldFile);
    } catch (GoldTsv.BadGoldException e) {
      throw new UserException(e.getMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UserException("no gold file " + goldFile + "; check the --gold path");
    }
    IngestResult read = input.read(paths, spec.commandLine().getErr());
    List<GoldRow> predicted = new ArrayList<>();
    for (Extraction e : ParallelExtraction.extractAll(read.articles(), input.threads(), x -> {})) {
      for (Relation r : e.relations()) {
        predicted.add(GoldRow.of(e.article().fileName(), r));
      }
    }
    Evaluation eval = new Evaluation(gold, predicted);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%-12s %-7s %9s %9s %9s %5s %5s %5s%n",
        "relation", "level", "precision", "recall", "F1", "tp", "pred", "gold");
    for (String kind : eval.kinds()) {
      printRow(out, kind, eval, kind);
    }
    printRow(out, "overall", eval, null);
    Evaluation.Score status = eval.statusAccuracy();
    out.printf(
        Locale.ROOT,
        "status accuracy on matched pairs: %.3f (%d of %d)%n",
        status.precision(),
        status.truePositives(),
        status.predicted());
    if (root.logging.verbosity() > 0) {
      out.println();
      out.println("misses (gold, strict):");
      eval.misses().forEach(r -> out.println("  " + describe(r)));
      out.println("false positives (strict):");
      eval.falsePositives().forEach(r -> out.println("  " + describe(r)));
    }
    out.flush();
    return 0;
  }

  private static void printRow(PrintWriter out, String label, Evaluation eval, String kind) {
    for (boolean strict : new boolean[] {false, true}) {
      Evaluation.Score s = eval.score(strict, kind);
      out.printf(
          Locale.ROOT,
          "%-12s %-7s %9.3f %9.3f %9.3f %5d %5d %5d%n",
          label,
          strict ? "strict" : "pair",
          s.precision(),
          s.recall(),
          s.f1(),
          s.truePositives(),
          s.predicted(),
          s.gold());
    }
  }

  private static String describe(GoldRow r) {
    String ev = r.evidence().length() > 110 ? r.evidence().substring(0, 109) + "…" : r.evidence();
    return String.join(" ", r.file(), r.a(), r.b(), r.relation(), r.status(), r.topic())
        + "  | "
        + ev;
  }
}
