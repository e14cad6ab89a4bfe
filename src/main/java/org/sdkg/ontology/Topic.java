package org.sdkg.ontology;

import java.util.List;

/**
 * One concept of the SKOS topic scheme ({@code ontology/topics.ttl}).
 *
 * @param notation the short code, e.g. {@code climate}; also the local name of the concept IRI
 * @param prefLabel the display label, e.g. {@code clean energy}
 * @param labels the preferred, alternative and hidden labels in lower case: the phrases that signal
 *     this topic in text
 * @param broader notation of the broader topic ({@code public_health} for {@code malaria}), or
 *     {@code null} for a top concept
 */
public record Topic(String notation, String prefLabel, List<String> labels, String broader) {

  public Topic {
    labels = List.copyOf(labels);
  }
}
