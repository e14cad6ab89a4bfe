package org.sdkg.rdf;

import org.apache.jena.rdf.model.Resource;
import org.sdkg.extract.RelationKind;
import org.sdkg.extract.Status;
import org.sdkg.ontology.SD;

/** The ontology individual for each value of the extractor's enums. */
final class Terms {
  private Terms() {}

  static Resource kind(RelationKind kind) {
    return switch (kind) {
      case COOPERATION -> SD.Collaboration;
      case AGREEMENT -> SD.Agreement;
      case PROJECT -> SD.ProjectParticipation;
      case AID -> SD.Aid;
    };
  }

  static Resource status(Status status) {
    return switch (status) {
      case ACTIVE -> SD.Active;
      case PROPOSED -> SD.Proposed;
      case SUSPENDED -> SD.Suspended;
      case ENDED -> SD.Ended;
    };
  }
}
