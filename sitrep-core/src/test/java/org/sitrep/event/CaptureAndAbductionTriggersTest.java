package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** Trigger rows whose object class tells a capture from an abduction, a deployment or nothing, on hand-built parses. */
class CaptureAndAbductionTriggersTest {
  private static List<EventType> types(String words, String deps, String placeName) {
    return EventExtractorTest.runOne(words, deps, placeName).stream().map(Event::type).toList();
  }

  private static final String SEIZE_DEPS = "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:near 1 5";

  @Test
  void gunmenSeizingPassengersAbductThemButFightersSeizingATownTakeIt() {
    assertEquals(List.of(EventType.ATTACK_ON_CIVILIANS), types(
        "Gunmen/gunman/NNS seized/seize/VBD 14/14/CD passengers/passenger/NNS near/near/IN Saint-Marc/Saint-Marc/NNP", SEIZE_DEPS, "Saint-Marc"));
    assertEquals(List.of(EventType.TERRITORY_CAPTURED), types(
        "Fighters/fighter/NNS seized/seize/VBD the/the/DT town/town/NN near/near/IN Saint-Marc/Saint-Marc/NNP", SEIZE_DEPS, "Saint-Marc"));
  }

  @Test
  void aPlaceNamedAsTheObjectIsTakenButAPlaceElsewhereTakesNothing() {
    assertEquals(List.of(EventType.TERRITORY_CAPTURED), types("Jihadists/jihadist/NNS took/take/VBD over/over/RP Diapaga/Diapaga/NNP",
        "nsubj 1 0; root -1 1; compound:prt 1 2; obj 1 3", "Diapaga"));
    assertEquals(List.of(), types("A/a/DT ceasefire/ceasefire/NN took/take/VBD effect/effect/NN in/in/IN Lebanon/Lebanon/NNP",
        "det 1 0; nsubj 2 1; root -1 2; obj 2 3; case 5 4; obl:in 2 5", "Lebanon").stream()
        .filter(t -> t == EventType.TERRITORY_CAPTURED).toList());
  }

  @Test
  void soldiersTakingCoverOrPartTakeNoTownButTakingTheTownDoes() {
    String deps = "nsubj 1 0; root -1 1; obj 1 2; case 5 3; det 5 4; obl:near 1 5; case 7 6; nmod:in 5 7";
    assertEquals(List.of(), types("Soldiers/soldier/NNS take/take/VBP cover/cover/NN near/near/IN the/the/DT base/base/NN in/in/IN Argelia/Argelia/NNP",
        deps, "Argelia").stream().filter(t -> t == EventType.TERRITORY_CAPTURED).toList());
    assertEquals(List.of(), types("Fighters/fighter/NNS took/take/VBD part/part/NN near/near/IN the/the/DT base/base/NN in/in/IN Argelia/Argelia/NNP",
        deps, "Argelia").stream().filter(t -> t == EventType.TERRITORY_CAPTURED).toList());
    assertEquals(List.of(EventType.TERRITORY_CAPTURED), types(
        "Fighters/fighter/NNS took/take/VBD town/town/NN near/near/IN the/the/DT base/base/NN in/in/IN Argelia/Argelia/NNP", deps, "Argelia"));
  }

  @Test
  void fightersMovingIntoATownTakeItButFamiliesMovingInDoNot() {
    String deps = "nsubj 1 0; root -1 1; case 3 2; obl:into 1 3";
    assertEquals(List.of(EventType.TERRITORY_CAPTURED), types("Fighters/fighter/NNS moved/move/VBD into/into/IN Yeed/Yeed/NNP", deps, "Yeed"));
    assertEquals(List.of(), types("Families/family/NNS moved/move/VBD into/into/IN Yeed/Yeed/NNP", deps, "Yeed").stream()
        .filter(t -> t == EventType.TERRITORY_CAPTURED).toList());
  }

  @Test
  void policeOfficersLandingAreADeploymentButAPlaneLandingIsNot() {
    String deps = "compound 1 0; nsubj 2 1; root -1 2; case 4 3; obl:in 2 4";
    assertEquals(List.of(EventType.DEPLOYMENT), types("Police/police/NN officers/officer/NNS landed/land/VBD in/in/IN Port-au-Prince/Port-au-Prince/NNP",
        deps, "Port-au-Prince"));
    assertEquals(List.of(), types("Cargo/cargo/NN planes/plane/NNS landed/land/VBD in/in/IN Port-au-Prince/Port-au-Prince/NNP",
        deps, "Port-au-Prince"));
  }

  @Test
  void aDeviceMadeSafeIsDisruptedWeaponsUseButAHouseMadeSafeIsNoEvent() {
    String deps = "nsubj 1 0; root -1 1; xcomp 1 2; det 4 3; obj 1 4; case 6 5; obl:in 1 6";
    List<Event> events = EventExtractorTest.runOne("Officers/officer/NNS made/make/VBD safe/safe/JJ a/a/DT device/device/NN"
        + " in/in/IN Strabane/Strabane/NNP", deps, "Strabane");
    assertEquals("Disrupted weapons use", EventExtractorTest.only(events).subtype(), events.toString());
    assertEquals(List.of(), EventExtractorTest.runOne("Officers/officer/NNS made/make/VBD safe/safe/JJ a/a/DT house/house/NN"
        + " in/in/IN Strabane/Strabane/NNP", deps, "Strabane"));
  }

  @Test
  void dronesDownedAndFireTradedAreEvents() {
    assertEquals(List.of(EventType.OTHER), types("Defences/defence/NNS downed/down/VBD 23/23/CD drones/drone/NNS near/near/IN Kyiv/Kyiv/NNP",
        SEIZE_DEPS, "Kyiv"));
    assertEquals(List.of(EventType.BATTLE), types("Rebels/rebel/NNS traded/trade/VBD fire/fire/NN near/near/IN Sittwe/Sittwe/NNP",
        "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:near 1 4", "Sittwe"));
  }

  @Test
  void forcesEnteringATownTakeItButTalksEnteredAreNothing() {
    String deps = "compound 1 0; nsubj 2 1; root -1 2; obj 2 3";
    assertEquals(List.of(EventType.TERRITORY_CAPTURED), types("Police/police/NN units/unit/NNS entered/enter/VBD Khankendi/Khankendi/NNP", deps, "Khankendi"));
    assertEquals(List.of(), types("Peace/peace/NN talks/talk/NNS entered/enter/VBD Khankendi/Khankendi/NNP", deps, "Khankendi"));
  }
}
