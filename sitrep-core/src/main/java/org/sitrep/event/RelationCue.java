package org.sitrep.event;

import org.sitrep.model.RelationType;

/** One row of relations.tsv. */
record RelationCue(String lemma, char pos, RelationType relation, RelationPattern subject, RelationPattern object, String qualifier) {
  boolean fits(String tag) {
    if (pos == '*' || tag == null) {
      return true;
    }
    return pos == 'V' ? tag.startsWith("VB") || tag.startsWith("JJ") : tag.startsWith("NN");
  }
}
