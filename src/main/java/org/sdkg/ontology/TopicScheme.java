package org.sdkg.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The topic scheme read from {@code ontology/topics.ttl} on the classpath. The labels live in that
 * file, not in Java, so analysts can extend the scheme without touching code.
 */
public final class TopicScheme {
  private final List<Topic> topics;

  private TopicScheme(List<Topic> topics) {
    this.topics = List.copyOf(topics);
  }

  /** The scheme shipped with sdkg; parsed once, shared (it is immutable). */
  public static TopicScheme load() {
    return Holder.INSTANCE;
  }

  /** A scheme read from a SKOS model: every {@code skos:Concept} that has a notation. */
  static TopicScheme fromModel(Model model) {
    List<Topic> topics = new ArrayList<>();
    model
        .listResourcesWithProperty(RDF.type, SKOS.Concept)
        .forEachRemaining(
            concept -> {
              String notation = string(concept, SKOS.notation);
              if (notation == null) {
                throw new IllegalStateException(concept + " has no skos:notation");
              }
              List<String> labels = new ArrayList<>();
              for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                concept
                    .listProperties(p)
                    .forEachRemaining(
                        s -> labels.add(s.getString().toLowerCase(Locale.ROOT).strip()));
              }
              Resource broader = concept.getPropertyResourceValue(SKOS.broader);
              String broaderNotation = broader == null ? null : string(broader, SKOS.notation);
              labels.sort(Comparator.naturalOrder());
              topics.add(
                  new Topic(
                      notation,
                      string(concept, SKOS.prefLabel),
                      labels.stream().distinct().toList(),
                      broaderNotation));
            });
    topics.sort(Comparator.comparing(Topic::notation));
    return new TopicScheme(topics);
  }

  /** All topics, ordered by notation. */
  public List<Topic> topics() {
    return topics;
  }

  public Optional<Topic> byNotation(String notation) {
    return topics.stream().filter(t -> t.notation().equals(notation)).findFirst();
  }

  private static String string(Resource r, Property p) {
    RDFNode node = r.getProperty(p) == null ? null : r.getProperty(p).getObject();
    return node == null ? null : node.asLiteral().getLexicalForm();
  }

  private static final class Holder {
    static final TopicScheme INSTANCE = fromModel(OntologyFiles.read(OntologyFiles.TOPICS));
  }
}
