package org.sdkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.Fixtures;

class GraphSourcesTest {
  @TempDir Path tmp;

  @Test
  void fromStore_givesOneReplaceUploadPerGraphInIriOrderAndMergesTheDefaultGraphLast() {
    Path dir = Fixtures.createStore(tmp.resolve("store"));
    try (TdbStore store = TdbStore.openExisting(dir)) {
      store.write(
          () -> store.dataset().getDefaultGraph().add(SSE.parseTriple("(<urn:s> <urn:p> 1)")));

      List<GraphUpload> uploads =
          GraphSources.fromStore(store.dataset(), "store x", new Placement.AsInSource());

      assertEquals(
          List.of(
              "PUT <https://w3id.org/sdkg/graph/article/a1> 13",
              "PUT <https://w3id.org/sdkg/graph/merged> 9",
              "PUT <https://w3id.org/sdkg/graph/ontology> 4",
              "POST default graph 1"),
          uploads.stream().map(u -> u.httpMethod() + " " + u.label() + " " + u.triples()).toList());
      assertEquals(13, uploads.get(0).content().get().size());
    }
  }

  @Test
  void fromFiles_sameGraphInTwoFiles_isSentOnceWithBothFilesTriples() throws Exception {
    Path a = Files.writeString(tmp.resolve("a.trig"), "<urn:g> { <urn:s> <urn:p> 1 }\n");
    Path b =
        Files.writeString(
            tmp.resolve("b.nq"), "<urn:s> <urn:p> \"2\" <urn:g> .\n<urn:s> <urn:p> \"3\" .\n");

    GraphSources.FileGraphs read =
        GraphSources.fromFiles(List.of(a, b), new Placement.AsInSource());

    assertEquals(List.of(), read.problems());
    assertEquals(2, read.uploads().size());
    GraphUpload g = read.uploads().get(0);
    assertEquals(NodeFactory.createURI("urn:g"), g.graphName());
    assertEquals(GraphUpload.Mode.REPLACE, g.mode());
    assertEquals(2, g.triples());
    assertEquals(a + ", " + b, g.source());
    GraphUpload dflt = read.uploads().get(1);
    assertEquals(
        List.of(true, GraphUpload.Mode.MERGE, 1L, b.toString()),
        List.of(dflt.isDefaultGraph(), dflt.mode(), dflt.triples(), dflt.source()));
  }

  @Test
  void fromFiles_unknownExtensionAndMissingFile_areReportedAndTheRestIsUsed() throws Exception {
    Path txt = Files.writeString(tmp.resolve("notes.txt"), "hello\n");
    Path missing = tmp.resolve("missing.trig");

    GraphSources.FileGraphs read =
        GraphSources.fromFiles(List.of(txt, missing, Fixtures.trig()), new Placement.AsInSource());

    assertEquals(
        List.of(
            txt + ": unknown RDF file extension; use .trig, .nq, .ttl, .nt, .jsonld or .rdf",
            missing + ": no such file"),
        read.problems());
    assertEquals(3, read.uploads().size());
  }
}
