package org.sdkg.generate;

import java.time.LocalDate;
import java.util.List;
import org.sdkg.ontology.Country;
import org.sdkg.ontology.Topic;

/**
 * Who and what one generated article is about: its main pair of countries, a third country, a few
 * more for member lists, two topics, a project, a multilateral body and two speakers.
 *
 * @param a first country of the main pair (drawn with news-like skew)
 * @param b second country of the main pair
 * @param c a third country
 * @param members further countries for member lists
 * @param topic the main topic
 * @param topic2 a secondary topic
 * @param project the project's name
 * @param body how the text names the multilateral body ("the World Health Organization")
 * @param speakerA a person speaking for {@code a}
 * @param speakerB a person speaking for {@code b}
 * @param published the publication date
 */
record Cast(
    Country a,
    Country b,
    Country c,
    List<Country> members,
    Topic topic,
    Topic topic2,
    String project,
    String body,
    Speaker speakerA,
    Speaker speakerB,
    LocalDate published) {

  Cast {
    members = List.copyOf(members);
  }

  /** A named person with the role they speak in ("Kenyan Minister of Health"). */
  record Speaker(String name, String role) {
    String lastName() {
      return name.substring(name.lastIndexOf(' ') + 1);
    }
  }
}
