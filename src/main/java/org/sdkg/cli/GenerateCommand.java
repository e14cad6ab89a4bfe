package org.sdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sdkg.generate.CorpusGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sdkg generate}: writes a synthetic corpus for the benchmarks in {@code bench/}. The
 * articles read like science-cooperation news but are made up, so they measure speed, never
 * quality.
 */
@Command(
    name = GenerateCommand.COMMAND_NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Write synthetic news articles (seed format) for speed benchmarks.",
      "Deterministic: the same --seed gives byte-identical files; article i is the same for any"
          + " --articles above i. Earlier gen-*.txt files in DIR are replaced."
    })
public final class GenerateCommand implements Callable<Integer> {
  public static final String COMMAND_NAME = "generate";

  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      required = true,
      paramLabel = "N",
      description = "How many articles to write.")
  int articles;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Folder to write gen-000001.txt ... into (created when missing).")
  Path output;

  @Override
  public Integer call() {
    if (articles < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--articles must be at least 1; found " + articles);
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      throw new UserException(output + " is a file; give a folder for -o");
    }
    long started = System.nanoTime();
    CorpusGenerator.Summary summary;
    try {
      summary = new CorpusGenerator(seed).write(output, articles);
    } catch (IOException e) {
      throw new UserException(
          "cannot write into " + output + ": " + e.getMessage() + "; check it is writable");
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "generated %d articles (%d words, %d bytes) in %s in %.1f s%n",
        summary.articles(),
        summary.words(),
        summary.bytes(),
        output,
        (System.nanoTime() - started) / 1e9);
    err.flush();
    return 0;
  }
}
