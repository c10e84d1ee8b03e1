package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** What a capture or a seizure is of, and what a withdrawal beside a capture is. */
class CapturesAndCachesTest {

  @Test
  void theLosersWithdrawalIsPartOfTheCapture() {
    Sentence s = new SentenceBuilder(0).words("Troops/troop/NNS regained/regain/VBD control/control/NN of/of/IN Cowsweyne/Cowsweyne/NNP"
            + " and/and/CC militants/militant/NNS withdrew/withdraw/VBD")
        .deps("nsubj 1 0; root -1 1; obj 1 2; case 4 3; nmod:of 2 4; cc 7 5; nsubj 7 6; conj:and 1 7").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Troops", "Military Forces of Somalia", ActorKind.STATE_MILITARY),
            EventExtractorTest.actor(s, "militants", "al-Shabaab", ActorKind.TERRORIST_GROUP)),
        List.of(EventExtractorTest.place("Cowsweyne", s, "Cowsweyne", 5.1, 46.4)));
    assertEquals(EventType.TERRITORY_CAPTURED, EventExtractorTest.only(events).type(), events.toString());
  }

  @Test
  void aWithdrawalWithNoCaptureIsADeployment() {
    Sentence s = new SentenceBuilder(0).words("Militants/militant/NNS withdrew/withdraw/VBD from/from/IN Cowsweyne/Cowsweyne/NNP")
        .deps("nsubj 1 0; root -1 1; case 3 2; obl:from 1 3").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Militants", "al-Shabaab", ActorKind.TERRORIST_GROUP)),
        List.of(EventExtractorTest.place("Cowsweyne", s, "Cowsweyne", 5.1, 46.4)));
    assertEquals(EventType.DEPLOYMENT, EventExtractorTest.only(events).type(), events.toString());
  }

  @Test
  void aTownSeizedIsATownWhateverItIsHomeTo() {
    Sentence s = new SentenceBuilder(0).words("Rebels/rebel/NNS seized/seize/VBD the/the/DT town/town/NN of/of/IN Rubaya/Rubaya/NNP ,/,/,"
            + " home/home/NN to/to/IN coltan/coltan/NN mines/mine/NNS")
        .deps("nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:of 3 5; punct 1 6; obj 1 7; case 10 8; compound 10 9; nmod:to 7 10")
        .build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Rebels", "March 23 Movement", ActorKind.REBEL)),
        List.of(EventExtractorTest.place("Rubaya", s, "Rubaya", -1.57, 28.88)));
    assertEquals(EventType.TERRITORY_CAPTURED, EventExtractorTest.only(events).type(), events.toString());
  }

  @Test
  void grenadesRecoveredWithACacheAreTheCache() {
    Sentence s = new SentenceBuilder(0).words("Police/police/NNS recovered/recover/VBD 21/21/CD rifles/rifle/NNS along/along/IN with/with/IN"
            + " 50/50/CD grenades/grenade/NNS in/in/IN Churachandpur/Churachandpur/NNP")
        .deps("nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 7 4; fixed 4 5; nummod 7 6; nmod:with 3 7; case 9 8; obl:in 1 9")
        .build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Police", "Police Forces of India", ActorKind.STATE_POLICE)),
        List.of(EventExtractorTest.place("Churachandpur", s, "Churachandpur", 24.33, 93.68)));
    Event only = EventExtractorTest.only(events);
    assertEquals("Disrupted weapons use", only.subtype(), events.toString());
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE));
  }

  @Test
  void bombsFoundAndDefusedAreTheDisruptionThoughTheParseHangsThemOnTheFirstVerb() {
    // "Engineers found and defused two IEDs placed under a bridge": the parse hangs "IEDs" under "found", not "defused"
    Sentence s = new SentenceBuilder(0).words("Army/army/NN engineers/engineer/NNS found/find/VBD and/and/CC defused/defuse/VBD"
            + " two/two/CD IEDs/ied/NNS placed/place/VBN under/under/IN a/a/DT bridge/bridge/NN in/in/IN Tuz/Tuz/NNP")
        .deps("compound 1 0; nsubj 2 1; root -1 2; cc 4 3; conj:and 2 4; nsubj 4 1; nummod 6 5; nsubj:pass 7 6; dep 2 7;"
            + " case 10 8; det 10 9; obl:under 7 10; case 12 11; nmod:in 10 12").build(0);
    List<Event> events = EventExtractorTest.run(List.of(s),
        List.of(EventExtractorTest.actor(s, "Army engineers", "Military Forces of Iraq", ActorKind.STATE_MILITARY)),
        List.of(EventExtractorTest.place("Tuz", s, "Tuz", 34.88, 44.63)));
    assertEquals("Disrupted weapons use", EventExtractorTest.only(events).subtype(), events.toString());
  }

  @Test
  void armedMenBreakingIntoAWarehouseLootButBurglarsAreCrime() {
    Sentence armed = new SentenceBuilder(0).words("Armed/armed/JJ men/man/NNS broke/break/VBD into/into/IN a/a/DT warehouse/warehouse/NN"
        + " in/in/IN Yei/Yei/NNP").deps("amod 1 0; nsubj 2 1; root -1 2; case 5 3; det 5 4; obl:into 2 5; case 7 6; nmod:in 5 7").build(0);
    List<Event> looted = EventExtractorTest.run(List.of(armed),
        List.of(EventExtractorTest.actor(armed, "Armed men", "Unidentified Armed Group", ActorKind.UNKNOWN)),
        List.of(EventExtractorTest.place("Yei", armed, "Yei", 4.09, 30.68)));
    assertEquals("Looting/property destruction", EventExtractorTest.only(looted).subtype(), looted.toString());
    assertEquals(List.of(), EventExtractorTest.runOne("Burglars/burglar/NNS broke/break/VBD into/into/IN a/a/DT bakery/bakery/NN in/in/IN Yei/Yei/NNP",
        "nsubj 1 0; root -1 1; case 4 2; det 4 3; obl:into 1 4; case 6 5; nmod:in 4 6", "Yei"));
  }

  @Test
  void imageryCapturedOnADateIsARecordingNotACapture() {
    String words = "Satellite/satellite/NN imagery/imagery/NN captured/capture/VBN on/on/IN 3/3/CD June/June/NNP shows/show/VBZ"
        + " craters/crater/NNS in/in/IN Kabkabiya/Kabkabiya/NNP";
    // as CoreNLP parses it: "captured" the root with the imagery as its passive subject
    String deps = "compound 1 0; nsubj:pass 2 1; root -1 2; case 5 3; nummod 5 4; obl:on 2 5; dep 2 6; obj 6 7; case 9 8; nmod:in 7 9";
    assertEquals(List.of(), EventExtractorTest.runOne(words, deps, "Kabkabiya"));
    List<Event> rebels = EventExtractorTest.runOne("Rebels/rebel/NNS captured/capture/VBD Kabkabiya/Kabkabiya/NNP on/on/IN 3/3/CD June/June/NNP",
        "nsubj 1 0; root -1 1; obj 1 2; case 5 3; nummod 5 4; obl:on 1 5", "Kabkabiya");
    assertTrue(rebels.stream().anyMatch(e -> e.type() == EventType.TERRITORY_CAPTURED), rebels.toString());
  }

  @Test
  void anAreaHandedToAPartyIsATransferButALetterHandedIsNot() {
    String deps = "det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 6 4; det 6 5; obl:to 3 6; case 8 7; obl:near 3 8";
    List<Event> area = EventExtractorTest.runOne("The/the/DT area/area/NN was/be/VBD handed/hand/VBN to/to/IN the/the/DT"
        + " army/army/NN near/near/IN Kirants/Kirants/NNP", deps, "Kirants");
    assertEquals("Non-violent transfer of territory", EventExtractorTest.only(area).subtype(), area.toString());
    assertEquals(List.of(), EventExtractorTest.runOne("The/the/DT letter/letter/NN was/be/VBD handed/hand/VBN to/to/IN the/the/DT"
        + " army/army/NN near/near/IN Kirants/Kirants/NNP", deps, "Kirants"));
  }
}
