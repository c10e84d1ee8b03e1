package org.sitrep.model;

import java.util.Locale;

/** Actor kinds of the event schema ({@code $defs.actor.kind}). */
public enum ActorKind {
  STATE_MILITARY, STATE_POLICE, GOVERNMENT, REBEL, MILITIA, TERRORIST_GROUP, FOREIGN_STATE,
  CIVILIANS, INTERNATIONAL_ORG, POLITICAL_PARTY, UNKNOWN;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ActorKind parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
