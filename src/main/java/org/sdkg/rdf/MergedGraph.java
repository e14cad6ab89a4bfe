package org.sdkg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.sdkg.ontology.SD;

/**
 * Computes the merged graph from the article graphs of a dataset: each cooperation once, with
 * {@code sd:mentionCount} and a link to every mention in every article; the entities; and {@code
 * sd:cooperatesWith} between countries. Where reports differ, the latest report wins for the
 * single-valued facts ({@code sd:status}, {@code sd:date}: latest publication date, then article,
 * then position in the text); every speaker is kept; the unnamed-partner count is the largest
 * given.
 */
public final class MergedGraph {
  private MergedGraph() {}

  /** The merged graph of the article graphs in {@code dsg} (call inside a read transaction). */
  public static Model compute(DatasetGraph dsg) {
    Model merged = ModelFactory.createDefaultModel();
    merged.add(construct(dsg, "merged-cooperations.rq"));
    merged.add(construct(dsg, "merged-entities.rq"));
    settleReports(dsg, merged);
    for (QuerySolution row : select(dsg, "merged-unnamed-partners.rq")) {
      merged.add(row.getResource("cooperation"), SD.unnamedPartners, row.getLiteral("partners"));
    }
    merged.add(construct(DatasetGraphFactory.wrap(merged.getGraph()), "merged-cooperates-with.rq"));
    return merged;
  }

  private record Report(
      Resource mention,
      String published,
      String article,
      long start,
      RDFNode status,
      Literal date) {}

  private static void settleReports(DatasetGraph dsg, Model merged) {
    Map<Resource, List<Report>> byCooperation = new HashMap<>();
    for (QuerySolution row : select(dsg, "merged-reports.rq")) {
      Resource cooperation = row.getResource("cooperation");
      byCooperation
          .computeIfAbsent(cooperation, k -> new ArrayList<>())
          .add(
              new Report(
                  row.getResource("mention"),
                  row.getLiteral("published").getLexicalForm(),
                  row.getResource("article").getURI(),
                  row.getLiteral("start").getLong(),
                  row.get("status"),
                  row.contains("date") ? row.getLiteral("date") : null));
      if (row.contains("speaker")) {
        merged.add(cooperation, SD.statedBy, row.getResource("speaker"));
      }
    }
    Comparator<Report> chronological =
        Comparator.comparing(Report::published)
            .thenComparing(Report::article)
            .thenComparingLong(Report::start)
            .thenComparing(r -> r.mention().getURI());
    byCooperation.forEach(
        (cooperation, reports) -> {
          reports.sort(chronological);
          long mentions = reports.stream().map(Report::mention).distinct().count();
          merged.addLiteral(cooperation, SD.mentionCount, Literals.integer(mentions));
          Report latest = reports.get(reports.size() - 1);
          merged.add(cooperation, SD.status, latest.status());
          reports.stream()
              .filter(r -> r.date() != null)
              .reduce((first, second) -> second)
              .ifPresent(r -> merged.add(cooperation, SD.date, r.date()));
        });
  }

  private static Model construct(DatasetGraph dsg, String query) {
    return ModelFactory.createModelForGraph(
        SparqlFiles.construct(dsg, SparqlFiles.load(MergedGraph.class, query), Map.of()));
  }

  private static List<QuerySolution> select(DatasetGraph dsg, String query) {
    return SparqlFiles.select(dsg, SparqlFiles.load(MergedGraph.class, query), Map.of());
  }
}
