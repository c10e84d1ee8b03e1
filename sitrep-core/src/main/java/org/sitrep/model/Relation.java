package org.sitrep.model;

import java.util.List;

/**
 * "subject relation object", e.g. Syrian government forces backed_by Russia, with its evidence.
 * {@code former} marks a tie the text says has ended ("a former al-Qaeda affiliate").
 */
public record Relation(String id, RelationType relation, Actor subject, Actor object, boolean former, Article article,
    List<Evidence> evidence) {
  public Relation {
    evidence = List.copyOf(evidence);
  }
}
