package org.sitrep.actor.petrarch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actor.ActorEntry;
import org.sitrep.actor.Affiliation;
import org.sitrep.actor.DateRange;

/**
 * Turns PETRARCH actor records into sitrep actor entries. The default code (else the last dated
 * one) gives kind and country; every code is kept as a dated {@code cameo=CODE@from..to}
 * affiliation and every dated code as {@code kind=KIND@from..to}, so dated roles survive. One-word
 * synonyms of up to five letters become acronyms (matched exact-case, so "IS" is not "is").
 * Records without any code are null-coded in PETRARCH and are skipped, with a note.
 */
public final class PetrarchImport {
  private static final int MAX_ACRONYM = 5;

  /** The entries and a message for each record left out. */
  public record Result(List<ActorEntry> entries, List<String> skipped) {}

  private PetrarchImport() {}

  public static Result convert(PetrarchDictionary dictionary, String fileName, CameoKinds kinds) {
    List<ActorEntry> entries = new ArrayList<>();
    List<String> skipped = new ArrayList<>(dictionary.errors());
    Set<String> ids = new HashSet<>();
    for (PetrarchEntry e : dictionary.actors()) {
      if (e.codes().isEmpty()) {
        skipped.add(fileName + " line " + e.line() + ": " + e.name() + " has no code (null-coded), skipped");
        continue;
      }
      entries.add(entry(e, uniqueId(slug(e.name()), ids), fileName, kinds));
    }
    if (!dictionary.agents().isEmpty()) {
      skipped.add(fileName + ": " + dictionary.agents().size()
          + " agent line(s) not imported (sitrep's generic-actors.tsv covers role nouns)");
    }
    return new Result(entries, skipped);
  }

  private static ActorEntry entry(PetrarchEntry e, String id, String fileName, CameoKinds kinds) {
    CameoCode main = e.codes().stream().filter(CameoCode::isDefault).findFirst()
        .orElse(e.codes().get(e.codes().size() - 1));
    CameoKinds.Reading reading = kinds.read(main.code());
    String country = reading.country() != null ? reading.country()
        : e.codes().stream().map(c -> kinds.read(c.code()).country()).filter(c -> c != null).findFirst().orElse(null);
    List<Affiliation> affiliations = new ArrayList<>();
    for (CameoCode c : e.codes()) {
      affiliations.add(new Affiliation("cameo", c.code(), c.dates()));
      if (!c.isDefault()) {
        affiliations.add(new Affiliation("kind", kinds.read(c.code()).kind().json(), c.dates()));
      }
    }
    List<String> aliases = new ArrayList<>();
    List<String> acronyms = new ArrayList<>();
    for (String s : e.synonyms()) {
      (isAcronym(s) ? acronyms : aliases).add(isAcronym(s) ? s : Phrases.displayName(s));
    }
    return new ActorEntry(id, Phrases.displayName(e.name()), aliases, acronyms, reading.kind(), country,
        affiliations, "PETRARCH dictionary " + fileName + " line " + e.line());
  }

  private static boolean isAcronym(String synonym) {
    return synonym.length() <= MAX_ACRONYM && synonym.chars().allMatch(Character::isLetterOrDigit);
  }

  static String slug(String name) {
    String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "actor" : s;
  }

  private static String uniqueId(String base, Set<String> taken) {
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** "2009-01-20..", "..2017-01-20", "2009-01-20..2017-01-20" or "" for always: the TSV's date form. */
  static String dates(DateRange r) {
    if (r.from() == null && r.to() == null) {
      return "";
    }
    return (r.from() == null ? "" : r.from().toString()) + ".." + (r.to() == null ? "" : r.to().toString());
  }

}
