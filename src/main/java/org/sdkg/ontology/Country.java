package org.sdkg.ontology;

import java.util.List;

/**
 * One country as the graph knows it: ISO 3166 codes and English name from the JDK, plus the curated
 * Wikidata QID, aliases and demonyms from {@code countries.tsv}.
 *
 * @param alpha2 ISO 3166-1 alpha-2 code, e.g. {@code CN} ({@code SU} for the historical Soviet
 *     Union)
 * @param alpha3 ISO 3166-1 alpha-3 code, e.g. {@code CHN}; the key of the country's IRI
 * @param name English short name as the JDK gives it, e.g. {@code China}
 * @param qid Wikidata item, e.g. {@code Q148}
 * @param aliases other names used in news text, case-sensitive ("U.S.", "the Netherlands")
 * @param demonyms adjectives and nouns for its people or things ("Chinese", "Comorian")
 */
public record Country(
    String alpha2,
    String alpha3,
    String name,
    String qid,
    List<String> aliases,
    List<String> demonyms) {

  public Country {
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
  }

  /** The name, aliases and demonyms: every form under which text may refer to this country. */
  public List<String> surfaceForms() {
    var forms = new java.util.ArrayList<String>();
    forms.add(name);
    forms.addAll(aliases);
    forms.addAll(demonyms);
    return forms.stream().distinct().toList();
  }
}
