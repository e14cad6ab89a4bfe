package org.sdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.ParallelExtraction;
import org.sdkg.extract.Relation;
import org.sdkg.extract.RelationTsv;
import org.sdkg.ingest.IngestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sdkg extract}: prints the relations found in articles, as a table or as gold-format TSV.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract science-diplomacy relations from articles and print them.")
public final class ExtractCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    table,
    tsv
  }

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table (aligned columns) or tsv (the gold-file columns). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files or folders.")
  List<Path> paths;

  @Override
  public Integer call() {
    IngestResult read = input.read(paths, spec.commandLine().getErr());
    List<Extraction> extractions =
        ParallelExtraction.extractAll(read.articles(), input.threads(), e -> {});
    List<List<String>> rows = new ArrayList<>();
    for (Extraction e : extractions) {
      for (Relation r : e.relations()) {
        rows.add(RelationTsv.cells(e.article().fileName(), r));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.tsv) {
      out.println(RelationTsv.line(RelationTsv.HEADER));
      rows.forEach(r -> out.println(RelationTsv.line(r)));
    } else {
      TextTable.print(out, RelationTsv.HEADER, rows, 60);
    }
    out.flush();
    return input.exitCode(read, spec.commandLine().getErr());
  }
}
