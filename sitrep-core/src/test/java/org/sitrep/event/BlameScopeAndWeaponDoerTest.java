package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/**
 * Who is blamed, what a weapon did, what was found to be nothing, and measures that cover a whole country: texts built
 * by hand from the parses CoreNLP gives them.
 */
class BlameScopeAndWeaponDoerTest {
  private static final String KILLING = "Gunmen/gunman/NNS killed/kill/VBD 12/12/CD villagers/villager/NNS in/in/IN"
      + " Tillaberi/Tillaberi/NNP ././.";
  private static final String KILLING_DEPS = "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5; punct 1 6";

  private static List<Event> killingThenBlame(String blamed) {
    Sentence killing = new SentenceBuilder(0).words(KILLING).deps(KILLING_DEPS).build(0);
    Sentence blame = new SentenceBuilder(killing.text().length() + 1)
        .words("Local/local/JJ officials/official/NNS blamed/blame/VBD " + blamed + " ././.")
        .deps("amod 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4").build(1);
    List<org.sitrep.actor.ActorMention> actors = new java.util.ArrayList<>(
        List.of(EventExtractorTest.actor(killing, "Gunmen", "Unidentified Armed Group", ActorKind.UNKNOWN),
            EventExtractorTest.civilians(killing, "villagers")));
    if (blamed.startsWith("JNIM")) {
      actors.add(EventExtractorTest.actor(blame, "JNIM", "JNIM", ActorKind.TERRORIST_GROUP));
    }
    return EventExtractorTest.run(List.of(killing, blame), actors,
        List.of(EventExtractorTest.place("Tillaberi", killing, "Tillaberi", 14.2, 1.45)));
  }

  @Test
  void aPartyBlamedInTheNextSentenceDidTheViolenceWhoseDoerWasUnnamed() {
    Event blamed = EventExtractorTest.only(killingThenBlame("JNIM/JNIM/NNP"));
    assertEquals("JNIM", blamed.actor().name(), blamed.toString());
    // a feud is no party: the gunmen stay unidentified
    Event feud = EventExtractorTest.only(killingThenBlame("feuds/feud/NNS"));
    assertEquals("Unidentified Armed Group", feud.actor().name(), feud.toString());
  }

  @Test
  void anAttackLaidAtNoPartysDoorIsTheAttackAlreadyTold() {
    Sentence grenade = new SentenceBuilder(0).words("A/a/DT grenade/grenade/NN was/be/VBD thrown/throw/VBN into/into/IN a/a/DT"
        + " pizzeria/pizzeria/NN in/in/IN Rinkeby/Rinkeby/NNP ././.")
        .deps("det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 6 4; det 6 5; obl:into 3 6; case 8 7; obl:in 3 8; punct 3 9").build(0);
    Sentence linked = new SentenceBuilder(grenade.text().length() + 1).words("Police/police/NNS linked/link/VBD the/the/DT attack/attack/NN"
        + " to/to/IN a/a/DT feud/feud/NN ././.").deps("nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 6 4; det 6 5; obl:to 1 6; punct 1 7").build(1);
    List<Event> events = EventExtractorTest.run(List.of(grenade, linked),
        List.of(EventExtractorTest.actor(linked, "Police", "Police Forces", ActorKind.STATE_POLICE)),
        List.of(EventExtractorTest.place("Rinkeby", grenade, "Rinkeby", 59.39, 17.93)));
    Event only = EventExtractorTest.only(events);
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, only.type(), events.toString());
    assertTrue(only.actor() == null || only.actor().kind() != ActorKind.STATE_POLICE, only.toString());
  }

  @Test
  void aWeaponThatDestroysSomethingIsNoWeaponDisrupted() {
    List<Event> events = EventExtractorTest.runOne("An/a/DT improvised/improvise/VBN explosive/explosive/JJ device/device/NN"
        + " destroyed/destroy/VBD an/a/DT army/army/NN truck/truck/NN near/near/IN Dargol/Dargol/NNP ././.",
        "det 3 0; amod 3 1; amod 3 2; nsubj 4 3; root -1 4; det 7 5; compound 7 6; obj 4 7; case 9 8; nmod:near 7 9; punct 4 10", "Dargol");
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE), events.toString());
    assertTrue(events.stream().noneMatch(e -> "Disrupted weapons use".equals(e.subtype())),
        events.toString());
  }

  @Test
  void findingNoExplosivesIsNoSeizure() {
    String found = "Police/police/NNS found/find/VBD %s explosives/explosive/NNS in/in/IN Tartus/Tartus/NNP ././.";
    String deps = "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; obl:in 1 5; punct 1 6";
    Event none = EventExtractorTest.only(EventExtractorTest.runOne(String.format(found, "no/no/DT"), deps, "Tartus"));
    assertEquals(EventStatus.DENIED, none.status(), none.toString());
    Event some = EventExtractorTest.only(EventExtractorTest.runOne(String.format(found, "the/the/DT"), deps, "Tartus"));
    assertEquals(EventStatus.OCCURRED, some.status(), some.toString());
  }

  @Test
  void aStateOfEmergencyAcrossTheCountryIsAnEventThoughNoPlaceIsNamed() {
    String words = "The/the/DT prime/prime/JJ minister/minister/NN declared/declare/VBD a/a/DT state/state/NN of/of/IN"
        + " emergency/emergency/NN %s/%s/IN the/the/DT %s/%s/NN ././.";
    String deps = "det 2 0; amod 2 1; nsubj 3 2; root -1 3; det 5 4; obj 3 5; case 7 6; nmod:of 5 7; case 10 8; det 10 9;"
        + " nmod:x 5 10; punct 3 11";
    Sentence country = new SentenceBuilder(0).words(String.format(words, "across", "across", "country", "country"))
        .deps(deps.replace("nmod:x", "nmod:across")).build(0);
    List<Event> events = EventExtractorTest.run(List.of(country), List.of(), List.of());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.OTHER), events.toString());
    // "in the capital" names a place the gazetteer did not find: nothing to stand on
    Sentence capital = new SentenceBuilder(0).words(String.format(words, "in", "in", "capital", "capital"))
        .deps(deps.replace("nmod:x", "nmod:in")).build(0);
    assertTrue(EventExtractorTest.run(List.of(capital), List.of(), List.of()).isEmpty());
  }

  @Test
  void peopleSeizedAreHeldNotATerritoryTaken() {
    Sentence s = new SentenceBuilder(0).words("A/a/DT crowd/crowd/NN seized/seize/VBD two/two/CD men/man/NNS in/in/IN"
        + " Chamelco/Chamelco/NNP ././.").deps("det 1 0; nsubj 2 1; root -1 2; nummod 4 3; obj 2 4; case 6 5; obl:in 2 6; punct 2 7").build(0);
    // no actor named: the crowd is no actor the finder knows, so nothing but the object tells people from a town
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(), List.of(EventExtractorTest.place("Chamelco", s, "Chamelco", 15.4, -90.3)));
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.TERRITORY_CAPTURED), events.toString());
    // a crowd holding people is mob violence (ACLED), a group holding them an abduction
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.PROTEST || e.type() == EventType.ATTACK_ON_CIVILIANS), events.toString());
  }

  @Test
  void antibodiesThatAttackProteinsAreBiology() {
    Sentence s = new SentenceBuilder(0).words("Antibodies/antibody/NNS from/from/IN patients/patient/NNS attack/attack/VBP the/the/DT"
        + " proteins/protein/NNS in/in/IN Wuhan/Wuhan/NNP ././.")
        .deps("nsubj 3 0; case 2 1; nmod:from 0 2; root -1 3; det 5 4; obj 3 5; case 7 6; obl:in 3 7; punct 3 8").build(0);
    // the patients are civilians the actor finder names: a party, were the fight not biology
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.civilians(s, "patients")),
        List.of(EventExtractorTest.place("Wuhan", s, "Wuhan", 30.6, 114.3)));
    assertTrue(events.isEmpty(), events.toString());
  }

  @Test
  void whoToldOfTheSeizureDidNotSeize() {
    String words = "Police/police/NNS %s/%s/VBD us/we/PRP that/that/IN men/man/NNS seized/seize/VBD 11/11/CD passengers/passenger/NNS"
        + " in/in/IN Lascahobas/Lascahobas/NNP ././.";
    String deps = "nsubj 1 0; root -1 1; obj 1 2; mark 5 3; nsubj 5 4; ccomp 1 5; nummod 7 6; obj 5 7; case 9 8; obl:in 5 9; punct 1 10";
    Sentence told = new SentenceBuilder(0).words(String.format(words, "told", "tell")).deps(deps).build(0);
    Event seized = EventExtractorTest.only(EventExtractorTest.run(List.of(told),
        List.of(EventExtractorTest.actor(told, "Police", "Police Forces", ActorKind.STATE_POLICE),
            EventExtractorTest.civilians(told, "passengers")),
        List.of(EventExtractorTest.place("Lascahobas", told, "Lascahobas", 18.8, -71.9))));
    assertTrue(seized.actor() == null || seized.actor().kind() != ActorKind.STATE_POLICE, seized.toString());
  }
}
