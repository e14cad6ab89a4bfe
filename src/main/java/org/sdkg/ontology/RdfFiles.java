package org.sdkg.ontology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Reads RDF files of any syntax Jena knows (chosen by file extension) into a dataset, reporting
 * syntax errors as {@code FILE:LINE:COL: message} so users can jump straight to the mistake.
 */
public final class RdfFiles {
  private RdfFiles() {}

  /**
   * The dataset in {@code file}: triples land in the default graph, quads in their named graphs.
   *
   * @param warnings receives parser warnings, already formatted as {@code FILE:LINE:COL: warning:
   *     ...}
   */
  public static DatasetGraph read(Path file, Consumer<String> warnings) throws RdfFileException {
    if (!Files.isRegularFile(file)) {
      throw new RdfFileException(
          file
              + ": "
              + (Files.isDirectory(file) ? "is a directory; give RDF files" : "no such file"));
    }
    Lang lang = RDFLanguages.pathnameToLang(file.toString());
    if (lang == null) {
      throw new RdfFileException(
          file + ": unknown RDF syntax; name the file .ttl, .nt, .nq, .trig, .jsonld or .rdf");
    }
    JsonLdContexts.refuseRemote();
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    try {
      RDFParser.source(file).lang(lang).errorHandler(new Positions(file, warnings)).parse(dataset);
    } catch (SyntaxError e) {
      throw new RdfFileException(e.getMessage());
    } catch (RiotException e) {
      throw new RdfFileException(file + ": " + e.getMessage());
    }
    return dataset;
  }

  private static String at(Path file, long line, long col) {
    if (line < 0) {
      return file.toString();
    }
    return col < 0 ? file + ":" + line : file + ":" + line + ":" + col;
  }

  /** Thrown from inside the parser to stop at the first error, with its position. */
  private static final class SyntaxError extends RiotException {
    SyntaxError(String message) {
      super(message);
    }
  }

  private record Positions(Path file, Consumer<String> warnings) implements ErrorHandler {
    @Override
    public void warning(String message, long line, long col) {
      warnings.accept(at(file, line, col) + ": warning: " + message);
    }

    @Override
    public void error(String message, long line, long col) {
      throw new SyntaxError(at(file, line, col) + ": " + message);
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new SyntaxError(at(file, line, col) + ": " + message);
    }
  }
}
