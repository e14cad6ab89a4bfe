package org.sdkg.rdf;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.sdkg.ontology.SD;

/**
 * The bookkeeping of incremental builds, read from the article graphs themselves: each article
 * graph is named by the article's content id and its article node records the file name. No
 * separate index can fall out of step with the graphs.
 */
public final class StoredArticles {
  private StoredArticles() {}

  /** Content id to file name of every article graph in {@code dsg}, sorted by id. */
  public static Map<String, String> read(DatasetGraph dsg) {
    Map<String, String> articles = new TreeMap<>();
    Iterator<Node> graphs = dsg.listGraphNodes();
    while (graphs.hasNext()) {
      Node graph = graphs.next();
      Optional<String> id =
          graph.isURI() ? Iris.articleIdOfGraph(graph.getURI()) : Optional.empty();
      if (id.isEmpty()) {
        continue;
      }
      Iterator<Quad> names =
          dsg.find(graph, Iris.article(id.get()).asNode(), SD.fileName.asNode(), Node.ANY);
      articles.put(
          id.get(), names.hasNext() ? names.next().getObject().getLiteralLexicalForm() : "");
    }
    return articles;
  }

  /** Records that the article with content id {@code id} now lives in {@code fileName}. */
  public static void rename(DatasetGraph dsg, String id, String fileName) {
    Node graph = Iris.articleGraph(id).asNode();
    Node article = Iris.article(id).asNode();
    dsg.deleteAny(graph, article, SD.fileName.asNode(), Node.ANY);
    dsg.add(graph, article, SD.fileName.asNode(), NodeFactory.createLiteralString(fileName));
  }
}
