package org.sitrep.actor;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * One row of actors.tsv. {@code aliases} and {@code acronyms} keep their leading '~' where the
 * data marks them as shared with another actor on purpose (see {@link #isShared(String)}).
 */
public record ActorEntry(
    String id, String name, List<String> aliases, List<String> acronyms, ActorKind kind,
    String country, List<Affiliation> affiliations, String source) {

  public ActorEntry {
    aliases = List.copyOf(aliases);
    acronyms = List.copyOf(acronyms);
    affiliations = List.copyOf(affiliations);
  }

  static boolean isShared(String alias) {
    return alias.startsWith("~");
  }

  static String bare(String alias) {
    return isShared(alias) ? alias.substring(1) : alias;
  }

  /** The kind on a date: a dated {@code kind=...} affiliation overrides the row's kind. */
  public ActorKind kindOn(LocalDate date) {
    for (Affiliation a : affiliations) {
      if (a.relation().equals("kind") && a.dates().covers(date) && date != null) {
        return ActorKind.parse(a.target());
      }
    }
    return kind;
  }

  /** The schema actor for words in an article published on {@code date}. */
  public Actor toActor(String text, LocalDate date) {
    return new Actor(name, id, text, kindOn(date), country);
  }
}
