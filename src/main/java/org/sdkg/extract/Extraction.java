package org.sdkg.extract;

import java.util.List;
import org.sdkg.ingest.Article;

/** Everything extracted from one article: the input of the RDF stage. */
public record Extraction(
    Article article,
    List<Person> people,
    List<Organisation> organisations,
    List<Project> projects,
    List<Relation> relations,
    List<Statement> statements) {

  public Extraction {
    people = List.copyOf(people);
    organisations = List.copyOf(organisations);
    projects = List.copyOf(projects);
    relations = List.copyOf(relations);
    statements = List.copyOf(statements);
  }
}
