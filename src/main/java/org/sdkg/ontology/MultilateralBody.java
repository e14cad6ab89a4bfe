package org.sdkg.ontology;

import java.util.ArrayList;
import java.util.List;

/**
 * An intergovernmental organisation that takes part in cooperation like a country does (the UN,
 * WHO, ESA, CERN…).
 *
 * @param acronym the usual short form, e.g. {@code WHO}; the key of the body's IRI
 * @param name English name
 * @param qid Wikidata item, e.g. {@code Q7817}
 * @param aliases other case-sensitive forms used in text ("the WHO", "World Health Organisation")
 */
public record MultilateralBody(String acronym, String name, String qid, List<String> aliases) {

  public MultilateralBody {
    aliases = List.copyOf(aliases);
  }

  /** The acronym, name and aliases: every form under which text may refer to this body. */
  public List<String> surfaceForms() {
    var forms = new ArrayList<String>();
    forms.add(acronym);
    forms.add(name);
    forms.addAll(aliases);
    return forms.stream().distinct().toList();
  }
}
