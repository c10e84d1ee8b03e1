package org.sitrep.actor;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorKind;

/**
 * One row of generic-actors.tsv: a phrase pattern such as "{DEMONYM} troops|forces" and how to
 * name the actor it denotes. See that file's header for the syntax.
 */
record GenericPattern(List<Slot> slots, ActorKind kind, String name, String nameNoCountry, CountryRule country) {

  enum CountryRule { DEMONYM, LEADER, FOCUS, NONE }

  /** One position of the pattern: a placeholder or a set of folded words; maybe optional. */
  record Slot(String placeholder, List<String> words, boolean optional) {
    boolean accepts(WordToken t) {
      return words.contains(t.folded());
    }
  }

  static final String DEMONYM = "{DEMONYM}";
  static final String GROUP = "{GROUP}";
  static final String LEADER = "{LEADER}";
  /** A state's short English name as demonyms.tsv gives it ("Military Forces of Burkina Faso"). */
  static final String COUNTRY = "{COUNTRY}";

  /** The pattern, or null when the row is malformed. */
  static GenericPattern parse(Tsv.Row row) {
    ActorKind kind = KnowledgeReader.kind(row.field(1));
    CountryRule rule = rule(row.field(4));
    List<Slot> slots = slots(row.field(0));
    if (kind == null || rule == null || slots == null || row.field(2).isEmpty() || row.field(3).isEmpty()) {
      return null;
    }
    return new GenericPattern(slots, kind, row.field(2), row.field(3), rule);
  }

  private static CountryRule rule(String text) {
    for (CountryRule r : CountryRule.values()) {
      if (r.name().equalsIgnoreCase(text)) {
        return r;
      }
    }
    return null;
  }

  private static List<Slot> slots(String pattern) {
    List<Slot> slots = new ArrayList<>();
    for (String part : pattern.trim().split("\\s+")) {
      boolean optional = part.endsWith("?") && part.length() > 1;
      String body = optional ? part.substring(0, part.length() - 1) : part;
      if (body.equals(DEMONYM) || body.equals(GROUP) || body.equals(LEADER) || body.equals(COUNTRY)) {
        slots.add(new Slot(body, List.of(), optional));
      } else if (body.startsWith("{") || body.isEmpty()) {
        return null;
      } else {
        slots.add(new Slot(null, foldedAlternatives(body), optional));
      }
    }
    return slots.isEmpty() ? null : slots;
  }

  private static List<String> foldedAlternatives(String body) {
    List<String> words = new ArrayList<>();
    for (String w : body.split("\\|")) {
      words.add(w.equals("'s") ? "s" : Fold.fold(w));
    }
    return words;
  }
}
