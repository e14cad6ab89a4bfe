package org.sdkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --articles}, {@code --output} and {@code --no-dump}: what a store update reads and writes,
 * shared by {@code sdkg build} and {@code sdkg watch}.
 */
public final class UpdateOptions {
  @Option(
      names = "--articles",
      paramLabel = "PATH",
      arity = "1..*",
      description = "Article files or folders, read recursively (default: ${DEFAULT-VALUE}).",
      defaultValue = "articles")
  List<Path> articles;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Turtle dump written after each build (default: ${DEFAULT-VALUE}).",
      defaultValue = "output/sdkg.ttl")
  Path output;

  @Option(
      names = "--no-dump",
      description =
          "Update the store only, without writing the Turtle dump: for large stores updated"
              + " often, where rewriting the whole dump dominates; sdkg dump writes it when needed.")
  boolean noDump;

  List<Path> articles() {
    return articles;
  }

  /** Where the dump goes; empty with {@code --no-dump}. */
  Optional<Path> dump() {
    return noDump ? Optional.empty() : Optional.of(output);
  }

  /** The update these options describe, of the store in {@code storePath}. */
  StoreUpdate update(Path storePath, InputOptions input, PrintWriter err) {
    return new StoreUpdate(storePath, articles, input, dump(), err);
  }
}
