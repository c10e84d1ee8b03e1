package org.sitrep.actor;

import org.sitrep.model.Actor;

/**
 * A possible mention: words [from, to) of the article and the actor they would denote (its
 * {@code text} is filled in when the mention is kept). Lower {@code priority} wins a tie in length.
 */
record Candidate(int from, int to, Actor actor, int priority) {
  static final int DEFINED_IN_ARTICLE = 0;
  static final int DICTIONARY = 1;
  static final int PERSON = 2;
  static final int GENERIC = 3;
}
