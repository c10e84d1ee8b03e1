package org.sitrep.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.RelationType;

/**
 * What sitrep knows about actors: the rows of actors.tsv, persons.tsv, demonyms.tsv,
 * generic-actors.tsv, titles.tsv, member-nouns.tsv, defined-actor-words.tsv and
 * backing-words.tsv, indexed for the {@link ActorFinder}.
 * Immutable once built, so one instance serves all threads.
 */
public final class ActorDictionary {
  private static final String DIR = "/org/sitrep/actor/";

  private final List<ActorEntry> entries;
  private final Map<String, ActorEntry> byId = new LinkedHashMap<>();
  private final List<Person> persons;
  private final List<Demonym> demonyms;
  private final List<GenericPattern> patterns = new ArrayList<>();
  private final Map<String, RelationType> backingWords = new HashMap<>();
  private final Set<String> memberNouns = new HashSet<>();
  private final Set<String> definedActorWords = new HashSet<>();
  private final Set<String> armedGroupHeads = new HashSet<>();
  private final Set<String> nameOpeners = new HashSet<>();
  private final Set<String> nameParticles = new HashSet<>();
  private final List<String> errors;
  final PhraseTrie<NameRef> names = new PhraseTrie<>();
  final PhraseTrie<NameRef> acronyms = new PhraseTrie<>();
  final PhraseTrie<Person> personNames = new PhraseTrie<>();
  final PhraseTrie<Demonym> demonymWords = new PhraseTrie<>();
  /** States by their short English name ("Burkina Faso"), for ACLED-style names such as "Police Forces of Sudan". */
  final PhraseTrie<Demonym> countryNames = new PhraseTrie<>();
  final PhraseTrie<String> titles = new PhraseTrie<>();

  private ActorDictionary(List<String> errors, List<ActorEntry> userEntries) {
    entries = withUserEntries(KnowledgeReader.actors(Tsv.read(DIR + "actors.tsv", errors), errors), userEntries);
    persons = KnowledgeReader.persons(Tsv.read(DIR + "persons.tsv", errors), errors);
    demonyms = KnowledgeReader.demonyms(Tsv.read(DIR + "demonyms.tsv", errors), errors);
    readPatterns(errors);
    readTitlesAndBackingWords(errors);
    index(errors);
    this.errors = List.copyOf(errors);
  }

  private static final class Holder {
    static final ActorDictionary STANDARD = new ActorDictionary(new ArrayList<>(), List.of());
  }

  /** The bundled dictionary plus a user's actors (see {@link UserActors}); a user row with a bundled id replaces it. */
  public static ActorDictionary withUserActors(List<ActorEntry> userEntries) {
    return userEntries.isEmpty() ? standard() : new ActorDictionary(new ArrayList<>(), userEntries);
  }

  private static List<ActorEntry> withUserEntries(List<ActorEntry> bundled, List<ActorEntry> user) {
    Set<String> userIds = new HashSet<>();
    user.forEach(e -> userIds.add(e.id()));
    List<ActorEntry> out = new ArrayList<>(bundled);
    out.removeIf(e -> userIds.contains(e.id()));
    out.addAll(user);
    return out;
  }

  /** The dictionary from the bundled data files, loaded once. */
  public static ActorDictionary standard() {
    return Holder.STANDARD;
  }

  private void readPatterns(List<String> errors) {
    for (Tsv.Row row : Tsv.read(DIR + "generic-actors.tsv", errors)) {
      GenericPattern p = GenericPattern.parse(row);
      if (p == null) {
        errors.add(row.where() + ": bad generic actor pattern");
      } else {
        patterns.add(p);
      }
    }
  }

  private void readTitlesAndBackingWords(List<String> errors) {
    for (Tsv.Row row : Tsv.read(DIR + "titles.tsv", errors)) {
      titles.add(PhraseTrie.foldedWords(row.field(0)), row.field(0));
    }
    for (Tsv.Row row : Tsv.read(DIR + "member-nouns.tsv", errors)) {
      memberNouns.add(Fold.fold(row.field(0)));
    }
    for (Tsv.Row row : Tsv.read(DIR + "defined-actor-words.tsv", errors)) {
      definedActorWords.add(Fold.fold(row.field(0)));
    }
    for (Tsv.Row row : Tsv.read(DIR + "armed-group-heads.tsv", errors)) {
      armedGroupHeads.add(Fold.fold(row.field(0)));
    }
    for (Tsv.Row row : Tsv.read(DIR + "armed-group-name-words.tsv", errors)) {
      (row.field(1).equals("particle") ? nameParticles : nameOpeners).add(Fold.fold(row.field(0)));
    }
    for (Tsv.Row row : Tsv.read(DIR + "backing-words.tsv", errors)) {
      try {
        backingWords.put(Fold.fold(row.field(0)), RelationType.parse(row.field(1)));
      } catch (IllegalArgumentException e) {
        errors.add(row.where() + ": unknown relation " + row.field(1));
      }
    }
  }

  private void index(List<String> errors) {
    for (ActorEntry e : entries) {
      if (byId.putIfAbsent(e.id(), e) != null) {
        errors.add("actors.tsv: duplicate id " + e.id());
      }
      names.add(PhraseTrie.foldedWords(e.name()), new NameRef(e, false));
      for (String alias : e.aliases()) {
        names.add(PhraseTrie.foldedWords(ActorEntry.bare(alias)), new NameRef(e, ActorEntry.isShared(alias)));
      }
      for (String acronym : e.acronyms()) {
        acronyms.add(PhraseTrie.exactWords(ActorEntry.bare(acronym)), new NameRef(e, ActorEntry.isShared(acronym)));
      }
    }
    for (Person p : persons) {
      if (!byId.containsKey(p.actorId())) {
        errors.add("persons.tsv: " + p.name() + " names unknown actor " + p.actorId());
      }
      personNames.add(PhraseTrie.foldedWords(p.name()), p);
      p.aliases().forEach(a -> personNames.add(PhraseTrie.foldedWords(a), p));
    }
    demonyms.forEach(d -> demonymWords.add(PhraseTrie.foldedWords(d.word()), d));
    // one entry per state: "Burkinabe" and "Burkinabè" name the same country
    java.util.Set<String> named = new java.util.HashSet<>();
    demonyms.stream().filter(d -> d.isState() && d.countryName() != null && named.add(d.country()))
        .forEach(d -> countryNames.add(PhraseTrie.foldedWords(d.countryName()), d));
  }

  public Optional<Actor> byId(String id) {
    return entry(id).map(e -> e.toActor(e.name(), null));
  }

  public Optional<ActorEntry> entry(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The actor a whole name, alias or acronym denotes ("Daesh", "HTS"); empty when unknown or shared. */
  public Optional<Actor> byName(String name) {
    List<ActorEntry> found = entriesNamed(name);
    return found.size() == 1 ? Optional.of(found.get(0).toActor(name, null)) : Optional.empty();
  }

  /** Every actor a whole name, alias or acronym may denote. */
  public List<ActorEntry> entriesNamed(String name) {
    List<WordToken> words = WordTokenizer.tokenize(name);
    List<ActorEntry> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    for (PhraseTrie<NameRef> trie : List.of(acronyms, names)) {
      PhraseTrie.Hit<NameRef> hit = trie == acronyms
          ? trie.longestAt(words, 0, WordToken::exact) : trie.longestAt(words, 0, WordToken::folded);
      if (hit != null && hit.to() == words.size()) {
        hit.values().stream().map(NameRef::entry).filter(e -> !out.contains(e)).forEach(out::add);
      }
    }
    return out;
  }

  /** The foreign-state actor of a country (kind foreign_state), if the dictionary has one. */
  public Optional<ActorEntry> foreignState(String iso3) {
    return entries.stream()
        .filter(e -> e.kind() == ActorKind.FOREIGN_STATE && iso3 != null && iso3.equals(e.country()))
        .filter(e -> e.affiliations().stream().noneMatch(a -> a.relation().equals("led_by")))
        .findFirst();
  }

  /** The demonym written first in demonyms.tsv for a country ("Syrian" for SYR). */
  public Optional<Demonym> demonymOf(String iso3) {
    return demonyms.stream().filter(d -> d.isState() && d.country().equals(iso3)).findFirst();
  }

  /** CoreNLP RegexNER mapping lines for actor names; see {@link RegexNerLines}. */
  public List<String> regexnerLines() {
    return RegexNerLines.of(entries);
  }

  public List<ActorEntry> entries() {
    return entries;
  }

  public List<Person> persons() {
    return persons;
  }

  public List<Demonym> demonyms() {
    return demonyms;
  }

  List<GenericPattern> patterns() {
    return Collections.unmodifiableList(patterns);
  }

  /** The relation a backing word ("backed") expresses, or null. */
  RelationType backingRelation(String foldedWord) {
    return backingWords.get(foldedWord);
  }

  /** Whether a folded word after an actor's name still names that actor ("IS fighters"). */
  boolean isMemberNoun(String foldedWord) {
    return memberNouns.contains(foldedWord);
  }

  /** Whether the word ends a name that makes an armed group of its own (armed-group-heads.tsv). */
  boolean isArmedGroupHead(String foldedWord) {
    return armedGroupHeads.contains(foldedWord);
  }

  /** Whether the word opens a sentence or phrase before a name without belonging to it (armed-group-name-words.tsv). */
  boolean isNameOpener(String foldedWord) {
    return nameOpeners.contains(foldedWord);
  }

  /** Whether the lower-case word may stand inside a name ("Liwa al-Quds Brigade"; armed-group-name-words.tsv). */
  boolean isNameParticle(String foldedWord) {
    return nameParticles.contains(foldedWord);
  }

  /** Whether a folded word marks a long form as an actor ("Committees" in "Popular Resistance Committees"). */
  boolean isDefinedActorWord(String foldedWord) {
    return definedActorWords.contains(foldedWord);
  }

  /** Problems found while loading (malformed rows are left out); empty for good data. */
  public List<String> errors() {
    return errors;
  }
}
