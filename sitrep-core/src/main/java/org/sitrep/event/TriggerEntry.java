package org.sitrep.event;

import java.util.List;
import org.sitrep.model.EventType;

/**
 * One row of triggers.tsv: the lemmas that signal an event of {@code type} and the dependency
 * relations that lead from the trigger to each argument; {@code commonNounOnly} (pos "n") for a noun that is the
 * event only in lower case ("the march", not the month). {@code type} is null for casualty
 * triggers ("kill", "wound"), which attach their count to another event of the sentence.
 */
record TriggerEntry(
    List<String> lemmas,
    char pos,
    EventType type,
    EventType civilianType,
    Roles roles,
    String countField,
    String objectClass,
    boolean commonNounOnly) {

  /** The argument roles, each a set of dependency labels. */
  record Roles(
      RelationPattern actor,
      RelationPattern target,
      RelationPattern place,
      RelationPattern from,
      RelationPattern to,
      RelationPattern count) {}

  boolean isCasualty() {
    return type == null;
  }

  boolean isPhrase() {
    return lemmas.size() > 1;
  }

  /** Whether the class column forbids ("!labor") rather than licenses. */
  boolean forbidsByClass() {
    return objectClass != null && objectClass.startsWith("!");
  }

  /** The noun classes the class column names: "!nonconflict+accident" forbids words of either. */
  /**
   * The noun class a named class stands for: "obj:displaced" (the verb's object only) is the class "displaced", and so
   * are "armed:captive" the class "captive" and "counted:refuge_building" the class "refuge_building".
   */
  static String nounClass(String named) {
    if (byArmedSubject(named)) {
      return named.substring(ARMED_SUBJECT.length());
    }
    if (needsACount(named)) {
      return named.substring(COUNTED.length());
    }
    return objectOnly(named) ? named.substring(OBJECT_ONLY.length()) : named;
  }

  /** Whether only the trigger verb's object may fill the named class ("obj:displaced", "armed:captive"). */
  static boolean objectOnly(String named) {
    return named.startsWith(OBJECT_ONLY) || byArmedSubject(named);
  }

  /**
   * Whether the class also needs the verb's subject to be an armed group or unidentified armed men ("armed:captive":
   * "armed men took seven young men from a house party"; "his uncle took the boys to school" is no abduction).
   */
  static boolean byArmedSubject(String named) {
    return named.startsWith(ARMED_SUBJECT);
  }

  /**
   * Whether the class also needs people counted as the verb's subject or object ("counted:refuge_building": "2,600
   * residents have moved to schools and churches"; "students moved to new schools" counts no one fleeing).
   */
  static boolean needsACount(String named) {
    return named.startsWith(COUNTED);
  }

  private static final String OBJECT_ONLY = "obj:";
  private static final String ARMED_SUBJECT = "armed:";
  private static final String COUNTED = "counted:";

  List<String> classesNamed() {
    if (objectClass == null) {
      return List.of();
    }
    return List.of((forbidsByClass() ? objectClass.substring(1) : objectClass).split("\\+"));
  }
}
