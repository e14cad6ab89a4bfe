package org.sdkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR}: the TDB2 store the graph commands read or write. */
public final class StoreOption {
  public static final Path DEFAULT = Path.of("output", "store");

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "TDB2 store folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "output/store")
  Path store;

  public Path path() {
    return store;
  }
}
