package org.sdkg.rdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.sdkg.extract.Evidence;
import org.sdkg.extract.Extraction;
import org.sdkg.extract.Relation;
import org.sdkg.extract.Statement;
import org.sdkg.ingest.Article;
import org.sdkg.ontology.SD;
import org.sdkg.ontology.ShapesValidator;
import org.sdkg.ontology.Violation;

/**
 * Properties every extraction and article graph must have, whatever the input: offsets that slice
 * the article text to the evidence, and graphs that conform to the SHACL shapes. Each check returns
 * the problems it found (empty when all is well) so a test can print all of them at once.
 */
public final class ArticleGraphChecks {
  private static final ShapesValidator SHAPES = ShapesValidator.load();

  private ArticleGraphChecks() {}

  /**
   * Offsets of the extraction's records: each relation's evidence is exactly {@code text[start,
   * end)}, each statement's text lies within its sentence {@code text[start, end)}.
   */
  public static List<String> offsetProblems(Extraction extraction) {
    String text = extraction.article().text();
    List<String> problems = new ArrayList<>();
    for (Relation r : extraction.relations()) {
      Evidence e = r.evidence();
      String slice = slice(text, e.start(), e.end());
      if (!e.text().equals(slice)) {
        problems.add("evidence " + e.start() + "-" + e.end() + " of " + r + " slices " + slice);
      }
    }
    for (Statement s : extraction.statements()) {
      String slice = slice(text, s.start(), s.end());
      if (slice == null || !slice.contains(s.text())) {
        problems.add("statement " + s + " is not in its sentence " + slice);
      }
    }
    return problems;
  }

  /**
   * Offsets as the graph states them: every {@code sd:Mention} has {@code sd:text} equal to the
   * article text between its {@code sd:start} and {@code sd:end}, every {@code sd:Statement}'s text
   * lies between them.
   */
  public static List<String> graphOffsetProblems(Article article, Model graph) {
    List<String> problems = new ArrayList<>();
    for (Resource type : List.of(SD.Mention, SD.Statement)) {
      graph
          .listResourcesWithProperty(RDF.type, type)
          .forEachRemaining(
              node -> {
                int start = node.getRequiredProperty(SD.start).getInt();
                int end = node.getRequiredProperty(SD.end).getInt();
                String text = node.getRequiredProperty(SD.text).getString();
                String slice = slice(article.text(), start, end);
                boolean ok =
                    slice != null
                        && (type.equals(SD.Mention) ? slice.equals(text) : slice.contains(text));
                if (!ok) {
                  problems.add(node + " [" + start + ", " + end + ") slices " + slice);
                }
              });
    }
    return problems;
  }

  /**
   * The SHACL violations of one article graph together with the merged graph computed from it
   * alone, as a store holding only this article would have them (the settled {@code sd:status}
   * lives in the merged graph).
   */
  public static List<Violation> violations(Article article, Model graph) {
    DatasetGraph dsg = DatasetGraphFactory.createGeneral();
    dsg.addGraph(Iris.articleGraph(article.id()).asNode(), graph.getGraph());
    Model merged = MergedGraph.compute(dsg);
    Graph union = new GraphMem2Fast();
    graph.getGraph().find().forEachRemaining(union::add);
    merged.getGraph().find().forEachRemaining(union::add);
    return SHAPES.validate(union);
  }

  /**
   * The RDF syntaxes the graph does not survive: written, read back and compared, for Turtle,
   * N-Triples, RDF/XML and JSON-LD (a literal with a control character cannot be written as XML).
   */
  public static List<String> roundTripProblems(Model graph) {
    List<String> problems = new ArrayList<>();
    for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML, Lang.JSONLD)) {
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, lang);
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), lang);
        if (!back.isIsomorphicWith(graph)) {
          problems.add("the graph changes when written as " + lang.getName());
        }
      } catch (RuntimeException e) {
        problems.add("the graph cannot be written and read as " + lang.getName() + ": " + e);
      }
    }
    return problems;
  }

  private static String slice(String text, int start, int end) {
    return 0 <= start && start <= end && end <= text.length() ? text.substring(start, end) : null;
  }
}
