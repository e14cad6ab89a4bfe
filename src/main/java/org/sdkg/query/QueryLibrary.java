package org.sdkg.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The analyst queries, one {@code NAME.rq} file each. They are read from the project's {@code
 * queries/} folder when there is one (so users can add and edit queries), else from the copy the
 * build puts into the jar under {@code /queries/}.
 */
public final class QueryLibrary {
  /** Where the build puts {@code queries/*.rq} inside the jar. */
  public static final String RESOURCE_FOLDER = "/queries";

  private static final String SUFFIX = ".rq";

  private final Path folder;
  private final String shownAs;

  private QueryLibrary(Path folder, String shownAs) {
    this.folder = folder;
    this.shownAs = shownAs;
  }

  /** The queries in {@code folder}. */
  public static QueryLibrary in(Path folder) {
    return new QueryLibrary(folder, folder.toString());
  }

  /** {@code projectFolder} if it exists, else the queries inside the sdkg jar. */
  public static QueryLibrary locate(Path projectFolder) {
    if (Files.isDirectory(projectFolder)) {
      return in(projectFolder);
    }
    return new QueryLibrary(bundledFolder(), "the sdkg jar");
  }

  /** Where the queries come from, for messages: a folder, or "the sdkg jar". */
  public String shownAs() {
    return shownAs;
  }

  /** The names of all queries, sorted. */
  public List<String> names() {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new QueryException("cannot list the queries in " + shownAs + ": " + e.getMessage(), e);
    }
  }

  /** The query called {@code name}, or empty when the library has none by that name. */
  public Optional<QueryText> find(String name) {
    if (!names().contains(name)) {
      return Optional.empty();
    }
    Path file = folder.resolve(name + SUFFIX);
    String source = folder.getFileSystem() == FileSystems.getDefault() ? file.toString() : name;
    return Optional.of(QueryText.of(name, source, read(file)));
  }

  /** The query called {@code name}; fails with the list of known names. */
  public QueryText get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new QueryException(
                    "no query named '"
                        + name
                        + "' in "
                        + shownAs
                        + "; known: "
                        + String.join(", ", names())
                        + " (see sdkg query --list)"));
  }

  /** Every query of the library, in name order; a malformed header fails on its own file. */
  public List<QueryText> all() {
    List<QueryText> queries = new ArrayList<>();
    for (String name : names()) {
      queries.add(get(name));
    }
    return queries;
  }

  /** A query file outside the library ({@code sdkg query my.rq}). */
  public static QueryText readFile(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(SUFFIX)) {
      name = name.substring(0, name.length() - SUFFIX.length());
    }
    return QueryText.of(name, file.toString(), read(file));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new QueryException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Path bundledFolder() {
    URL url = QueryLibrary.class.getResource(RESOURCE_FOLDER);
    if (url == null) {
      throw new QueryException(
          "this sdkg jar holds no queries and there is no queries/ folder here; run sdkg from the"
              + " project folder or pass --queries DIR");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return Path.of(uri);
      }
      return jarFileSystem(uri).getPath(RESOURCE_FOLDER);
    } catch (URISyntaxException | IOException e) {
      throw new QueryException("cannot read the queries inside the sdkg jar: " + e, e);
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.getFileSystem(uri);
    } catch (FileSystemNotFoundException e) {
      return FileSystems.newFileSystem(uri, Map.of());
    }
  }
}
