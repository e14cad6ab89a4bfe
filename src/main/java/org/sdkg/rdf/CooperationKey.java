package org.sdkg.rdf;

import java.util.ArrayList;
import java.util.List;
import org.sdkg.extract.Relation;
import org.sdkg.extract.RelationKind;

/**
 * What makes two reports the same cooperation: kind, participants, topic and project. Status and
 * date are left out on purpose: "suspended" in one article and "active" in a later one is the same
 * cooperation changing, not two cooperations. The cooperation IRI is minted from this key, so every
 * article graph and the merged graph name the same cooperation with the same node.
 *
 * @param kind cooperation, agreement, project or aid
 * @param participants participant codes, sorted except for aid (giver first, then receiver)
 * @param topic topic notation
 * @param project slug of the project name, or empty
 */
public record CooperationKey(
    RelationKind kind, List<String> participants, String topic, String project) {

  public CooperationKey {
    participants = List.copyOf(participants);
  }

  public static CooperationKey of(Relation r) {
    List<String> participants = new ArrayList<>(List.of(r.a(), r.b()));
    if (r.kind() != RelationKind.AID) {
      participants.sort(null);
    }
    String project = r.project() == null ? "" : Iris.slug(r.project());
    return new CooperationKey(r.kind(), participants, r.topic(), project);
  }

  /** The text the IRI hash is computed from; changing it renames every cooperation. */
  String canonical() {
    return String.join(
        "|", kind.code(), String.join(",", participants), topic == null ? "" : topic, project);
  }
}
