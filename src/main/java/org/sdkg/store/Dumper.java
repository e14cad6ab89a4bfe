package org.sdkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the store, or one of its named graphs, in any {@link DumpFormat}, in a canonical order so
 * the same store content always gives the same bytes, whatever order it was stored in.
 *
 * <p>The store can be far larger than the heap, so the quads are not copied into memory: each
 * becomes a {@link SortableLine}, {@link SortedLines} sorts them on disk (runs beside the output
 * file, or in the system's temporary folder for a stream) and drops duplicates, and RIOT parses the
 * sorted lines back into Jena's streaming writer for the format. Sorted by subject, a subject's
 * triples reach the Turtle and TriG writers together and form one block. JSON-LD and RDF/XML have
 * no streaming writer; they still get the sorted lines, but build the graph in memory.
 */
public final class Dumper {
  private static final String STREAM_NAME = "sdkg-dump";

  private final TdbStore store;
  private final int chunkChars;
  private final Path streamScratch;

  public Dumper(TdbStore store) {
    this(store, SortedLines.CHUNK_CHARS, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * @param chunkChars characters of lines sorted in memory before they are written to a run
   * @param streamScratch where the runs of a dump to a stream go
   */
  Dumper(TdbStore store, int chunkChars, Path streamScratch) {
    this.store = store;
    this.chunkChars = chunkChars;
    this.streamScratch = streamScratch;
  }

  /**
   * Writes to {@code out}.
   *
   * @param graph IRI of the one named graph to write, or empty for all of them
   */
  public void write(DumpFormat format, Optional<String> graph, OutputStream out) {
    try (Snapshot snapshot = sort(format, graph, streamScratch, STREAM_NAME)) {
      emit(format, snapshot, out);
    }
  }

  /** Writes to a character stream (standard output through picocli). */
  public void write(DumpFormat format, Optional<String> graph, Writer out) {
    try {
      OutputStream bytes =
          WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8).get();
      write(format, graph, bytes);
      bytes.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes to {@code file}, replacing it only once the whole dump is written. */
  public void write(DumpFormat format, Optional<String> graph, Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    try (Snapshot snapshot = sort(format, graph, folder, file.getFileName().toString())) {
      AtomicFile.write(file, out -> emit(format, snapshot, out));
    }
  }

  /** The store's sorted lines and prefixes, read in one transaction. */
  private record Snapshot(SortedLines lines, SortableLine shape, PrefixMap prefixes)
      implements AutoCloseable {
    @Override
    public void close() {
      lines.close();
    }
  }

  private Snapshot sort(DumpFormat format, Optional<String> graph, Path folder, String name) {
    SortableLine shape = format.keepsGraphs() ? SortableLine.QUAD : SortableLine.TRIPLE;
    SortedLines lines = new SortedLines(folder, name, chunkChars, SortedLines.FAN_IN);
    try {
      PrefixMap prefixes =
          store.read(
              () -> {
                CanonicalLines.read(store, graph, shape, lines);
                return PrefixMapFactory.create(store.dataset().prefixes());
              });
      return new Snapshot(lines, shape, prefixes);
    } catch (RuntimeException e) {
      lines.close();
      throw e;
    }
  }

  private static void emit(DumpFormat format, Snapshot snapshot, OutputStream out) {
    if (format.streams()) {
      StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.jenaFormat());
      parse(snapshot, withPrefixes(writer, snapshot.prefixes()));
      return;
    }
    List<Quad> quads = new ArrayList<>();
    List<Triple> triples = new ArrayList<>();
    parse(
        snapshot,
        new StreamRDFBase() {
          @Override
          public void triple(Triple triple) {
            triples.add(triple);
          }

          @Override
          public void quad(Quad quad) {
            quads.add(quad);
          }
        });
    RDFWriterBuilder writer =
        format.keepsGraphs()
            ? RDFWriter.source(StableOrder.dataset(quads, snapshot.prefixes()))
            : RDFWriter.source(StableOrder.graph(triples, snapshot.prefixes()));
    writer.format(format.jenaFormat()).output(out);
  }

  /** Sends the sorted lines, parsed, to {@code destination}, keeping blank node labels. */
  private static void parse(Snapshot snapshot, StreamRDF destination) {
    SortableLine shape = snapshot.shape();
    RDFParser.create()
        .source(new LinesReader(snapshot.lines().distinct(), shape::toRdf))
        .lang(shape.lang())
        .labelToNode(LabelToNode.createUseLabelEncoded())
        .checking(false)
        .parse(destination);
  }

  /** {@code writer}, which writes the store's prefixes, sorted, before the data. */
  private static StreamRDF withPrefixes(StreamRDF writer, PrefixMap prefixes) {
    Map<String, String> sorted = new TreeMap<>(prefixes.getMapping());
    return new StreamRDFWrapper(writer) {
      @Override
      public void start() {
        super.start();
        sorted.forEach(super::prefix);
      }
    };
  }
}
