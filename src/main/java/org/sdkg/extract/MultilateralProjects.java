package org.sdkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "The ISS is maintained by a collaboration of five agencies: NASA, Roscosmos, ESA, JAXA and CSA":
 * when one sentence names a project and three or more parties cooperating, each party takes part in
 * the project; pairing every party with every other would invent bilateral ties the text does not
 * state.
 */
final class MultilateralProjects {
  private MultilateralProjects() {}

  static List<Relation> asMembers(
      List<Relation> stated, List<Mention> mentions, ArticleContext context, Lexicon lexicon) {
    List<Relation> cooperations =
        stated.stream().filter(r -> r.kind() == RelationKind.COOPERATION).toList();
    Set<String> parties = new LinkedHashSet<>();
    for (Relation r : cooperations) {
      parties.add(r.a());
      parties.add(r.b());
    }
    parties.remove(Relation.UNNAMED);
    String project = namedProject(mentions, lexicon);
    if (parties.size() < 3 || project == null) {
      return stated;
    }
    List<Relation> out = new ArrayList<>();
    stated.stream().filter(r -> r.kind() != RelationKind.COOPERATION).forEach(out::add);
    Relation first = cooperations.get(0);
    ArticleContext.ProjectFacts facts = context.project(project);
    String topic = facts.topic != null ? facts.topic : first.topic();
    for (String party : parties) {
      out.add(
          new Relation(
              RelationKind.PROJECT,
              party,
              Relation.UNNAMED,
              first.status(),
              topic,
              project,
              first.date(),
              null,
              null,
              first.speaker(),
              first.evidence()));
    }
    return out;
  }

  /** The project the sentence names, unless it is an agreement ("under the Paris Agreement"). */
  private static String namedProject(List<Mention> mentions, Lexicon lexicon) {
    return mentions.stream()
        .filter(m -> m.type() == MentionType.PROJECT)
        .filter(m -> !lexicon.namesAgreement(m.key()))
        .map(Mention::key)
        .findFirst()
        .orElse(null);
  }
}
