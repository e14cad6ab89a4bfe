package org.sdkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sdkg.store.DumpFormat;
import org.sdkg.store.Dumper;
import org.sdkg.store.StoreException;
import org.sdkg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code sdkg dump}: the store in any RDF format, on stdout or into a file. */
@Command(
    name = DumpCommand.COMMAND_NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Write the store as RDF, in a stable order (the same store gives the same bytes).",
      "trig, nq and jsonld keep the named graphs; ttl, nt and rdfxml write their union.",
      "ttl, trig, nq and nt stream in bounded memory (sorting on disk beside the output);"
          + " jsonld and rdfxml are built in memory, so the heap must hold the store's data."
    })
public final class DumpCommand implements Callable<Integer> {
  public static final String COMMAND_NAME = "dump";

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      defaultValue = "ttl",
      description = "ttl, trig, nq, nt, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
  DumpFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (replaced only when complete) instead of standard output.")
  Path output;

  @Option(
      names = "--graph",
      paramLabel = "IRI",
      description = "Only this named graph, e.g. https://w3id.org/sdkg/graph/merged.")
  String graph;

  @Override
  public Integer call() throws IOException {
    try (TdbStore tdb = TdbStore.openExisting(store.path())) {
      Dumper dumper = new Dumper(tdb);
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        dumper.write(format, Optional.ofNullable(graph), out);
        out.flush();
      } else {
        dumper.write(format, Optional.ofNullable(graph), output);
      }
    } catch (StoreException e) {
      throw new UserException(e.getMessage(), e);
    }
    return 0;
  }

  /** Rejects unknown formats while parsing, so they are usage errors (exit 2). */
  static final class FormatConverter implements ITypeConverter<DumpFormat> {
    @Override
    public DumpFormat convert(String value) {
      try {
        return DumpFormat.fromCode(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
