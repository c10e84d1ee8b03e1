package org.sitrep.model;

import java.util.Locale;

/** Event types of the schema. */
public enum EventType {
  BATTLE, TERRITORY_CAPTURED, EXPLOSION_REMOTE_VIOLENCE, ATTACK_ON_CIVILIANS, DISPLACEMENT,
  DEPLOYMENT, PROTEST, ARREST, STATEMENT, THREAT, AID_HUMANITARIAN, OTHER;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EventType parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
