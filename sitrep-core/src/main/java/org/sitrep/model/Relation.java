package org.sitrep.model;

import java.util.List;

/** "subject relation object", e.g. Russia supports Syrian government forces, with its evidence. */
public record Relation(String id, RelationType relation, Actor subject, Actor object, Article article, List<Evidence> evidence) {
  public Relation {
    evidence = List.copyOf(evidence);
  }
}
