package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.TurtleWriterSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DumperTest {
  @TempDir Path tmp;

  private byte[] dump(TdbStore store, DumpFormat format, Optional<String> graph) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Dumper(store).write(format, graph, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(DumpFormat.class)
  void dump_sameDataStoredInDifferentOrders_givesIdenticalBytes(DumpFormat format) {
    byte[] first;
    try (TdbStore a = StoreFixtures.storeWithSample(tmp.resolve("a"), 1)) {
      first = dump(a, format, Optional.empty());
    }
    // Several other orders: blank nodes that tie are numbered by chance, one order in two.
    for (long seed = 2; seed <= 4; seed++) {
      byte[] other;
      try (TdbStore b = StoreFixtures.storeWithSample(tmp.resolve("s" + seed), seed)) {
        other = dump(b, format, Optional.empty());
      }
      long s = seed;
      assertArrayEquals(
          first,
          other,
          () ->
              "seed 1:\n"
                  + new String(first, StandardCharsets.UTF_8)
                  + "\nseed "
                  + s
                  + ":\n"
                  + new String(other, StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @EnumSource(DumpFormat.class)
  void dump_readBackByRio_isIsomorphicWithTheStore(DumpFormat format) throws Exception {
    byte[] bytes;
    try (TdbStore store = StoreFixtures.storeWithSample(tmp.resolve("s"), 3)) {
      bytes = dump(store, format, Optional.empty());
    }
    Model read = Rio.parse(new ByteArrayInputStream(bytes), "", rioFormat(format));
    Model expected = RdfBridge.toRdf4j(StoreFixtures.sample(), format.keepsGraphs());
    assertEquals(expected.size(), read.size(), "statement count");
    assertTrue(Models.isomorphic(expected, read), new String(bytes, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(DumpFormat.class)
  void rioWrittenData_readByJena_isIsomorphicWithTheSource(DumpFormat format) {
    DatasetGraph source = StoreFixtures.sample();
    Model model = RdfBridge.toRdf4j(source, true);
    WriterConfig config = new WriterConfig();
    config.set(TurtleWriterSettings.ABBREVIATE_NUMBERS, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Rio.write(model, out, rioFormat(format), config);

    DatasetGraph read = DatasetGraphFactory.createTxnMem();
    RDFParser.source(new ByteArrayInputStream(out.toByteArray()))
        .lang(jenaLang(format))
        .parse(read);
    if (format.keepsGraphs()) {
      assertTrue(IsoMatcher.isomorphic(source, read), out.toString(StandardCharsets.UTF_8));
    } else {
      Graph union = DatasetGraphFactory.createTxnMem().getDefaultGraph();
      source.find().forEachRemaining(q -> union.add(q.asTriple()));
      assertTrue(
          union.isIsomorphicWith(read.getDefaultGraph()), out.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void dump_turtle_mergesTheGraphsAndUsesTheStorePrefixes() {
    String ttl;
    try (TdbStore store = StoreFixtures.storeWithSample(tmp.resolve("s"), 4)) {
      ttl = new String(dump(store, DumpFormat.TTL, Optional.empty()), StandardCharsets.UTF_8);
    }
    assertTrue(ttl.contains("PREFIX sd: <https://w3id.org/sdkg/ontology#>\n"), ttl);
    // The country's triples from the article graph and the merged graph sit in one block.
    int block = ttl.indexOf("<https://w3id.org/sdkg/id/country/CHN>\n");
    assertTrue(block >= 0, ttl);
    assertEquals(block, ttl.lastIndexOf("<https://w3id.org/sdkg/id/country/CHN>\n"), ttl);
  }

  @Test
  void dump_oneGraph_writesOnlyThatGraph() {
    String nq;
    try (TdbStore store = StoreFixtures.storeWithSample(tmp.resolve("s"), 5)) {
      nq =
          new String(
              dump(store, DumpFormat.NQ, Optional.of("https://w3id.org/sdkg/graph/merged")),
              StandardCharsets.UTF_8);
    }
    String[] lines = nq.split("\n");
    assertEquals(7, lines.length, nq);
    for (String line : lines) {
      assertTrue(line.endsWith(" <https://w3id.org/sdkg/graph/merged> ."), line);
    }
  }

  @Test
  void dump_unknownGraph_failsNamingTheGraphAndTheFix() {
    try (TdbStore store = StoreFixtures.storeWithSample(tmp.resolve("s"), 6)) {
      StoreException e =
          assertThrows(
              StoreException.class,
              () -> dump(store, DumpFormat.TTL, Optional.of("https://example.org/nope")));
      assertEquals(
          "no graph <https://example.org/nope> in "
              + tmp.resolve("s")
              + "; sdkg stats lists the graphs",
          e.getMessage());
    }
  }

  static RDFFormat rioFormat(DumpFormat format) {
    return switch (format) {
      case TTL -> RDFFormat.TURTLE;
      case TRIG -> RDFFormat.TRIG;
      case NQ -> RDFFormat.NQUADS;
      case NT -> RDFFormat.NTRIPLES;
      case JSONLD -> RDFFormat.JSONLD;
      case RDFXML -> RDFFormat.RDFXML;
    };
  }

  static Lang jenaLang(DumpFormat format) {
    return switch (format) {
      case TTL -> Lang.TURTLE;
      case TRIG -> Lang.TRIG;
      case NQ -> Lang.NQUADS;
      case NT -> Lang.NTRIPLES;
      case JSONLD -> Lang.JSONLD;
      case RDFXML -> Lang.RDFXML;
    };
  }
}
