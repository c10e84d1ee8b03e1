package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;

class ActorDictionaryTest {
  private final ActorDictionary dictionary = ActorDictionary.standard();

  @Test
  void loadsWithoutErrors() {
    assertEquals(List.of(), dictionary.errors());
    assertTrue(dictionary.entries().size() >= 300, "actors: " + dictionary.entries().size());
    assertTrue(dictionary.demonyms().size() >= 100, "demonyms: " + dictionary.demonyms().size());
    assertTrue(dictionary.persons().size() >= 30, "persons: " + dictionary.persons().size());
  }

  @Test
  void everyRowIsWellFormed() {
    Set<String> ids = new HashSet<>();
    for (ActorEntry e : dictionary.entries()) {
      assertTrue(ids.add(e.id()), "duplicate id " + e.id());
      assertTrue(e.country() == null || e.country().matches("[A-Z]{3}"), e.id());
      assertFalse(e.source().isBlank(), e.id());
      assertFalse(e.name().isBlank(), e.id());
    }
  }

  @Test
  void affiliationTargetsAndPersonActorsExist() {
    for (ActorEntry e : dictionary.entries()) {
      for (Affiliation a : e.affiliations()) {
        if (a.relation().equals("kind")) {
          ActorKind.parse(a.target());
        } else {
          assertTrue(dictionary.entry(a.target()).isPresent(), e.id() + " -> " + a.target());
        }
      }
    }
    for (Person p : dictionary.persons()) {
      assertTrue(dictionary.entry(p.actorId()).isPresent(), p.name() + " -> " + p.actorId());
    }
  }

  /** Two actors may share a folded alias or an acronym only where the data marks it '~' in both. */
  @Test
  void sharedNamesAreMarked() {
    Map<String, List<String>> unmarked = new HashMap<>();
    Map<String, List<String>> all = new HashMap<>();
    for (ActorEntry e : dictionary.entries()) {
      List<String> keys = new ArrayList<>();
      keys.add("name:" + String.join(" ", PhraseTrie.foldedWords(e.name())));
      e.aliases().forEach(a -> keys.add("name:" + String.join(" ", PhraseTrie.foldedWords(ActorEntry.bare(a)))
          + (ActorEntry.isShared(a) ? "~" : "")));
      e.acronyms().forEach(a -> keys.add("acr:" + ActorEntry.bare(a) + (ActorEntry.isShared(a) ? "~" : "")));
      for (String key : new HashSet<>(keys)) {
        boolean shared = key.endsWith("~");
        String bare = shared ? key.substring(0, key.length() - 1) : key;
        all.computeIfAbsent(bare, k -> new ArrayList<>()).add(e.id());
        if (!shared) {
          unmarked.computeIfAbsent(bare, k -> new ArrayList<>()).add(e.id());
        }
      }
    }
    for (Map.Entry<String, List<String>> k : all.entrySet()) {
      if (new HashSet<>(k.getValue()).size() > 1) {
        assertFalse(unmarked.containsKey(k.getKey()), "unmarked shared name " + k.getKey() + " " + k.getValue());
      }
    }
  }

  @Test
  void looksUpByIdAndByAnySpelling() {
    assertEquals("Hayat Tahrir al-Sham", dictionary.byId("hts").orElseThrow().name());
    assertTrue(dictionary.byId("no-such-actor").isEmpty());
    for (String spelling : List.of("HTS", "Hay'at Tahrir al-Sham", "Hayat Tahrir Al-Sham", "hayat tahrir al sham", "Hay’at Tahrir al-Sham")) {
      assertEquals("hts", dictionary.byName(spelling).orElseThrow().id(), spelling);
    }
    assertEquals("islamic-state", dictionary.byName("Daesh").orElseThrow().id());
    assertEquals("islamic-state", dictionary.byName("IS").orElseThrow().id());
    assertTrue(dictionary.byName("is").isEmpty(), "acronyms are exact-case");
    assertTrue(dictionary.byName("Tahrir").isEmpty(), "only whole names");
  }

  @Test
  void kindAndCountriesForKeyActors() {
    assertEquals(ActorKind.STATE_MILITARY, dictionary.byName("Syrian Arab Army").orElseThrow().kind());
    assertEquals("SYR", dictionary.byName("SDF").orElseThrow().country());
    assertEquals(ActorKind.FOREIGN_STATE, dictionary.byName("Russia").orElseThrow().kind());
    assertEquals(ActorKind.INTERNATIONAL_ORG, dictionary.byName("UNHCR").orElseThrow().kind());
    assertEquals("hezbollah", dictionary.byName("Hizbollah").orElseThrow().id());
  }

  @Test
  void datedKindOverridesRowKind() {
    ActorEntry taliban = dictionary.entry("taliban").orElseThrow();
    assertEquals(ActorKind.REBEL, taliban.kindOn(LocalDate.of(2010, 5, 1)));
    assertEquals(ActorKind.GOVERNMENT, taliban.kindOn(LocalDate.of(2023, 5, 1)));
    assertEquals(ActorKind.REBEL, taliban.kindOn(null));
  }

  @Test
  void htsRecordsItsFormerAlQaedaAffiliation() {
    ActorEntry hts = dictionary.entry("hts").orElseThrow();
    Affiliation former = hts.affiliations().stream()
        .filter(a -> a.relation().equals("former_affiliate_of")).findFirst().orElseThrow();
    assertEquals("al-qaeda", former.target());
    assertTrue(former.dates().covers(LocalDate.of(2014, 1, 1)));
    assertFalse(former.dates().covers(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void everyStateDemonymHasACountryName() {
    for (Demonym d : dictionary.demonyms()) {
      if (d.isState()) {
        assertTrue(d.country().matches("[A-Z]{3}") && !d.countryName().isBlank(), d.word());
      } else {
        assertTrue(d.country().isEmpty(), d.word());
      }
    }
    assertEquals("SYR", dictionary.demonymOf("SYR").orElseThrow().country());
  }
}
