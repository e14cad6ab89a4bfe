package org.sdkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The {@code ontology/*.ttl} files as packaged on the classpath (the build copies them into the
 * jar), read into one model: the content of the ontology graph, and the source of the prefixes
 * dumps use.
 */
public final class OntologyGraph {
  private static final String FOLDER = "ontology";

  private OntologyGraph() {}

  /** All {@code /ontology/*.ttl} resources, merged, with their prefixes. */
  public static Model load() {
    Model model = ModelFactory.createDefaultModel();
    for (String name : names()) {
      try (InputStream in = OntologyGraph.class.getResourceAsStream("/" + FOLDER + "/" + name)) {
        RDFParser.source(in).lang(Lang.TURTLE).base(Iris.BASE).parse(model);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return model;
  }

  /**
   * The prefixes dumps use: those the ontology files declare, and the data prefixes of {@link
   * Iris}. {@code rdf:} is left out so Turtle writes {@code a} for {@code rdf:type}.
   */
  public static Map<String, String> prefixes(Model ontology) {
    Map<String, String> prefixes = new TreeMap<>(ontology.getNsPrefixMap());
    prefixes.remove("rdf");
    prefixes.putAll(Iris.dataPrefixes());
    return prefixes;
  }

  /** File names of the Turtle files in the packaged ontology folder, sorted. */
  static List<String> names() {
    URL url = OntologyGraph.class.getResource("/" + FOLDER);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return list(jar.getPath("/" + FOLDER));
        } catch (FileSystemAlreadyExistsException e) {
          return list(FileSystems.getFileSystem(uri).getPath("/" + FOLDER));
        }
      }
      return list(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad classpath URL " + url, e);
    }
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".ttl"))
          .sorted()
          .toList();
    }
  }
}
