package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.quantity.QuantityParser;
import org.sitrep.time.DateResolver;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 12, 6);
  private final EventExtractor extractor = new EventExtractor(new QuantityParser(), new DateResolver(),
      iso3 -> new Place("Syria", null, 163843L, iso3, null, 35.0, 38.0, PlacePrecision.COUNTRY));

  private static Place city(String name, double lat, double lon) {
    return new Place(name, name, null, "SYR", null, lat, lon, PlacePrecision.CITY);
  }

  static PlaceMention place(String text, Sentence s, String name, double lat, double lon) {
    int at = s.text().indexOf(name) + s.start();
    return new PlaceMention(new Span(at, at + name.length()), city(name, lat, lon));
  }

  static ActorMention actor(Sentence s, String words, String name, ActorKind kind) {
    int at = s.text().indexOf(words) + s.start();
    return new ActorMention(new Span(at, at + words.length()), new Actor(name, null, words, kind, "SYR"));
  }

  /** The events of a hand-built one-sentence text ("word/lemma/TAG" items, "rel gov dep" edges) naming one place. */
  /** The one event of a result, failing with the list when there is not exactly one. */
  static Event only(List<Event> events) {
    assertEquals(1, events.size(), events.toString());
    return events.get(0);
  }

  static List<Event> runOne(String words, String deps, String placeName) {
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    return run(List.of(s), List.of(), List.of(place(placeName, s, placeName, 10.0, 10.0)));
  }

  static List<Event> run(List<Sentence> sentences, List<ActorMention> actors, List<PlaceMention> places) {
    StringBuilder text = new StringBuilder();
    for (Sentence s : sentences) {
      while (text.length() < s.start()) {
        text.append(' ');
      }
      text.append(s.text());
    }
    return run(text.toString(), sentences, actors, places);
  }

  /** Extraction over a text the test lays out itself (line breaks between sentences, say). */
  static List<Event> run(String text, List<Sentence> sentences, List<ActorMention> actors, List<PlaceMention> places) {
    Article a = new Article("t1", null, null, PUBLISHED, null, text, "test");
    return new EventExtractorTest().extractor.extract(new AnnotatedArticle(a, sentences), actors, places);
  }

  @Test
  void fleeGivesDisplacementWithCountOriginAndDestination() {
    Sentence s = new SentenceBuilder(0)
        .words("Thousands/thousand/NNS fled/flee/VBD Homs/Homs/NNP to/to/TO Latakia/Latakia/NNP ./././.")
        .deps("root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl:to 1 4; punct 1 5").build(0);
    List<Event> events = run(List.of(s), List.of(),
        List.of(place("Homs", s, "Homs", 34.73, 36.72), place("Latakia", s, "Latakia", 35.52, 35.79)));
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals(EventType.DISPLACEMENT, e.type());
    assertEquals(EventStatus.OCCURRED, e.status());
    assertEquals(1000, e.displaced().value());
    assertEquals("Homs", e.from().name());
    assertEquals("Latakia", e.to().get(0).name());
    assertEquals(ActorKind.CIVILIANS, e.actor().kind());
    assertEquals(s.text(), e.evidence().get(0).text());
  }

  @Test
  void coordinatedAttackersAreAssociatedActors() {
    Sentence s = new SentenceBuilder(0)
        .words("Russian/Russian/JJ and/and/CC Syrian/Syrian/JJ warplanes/warplane/NNS struck/strike/VBD Idlib/Idlib/NNP")
        .deps("root -1 4; amod 3 0; cc 2 1; conj:and 0 2; amod 3 2; nsubj 4 3; obj 4 5").build(0);
    List<Event> events = run(List.of(s),
        List.of(actor(s, "Russian", "Russia", ActorKind.FOREIGN_STATE), actor(s, "Syrian warplanes", "Syrian Air Force", ActorKind.STATE_MILITARY)),
        List.of(place("Idlib", s, "Idlib", 35.93, 36.63)));
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals("Syrian Air Force", e.actor().name());
    assertEquals(List.of("Russia"), e.actorAssociates().stream().map(Actor::name).toList());
    assertTrue(e.targetAssociates().isEmpty());
  }

  @Test
  void coordinatedSubjectsOfAClashFightEachOther() {
    Sentence s = new SentenceBuilder(0)
        .words("Rebels/rebel/NNS and/and/CC the/the/DT army/army/NN clashed/clash/VBD near/near/IN Hama/Hama/NNP")
        .deps("root -1 4; nsubj 4 0; cc 3 1; det 3 2; conj:and 0 3; nsubj 4 3; case 6 5; obl:near 4 6").build(0);
    List<Event> events = run(List.of(s),
        List.of(actor(s, "Rebels", "rebels", ActorKind.REBEL), actor(s, "the army", "Syrian Arab Army", ActorKind.STATE_MILITARY)),
        List.of(place("Hama", s, "Hama", 35.13, 36.75)));
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals(EventType.BATTLE, e.type());
    assertEquals("rebels", e.actor().name());
    assertEquals("Syrian Arab Army", e.target().name(), "the other conjunct of a clash is the opponent");
    assertTrue(e.actorAssociates().isEmpty());
  }

  @Test
  void aWeaponThatKillsIsTheStrikeAndItsVictimsItsToll() {
    Sentence s = new SentenceBuilder(0)
        .words("Shells/shell/NNS killed/kill/VBD three/three/CD civilians/civilian/NNS in/in/IN Homs/Homs/NNP")
        .deps("root -1 1; nsubj 1 0; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5").build(0);
    List<Event> events = run(List.of(s), List.of(civilians(s, "civilians")), List.of(place("Homs", s, "Homs", 34.73, 36.72)));
    assertEquals(1, events.size());
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, events.get(0).type());
    assertEquals(3, events.get(0).fatalities().value());
    assertEquals("Homs", events.get(0).location().name());
  }

  @Test
  void civiliansKilledByNoOneNamedAreStillAnAttackButPeopleAreNot() {
    Sentence s = new SentenceBuilder(0)
        .words("Three/three/CD civilians/civilian/NNS were/be/VBD killed/kill/VBN in/in/IN Homs/Homs/NNP")
        .deps("root -1 3; nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; case 5 4; obl:in 3 5").build(0);
    List<Event> events = run(List.of(s), List.of(civilians(s, "civilians")), List.of(place("Homs", s, "Homs", 34.73, 36.72)));
    assertEquals(1, events.size());
    assertEquals(EventType.ATTACK_ON_CIVILIANS, events.get(0).type());
    assertEquals(3, events.get(0).fatalities().value());
    Sentence t = new SentenceBuilder(0)
        .words("Three/three/CD people/person/NNS were/be/VBD killed/kill/VBN in/in/IN Homs/Homs/NNP")
        .deps("root -1 3; nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; case 5 4; obl:in 3 5").build(0);
    assertEquals(List.of(), run(List.of(t), List.of(civilians(t, "people")), List.of(place("Homs", t, "Homs", 34.73, 36.72))),
        "people killed with no conflict word may be an accident");
  }

  @Test
  void claimingLivesIsKillingNotAClaim() {
    Sentence s = new SentenceBuilder(0)
        .words("Airstrikes/airstrike/NNS claim/claim/VBP the/the/DT lives/life/NNS of/of/IN 5/5/CD fighters/fighter/NNS")
        .deps("root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 6 4; nummod 6 5; nmod:of 3 6").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of());
    assertEquals(1, events.size());
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, events.get(0).type());
    assertEquals(EventStatus.OCCURRED, events.get(0).status());
    assertEquals(5, events.get(0).fatalities().value());
  }

  static ActorMention civilians(Sentence s, String words) {
    return actor(s, words, "civilians", ActorKind.CIVILIANS);
  }

  @Test
  void nounTriggerTakesActorFromLightVerbAndTargetFromAgainst() {
    Sentence s = new SentenceBuilder(0)
        .words("HTS/HTS/NNP intensifies/intensify/VBZ its/its/PRP$ offensive/offensive/NN against/against/IN Assad's/Assad/NNP forces/force/NNS")
        .deps("root -1 1; nsubj 1 0; obj 1 3; nmod:poss 3 2; case 6 4; nmod:against 3 6; nmod:poss 6 5").build(0);
    List<Event> events = run(List.of(s),
        List.of(actor(s, "HTS", "Hayat Tahrir al-Sham", ActorKind.REBEL), actor(s, "Assad's forces", "Syrian Arab Army", ActorKind.STATE_MILITARY)),
        List.of());
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals(EventType.BATTLE, e.type());
    assertEquals("Hayat Tahrir al-Sham", e.actor().name());
    assertEquals("Syrian Arab Army", e.target().name());
    assertEquals(EventStatus.ONGOING, e.status(), "'intensifies' makes the offensive ongoing");
    assertNull(e.location(), "no place anywhere in the article: no location rather than a guess");
  }

  @Test
  void nounTriggerThatIsTheSubjectTakesItsVerbsObjectAsPlace() {
    Sentence s = new SentenceBuilder(0)
        .words("Massive/massive/JJ explosion/explosion/NN rocked/rock/VBD Homs/Homs/NNP city/city/NN ./././.")
        .deps("root -1 2; amod 1 0; nsubj 2 1; compound 4 3; obj 2 4; punct 2 5").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Homs", s, "Homs", 34.73, 36.72)));
    assertEquals(1, events.size());
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, events.get(0).type());
    assertEquals("explosion", events.get(0).trigger());
    assertEquals("Homs", events.get(0).location().name());
  }

  @Test
  void bombardmentThatTargetsATownIsPlacedThere() {
    Sentence s = new SentenceBuilder(0)
        .words("Aerial/aerial/JJ bombardment/bombardment/NN targets/target/VBZ Duma/Duma/NNP")
        .deps("root -1 2; amod 1 0; nsubj 2 1; obj 2 3").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Duma", s, "Duma", 33.57, 36.40)));
    assertEquals(1, events.size());
    assertEquals("bombardment", events.get(0).trigger(), "the bombardment, not 'targets', is the event");
    assertEquals("Duma", events.get(0).location().name());
  }

  @Test
  void nounTriggerThatIsNotTheSubjectDoesNotTakeItsVerbsObject() {
    // two sentences: in a one-sentence text any place of the sentence is the event's (next test)
    Sentence first = new SentenceBuilder(0).words("Witnesses/witness/NNS spoke/speak/VBD")
        .deps("root -1 1; nsubj 1 0").build(0);
    Sentence s = visitedHomsAfterTheExplosion(first.end() + 1, 1);
    assertEquals(List.of(), run(List.of(first, s), List.of(), List.of(place("Homs", s, "Homs", 34.73, 36.72))),
        "Homs is what residents visited, not where the explosion was");
  }

  @Test
  void inAOneSentenceTextThePlaceOfTheSentenceIsTheEventsPlace() {
    Sentence s = visitedHomsAfterTheExplosion(0, 0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Homs", s, "Homs", 34.73, 36.72)));
    assertEquals(1, events.size());
    assertEquals("Homs", events.get(0).location().name());
  }

  @Test
  void inAOneSentenceTextAnEventInASideClauseDoesNotTakeTheSentencesPlace() {
    Sentence s = new SentenceBuilder(0)
        .words("Fans/fan/NNS celebrated/celebrate/VBD in/in/IN Dublin/Dublin/NNP with/with/IN forwards/forward/NNS"
            + " repelling/repel/VBG attacks/attack/NNS")
        .deps("root -1 1; nsubj 1 0; case 3 2; obl:in 1 3; mark 6 4; nsubj 6 5; advcl:with 1 6; obj 6 7").build(0);
    assertEquals(List.of(), run(List.of(s), List.of(), List.of(place("Dublin", s, "Dublin", 53.35, -6.26))),
        "the repelled attacks are told in a with-clause, not as what happened in Dublin");
  }

  @Test
  void fleeingAPartyIsADefectionNotDisplacement() {
    Sentence party = new SentenceBuilder(0)
        .words("Councillors/councillor/NNS fled/flee/VBD the/the/DT party/party/NN in/in/IN Nakuru/Nakuru/NNP")
        .deps("root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 5 4; obl:in 1 5").build(0);
    Sentence witnesses = new SentenceBuilder(party.end() + 1).words("Witnesses/witness/NNS spoke/speak/VBD")
        .deps("root -1 1; nsubj 1 0").build(1);
    assertEquals(List.of(), run(List.of(party, witnesses), List.of(), List.of(place("Nakuru", party, "Nakuru", -0.30, 36.07))));
    Sentence town = new SentenceBuilder(0)
        .words("Residents/resident/NNS fled/flee/VBD the/the/DT town/town/NN in/in/IN Nakuru/Nakuru/NNP")
        .deps("root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 5 4; obl:in 1 5").build(0);
    Sentence more = new SentenceBuilder(town.end() + 1).words("Witnesses/witness/NNS spoke/speak/VBD")
        .deps("root -1 1; nsubj 1 0").build(1);
    assertEquals(EventType.DISPLACEMENT,
        run(List.of(town, more), List.of(), List.of(place("Nakuru", town, "Nakuru", -0.30, 36.07))).get(0).type());
  }

  private static Sentence visitedHomsAfterTheExplosion(int start, int index) {
    return new SentenceBuilder(start)
        .words("Residents/resident/NNS visited/visit/VBD Homs/Homs/NNP after/after/IN the/the/DT explosion/explosion/NN")
        .deps("root -1 1; nsubj 1 0; obj 1 2; case 5 3; det 5 4; obl:after 1 5").build(index);
  }

  @Test
  void fearsMakeACaptureSpeculative() {
    Sentence s = new SentenceBuilder(0)
        .words("amid/amid/IN fears/fear/NNS that/that/IN losing/lose/VBG Homs/Homs/NNP would/would/MD isolate/isolate/VB Damascus/Damascus/NNP")
        .deps("root -1 1; case 1 0; mark 6 2; csubj 6 3; obj 3 4; aux 6 5; acl 1 6; obj 6 7").build(0);
    // "lose" is not a trigger; "capture" in a feared clause is
    Sentence t = new SentenceBuilder(s.end() + 1)
        .words("fears/fear/NNS that/that/IN rebels/rebel/NNS could/could/MD capture/capture/VB Homs/Homs/NNP")
        .deps("root -1 0; mark 4 1; nsubj 4 2; aux 4 3; acl 0 4; obj 4 5").build(1);
    List<Event> events = run(List.of(s, t), List.of(actor(t, "rebels", "rebels", ActorKind.REBEL)),
        List.of(place("Homs", t, "Homs", 34.73, 36.72)));
    assertEquals(1, events.size());
    assertEquals(EventType.TERRITORY_CAPTURED, events.get(0).type());
    assertEquals(EventStatus.SPECULATIVE, events.get(0).status());
    assertEquals("Homs", events.get(0).location().name());
  }

  @Test
  void killedCountJoinsTheStrikeOfTheSameSentence() {
    Sentence s = new SentenceBuilder(0)
        .words("An/a/DT airstrike/airstrike/NN killed/kill/VBD at/at/IN least/least/JJS 12/12/CD civilians/civilian/NNS on/on/IN Thursday/Thursday/NNP")
        .deps("root -1 2; det 1 0; nsubj 2 1; advmod 4 3; nmod:npmod 5 4; nummod 6 5; obj 2 6; case 8 7; obl:on 2 8").build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, "civilians", "Civilians", ActorKind.CIVILIANS)), List.of());
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, e.type());
    assertNotNull(e.fatalities());
    assertEquals(12, e.fatalities().value());
    assertEquals("2024-12-05", e.date().value(), "Thursday before Friday 6 December");
  }

  @Test
  void retellingsOfOneDisplacementMerge() {
    List<Sentence> sentences = new ArrayList<>();
    sentences.add(new SentenceBuilder(0).words("Thousands/thousand/NNS flee/flee/VBP Homs/Homs/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2").build(0));
    int next = sentences.get(0).end() + 1;
    sentences.add(new SentenceBuilder(next).words("people/people/NNS seek/seek/VBP refuge/refuge/NN in/in/IN Tartus/Tartus/NNP")
        .deps("root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl:in 1 4").build(1));
    List<Event> events = run(sentences, List.of(),
        List.of(place("Homs", sentences.get(0), "Homs", 34.73, 36.72), place("Tartus", sentences.get(1), "Tartus", 34.89, 35.89)));
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals("Homs", e.from().name());
    assertEquals("Tartus", e.to().get(0).name());
    assertEquals(2, e.evidence().size());
    assertTrue(e.id().startsWith("ev-"));
  }

  @Test
  void aTownIsTakenOnceWhoeverTellsItButTwoTownsAreTwoCaptures() {
    List<Sentence> sentences = new ArrayList<>();
    sentences.add(new SentenceBuilder(0).words("HTS/HTS/NNP seized/seize/VBD Hama/Hama/NNP")
        .deps("nsubj 1 0; root -1 1; obj 1 2").build(0));
    int next = sentences.get(0).end() + 1;
    sentences.add(new SentenceBuilder(next).words("Fighters/fighter/NNS entered/enter/VBD Hama/Hama/NNP")
        .deps("nsubj 1 0; root -1 1; obj 1 2").build(1));
    List<ActorMention> actors = List.of(
        new ActorMention(new Span(0, 3), new Actor("Hayat Tahrir al-Sham", "hts", "HTS", ActorKind.REBEL, "SYR")),
        new ActorMention(new Span(next, next + 8), new Actor("Militants (Syria)", null, "Fighters", ActorKind.REBEL, "SYR")));
    List<Event> one = run(sentences, actors,
        List.of(place("Hama", sentences.get(0), "Hama", 35.13, 36.76), place("Hama", sentences.get(1), "Hama", 35.13, 36.76)));
    assertEquals(1, one.stream().filter(e -> e.type() == EventType.TERRITORY_CAPTURED).count(), one.toString());
    List<Event> two = run(sentences, actors,
        List.of(place("Hama", sentences.get(0), "Hama", 35.13, 36.76), place("Hama", sentences.get(1), "Homs", 34.73, 36.72)));
    assertEquals(2, two.stream().filter(e -> e.type() == EventType.TERRITORY_CAPTURED).count(), two.toString());
  }

  @Test
  void coordinatedClauseKeepsItsOwnPlace() {
    Sentence s = new SentenceBuilder(0)
        .words("HTS/HTS/NNP has/have/VBZ captured/capture/VBN key/key/JJ cities/city/NNS and/and/CC is/be/VBZ approaching/approach/VBG Homs/Homs/NNP")
        .deps("nsubj 2 0; nsubj 7 0; aux 2 1; root -1 2; amod 4 3; obj 2 4; cc 7 5; aux 7 6; conj:and 2 7; obj 7 8").build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, "HTS", "Hayat Tahrir al-Sham", ActorKind.REBEL)),
        List.of(place("Homs", s, "Homs", 34.73, 36.72)));
    Event capture = events.stream().filter(e -> e.type() == EventType.TERRITORY_CAPTURED).findFirst().orElseThrow();
    assertEquals(PlacePrecision.COUNTRY, capture.location().precision(), "the key cities are not Homs");
    Event approach = events.stream().filter(e -> e.type() == EventType.BATTLE).findFirst().orElseThrow();
    assertEquals("Homs", approach.location().name());
    assertEquals(EventStatus.ONGOING, approach.status());
    assertEquals("Hayat Tahrir al-Sham", approach.actor().name());
  }

  @Test
  void aPartysWordOfViolenceToComeIsAThreat() {
    Sentence s = new SentenceBuilder(0)
        .words("Putin/Putin/NNP said/say/VBD Russia/Russia/NNP could/could/MD strike/strike/VB Kyiv/Kyiv/NNP")
        .deps("root -1 1; nsubj 1 0; ccomp 1 4; nsubj 4 2; aux 4 3; obj 4 5").build(0);
    ActorMention putin = new ActorMention(new Span(0, 5), new Actor("Government of Russia", "rus-gov", "Putin", ActorKind.GOVERNMENT, "RUS"));
    ActorMention russia = new ActorMention(new Span(11, 17), new Actor("Russia", "russia", "Russia", ActorKind.FOREIGN_STATE, "RUS"));
    Place kyiv = new Place("Kyiv", "Kyiv", 703448L, "UKR", null, 50.45, 30.52, PlacePrecision.CITY);
    List<Event> events = run(List.of(s), List.of(putin, russia), List.of(new PlaceMention(new Span(31, 35), kyiv)));
    Event threat = events.stream().filter(e -> e.type() == EventType.THREAT).findFirst().orElseThrow();
    assertEquals(EventStatus.THREATENED, threat.status());
    assertEquals("Government of Russia", threat.actor().name(), "the speaker threatens");
    assertEquals("Kyiv", threat.location().name());
  }

  @Test
  void aNeutralSourcesForecastStaysSpeculative() {
    Sentence s = new SentenceBuilder(0)
        .words("Residents/resident/NNS said/say/VBD rebels/rebel/NNS could/could/MD capture/capture/VB Homs/Homs/NNP")
        .deps("root -1 1; nsubj 1 0; ccomp 1 4; nsubj 4 2; aux 4 3; obj 4 5").build(0);
    ActorMention residents = new ActorMention(new Span(0, 9), new Actor("Civilians (Syria)", null, "Residents", ActorKind.CIVILIANS, "SYR"));
    ActorMention rebels = new ActorMention(new Span(15, 21), new Actor("Rebels (Syria)", null, "rebels", ActorKind.REBEL, "SYR"));
    List<Event> events = run(List.of(s), List.of(residents, rebels), List.of(place("Homs", s, "Homs", 34.73, 36.72)));
    assertEquals(EventType.TERRITORY_CAPTURED, events.get(0).type());
    assertEquals(EventStatus.SPECULATIVE, events.get(0).status());
  }

  @Test
  void deathsWithoutArmedKillersAreNoConflictEvent() {
    Sentence s = new SentenceBuilder(0)
        .words("Fifty/fifty/CD people/people/NNS died/die/VBD of/of/IN the/the/DT virus/virus/NN")
        .deps("root -1 2; nummod 1 0; nsubj 2 1; case 5 3; det 5 4; obl:of 2 5").build(0);
    ActorMention people = new ActorMention(new Span(6, 12), new Actor("Civilians", null, "people", ActorKind.CIVILIANS, null));
    assertEquals(List.of(), run(List.of(s), List.of(people), List.of()));
  }

  @Test
  void armedKillersMakeAnAttack() {
    Sentence s = new SentenceBuilder(0)
        .words("Gunmen/gunman/NNS killed/kill/VBD five/five/CD villagers/villager/NNS")
        .deps("root -1 1; nsubj 1 0; nummod 3 2; obj 1 3").build(0);
    ActorMention gunmen = new ActorMention(new Span(0, 6), new Actor("Unidentified Armed Group", null, "Gunmen", ActorKind.UNKNOWN, null));
    ActorMention villagers = new ActorMention(new Span(19, 28), new Actor("Civilians", null, "villagers", ActorKind.CIVILIANS, null));
    List<Event> events = run(List.of(s), List.of(gunmen, villagers), List.of());
    assertEquals(1, events.size());
    assertEquals(EventType.ATTACK_ON_CIVILIANS, events.get(0).type());
    assertEquals(5, events.get(0).fatalities().value());
  }

  @Test
  void anAgencyFightingAPandemicIsNoBattle() {
    Sentence s = new SentenceBuilder(0)
        .words("WHO/WHO/NNP officials/official/NNS prepared/prepare/VBD to/to/TO fight/fight/VB a/a/DT pandemic/pandemic/NN")
        .deps("root -1 2; compound 1 0; nsubj 2 1; mark 4 3; xcomp 2 4; nsubj:xsubj 4 1; det 6 5; obj 4 6").build(0);
    ActorMention who = new ActorMention(new Span(0, 3), new Actor("World Health Organization", "who", "WHO", ActorKind.INTERNATIONAL_ORG, null));
    assertEquals(List.of(), run(List.of(s), List.of(who), List.of()));
  }
}
