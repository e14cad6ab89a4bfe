package org.sdkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.sdkg.TestPaths;

/**
 * The store every query test runs on: {@code src/test/resources/query/fixture.trig} (the seed
 * article and a second article, laid out as {@code sdkg build} lays them out) plus {@code
 * ontology/*.ttl} in the ontology graph. To run the same tests on the real build, make {@link
 * #buildStore} run the build instead; the tests only see the store folder.
 */
public final class QueryFixtures {
  public static final Path FOLDER = TestPaths.project().resolve("src/test/resources/query");
  public static final Path TRIG = FOLDER.resolve("fixture.trig");
  public static final Path SECOND_ARTICLE =
      FOLDER.resolve("articles/2022-03-10-china-comoros-malaria.txt");

  public static final String SEED_ID = "1c954792dfd4eff0";
  public static final String SECOND_ID = "acfbab1ecfd1dae4";
  public static final String SEED_GRAPH = "https://w3id.org/sdkg/graph/article/1c954792dfd4eff0";
  public static final String SECOND_GRAPH = "https://w3id.org/sdkg/graph/article/acfbab1ecfd1dae4";

  private QueryFixtures() {}

  /** Writes the fixture store into {@code dir} and releases it; returns {@code dir}. */
  public static Path buildStore(Path dir) {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
    Txn.executeWrite(
        dsg,
        () -> {
          RDFDataMgr.read(dsg, TRIG.toString());
          var ontology = dsg.getGraph(NodeFactory.createURI(QueryRunner.ONTOLOGY_GRAPH));
          for (Path ttl : ontologyFiles()) {
            RDFDataMgr.read(ontology, ttl.toString());
          }
        });
    TDBInternal.expel(dsg);
    return dir;
  }

  /** A result's rows as {@code cell | cell} lines: literals by their lexical form, IRIs whole. */
  public static List<String> lines(QueryResult.Rows result) {
    List<String> lines = new ArrayList<>();
    for (Binding b : result.rows()) {
      List<String> cells = new ArrayList<>();
      for (Var v : result.vars()) {
        Node n = b.get(v);
        cells.add(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
      }
      lines.add(String.join(" | ", cells));
    }
    return lines;
  }

  private static List<Path> ontologyFiles() {
    try (Stream<Path> files = Files.list(TestPaths.project().resolve("ontology"))) {
      return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
