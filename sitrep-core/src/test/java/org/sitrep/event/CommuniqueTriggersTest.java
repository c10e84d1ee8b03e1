package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Communiqué and feature wording: air interdiction, disposals, nominal destruction, group bodies, participles. */
class CommuniqueTriggersTest {
  private static List<Event> withActor(String words, String deps, String actorWords, String actorName, ActorKind kind, String place) {
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    return EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, actorWords, actorName, kind)),
        List.of(EventExtractorTest.place(place, s, place, 10.0, 10.0)));
  }

  @Test
  void airInterdictionIsAnAirStrikeAndBattleDamageIsNoBattle() {
    List<Event> events = withActor("The/the/DT Air/Air/NNP Force/Force/NNP conducted/conduct/VBD air/air/NN interdiction/interdiction/NN"
        + " on/on/IN bandits/bandit/NNS at/at/IN Kurebe/Kurebe/NNP", "det 2 0; compound 2 1; nsubj 3 2; root -1 3; compound 5 4;"
        + " obj 3 5; case 7 6; nmod:on 5 7; case 9 8; nmod:at 5 9", "Air Force", "Nigerian Air Force", ActorKind.STATE_MILITARY, "Kurebe");
    assertEquals("Air/drone strike", EventExtractorTest.only(events).subtype(), events.toString());
    List<Event> assessment = EventExtractorTest.runOne("Battle/battle/NN damage/damage/NN assessment/assessment/NN"
        + " confirmed/confirm/VBD losses/loss/NNS in/in/IN Kurebe/Kurebe/NNP",
        "compound 1 0; compound 2 1; nsubj 3 2; root -1 3; obj 3 4; case 6 5; obl:in 3 6", "Kurebe");
    assertTrue(assessment.stream().noneMatch(e -> e.type() == EventType.BATTLE), assessment.toString());
  }

  @Test
  void anExplosiveDeviceDisposedOfIsDisruptedWeaponsUse() {
    List<Event> events = withActor("Troops/troops/NNS safely/safely/RB disposed/dispose/VBD of/of/IN an/a/DT explosive/explosive/JJ"
        + " device/device/NN in/in/IN Datu/Datu/NNP", "nsubj 2 0; advmod 2 1; root -1 2; case 6 3; det 6 4; amod 6 5;"
        + " obl:of 2 6; case 8 7; obl:in 2 8", "Troops", "Military Forces of the Philippines", ActorKind.STATE_MILITARY, "Datu");
    assertEquals("Disrupted weapons use", EventExtractorTest.only(events).subtype(), events.toString());
  }

  @Test
  void theBurningOfOliveTreesBySettlersIsPropertyDestruction() {
    List<Event> events = withActor("the/the/DT burning/burning/NN of/of/IN olive/olive/NN trees/tree/NNS by/by/IN settlers/settler/NNS"
        + " in/in/IN Turmus/Turmus/NNP", "det 1 0; root -1 1; case 4 2; compound 4 3; nmod:of 1 4; case 6 5; nmod:by 1 6;"
        + " case 8 7; nmod:in 1 8", "settlers", "Israeli settlers", ActorKind.MILITIA, "Turmus");
    Event burning = EventExtractorTest.only(events);
    assertEquals("Looting/property destruction", burning.subtype());
    assertEquals("Israeli settlers", burning.actor().name());
  }

  @Test
  void aGroupElectingItsCommanderChangesTheGroup() {
    List<Event> events = withActor("The/the/DT KNDF/KNDF/NNP elected/elect/VBD a/a/DT new/new/JJ commander/commander/NN"
        + " in/in/IN Demoso/Demoso/NNP", "det 1 0; nsubj 2 1; root -1 2; det 5 3; amod 5 4; obj 2 5; case 7 6; obl:in 2 7",
        "KNDF", "Karenni Nationalities Defense Force", ActorKind.REBEL, "Demoso");
    assertEquals("Change to group/activity", EventExtractorTest.only(events).subtype(), events.toString());
  }

  @Test
  void peopleRegisteredHavingFledAreTheCountOfTheFlight() {
    List<Event> events = EventExtractorTest.runOne("1,846/1846/CD persons/person/NNS were/be/VBD registered/register/VBN"
        + " in/in/IN Pulka/Pulka/NNP ,/,/, having/have/VBG fled/flee/VBN their/they/PRP$ villages/village/NNS",
        "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 5 4; obl:in 3 5; punct 3 6; aux 8 7; dep 3 8;"
            + " nmod:poss 10 9; obj 8 10", "Pulka");
    Event flight = EventExtractorTest.only(events);
    assertEquals(EventType.DISPLACEMENT, flight.type());
    assertEquals(1846, flight.displaced().value());
  }

  @Test
  void aParticipleTakenForAClausalSubjectStillGivesItsNounAsActor() {
    // "Protesters angered by the death have set fire to police vehicles", parsed with "angered" as clausal subject
    List<Event> events = withActor("Protesters/protester/NNS angered/anger/VBN by/by/IN the/the/DT death/death/NN have/have/VBP"
        + " set/set/VBN fire/fire/NN to/to/IN vehicles/vehicle/NNS in/in/IN Sasaram/Sasaram/NNP",
        "nsubj:pass 1 0; csubj 6 1; case 4 2; det 4 3; obl:by 1 4; aux 6 5; root -1 6; obj 6 7; case 9 8; obl:to 6 9;"
            + " case 11 10; obl:in 6 11", "Protesters", "Protesters (India)", ActorKind.CIVILIANS, "Sasaram");
    Event fire = events.stream().filter(e -> e.trigger().startsWith("set")).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("Protesters (India)", fire.actor().name());
    assertEquals("Violent demonstration", fire.subtype());
  }

  @Test
  void theDeadOfAShootingAtAProtestAreTheShootingsNotTheProtests() {
    // "Police opened fire on students protesting in Rangpur, killing a student", with "killing" hung on "protesting"
    Sentence s = new SentenceBuilder(0).words("Police/police/NNS opened/open/VBD fire/fire/NN on/on/IN students/student/NNS"
        + " protesting/protest/VBG in/in/IN Rangpur/Rangpur/NNP ,/,/, killing/kill/VBG a/a/DT student/student/NN")
        .deps("nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:on 1 4; acl 4 5; case 7 6; obl:in 5 7; punct 5 8; advcl 5 9;"
            + " det 11 10; obj 9 11").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s), List.of(EventExtractorTest.actor(s, "Police", "Police Forces of Bangladesh",
        ActorKind.STATE_POLICE), EventExtractorTest.civilians(s, "students")), List.of(EventExtractorTest.place("Rangpur", s, "Rangpur", 25.7, 89.2)));
    Event shooting = events.stream().filter(e -> e.trigger().equals("opened fire")).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(1, shooting.fatalities().value(), events.toString());
  }

  @Test
  void aPassiveVerbThatLostItsSubjectFindsItsWeaponRightBeforeIt() {
    // "a barrel bomb filled with chlorine gas was dropped on Saraqeb", parsed with the bomb as the subject of "filled"
    String words = "a/a/DT barrel/barrel/NN bomb/bomb/NN filled/fill/VBN with/with/IN %s was/be/VBD"
        + " dropped/drop/VBN on/on/IN Saraqeb/Saraqeb/NNP";
    String deps = "det 2 0; compound 2 1; nsubj:pass 3 2; root -1 3; case 6 4; compound 6 5; obl:with 3 6; aux:pass 8 7;"
        + " advcl 3 8; case 10 9; obl:on 8 10";
    List<Event> gas = EventExtractorTest.runOne(String.format(words, "chlorine/chlorine/NN gas/gas/NN"), deps, "Saraqeb");
    assertEquals("Chemical weapon", EventExtractorTest.only(gas).subtype(), gas.toString());
    List<Event> food = EventExtractorTest.runOne(String.format(words, "food/food/NN parcels/parcel/NNS"), deps, "Saraqeb");
    assertTrue(food.stream().noneMatch(e -> "dropped".equals(e.trigger())), food.toString());
  }
}
