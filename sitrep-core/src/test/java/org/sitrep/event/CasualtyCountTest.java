package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.event.EventExtractorTest.actor;
import static org.sitrep.event.EventExtractorTest.civilians;
import static org.sitrep.event.EventExtractorTest.place;
import static org.sitrep.event.EventExtractorTest.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.ActorMention;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;

/**
 * Victim counts without a number: one named person, coordinated victims, and a coordinated verb's object;
 * one number shared by the killed and the injured.
 */
class CasualtyCountTest {
  @Test
  void aSingularNounNamingOnePersonCountsOne() {
    Sentence s = new SentenceBuilder(0)
        .words("A/a/DT Turkish/Turkish/JJ soldier/soldier/NN was/be/VBD killed/kill/VBN in/in/IN Homs/Homs/NNP ./././.")
        .deps("root -1 4; det 2 0; amod 2 1; nsubj:pass 4 2; aux:pass 4 3; case 6 5; obl:in 4 6; punct 4 7").build(0);
    Quantity q = fatalities(s, actor(s, "Turkish soldier", "Military Forces of Turkey", ActorKind.STATE_MILITARY));
    assertEquals(1, q.value());
    assertTrue(q.exact());
  }

  @Test
  void aCivilianTaggedAsAnAdjectiveWithADeterminerCountsOne() {
    Sentence s = new SentenceBuilder(0)
        .words("A/a/DT civilian/civilian/JJ was/be/VBD killed/kill/VBN in/in/IN Homs/Homs/NNP")
        .deps("root -1 3; det 1 0; nsubj:pass 3 1; aux:pass 3 2; case 5 4; obl:in 3 5").build(0);
    assertEquals(1, fatalities(s, civilians(s, "civilian")).value());
  }

  @Test
  void noSoldierIsNotOne() {
    Sentence s = new SentenceBuilder(0)
        .words("An/a/DT airstrike/airstrike/NN killed/kill/VBD no/no/DT soldier/soldier/NN in/in/IN Homs/Homs/NNP")
        .deps("root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; case 6 5; obl:in 2 6").build(0);
    assertNull(fatalities(s, actor(s, "soldier", "Military Forces of Syria", ActorKind.STATE_MILITARY)));
  }

  @Test
  void aCollectiveOrPluralNounIsNotOne() {
    Sentence family = new SentenceBuilder(0)
        .words("An/a/DT airstrike/airstrike/NN killed/kill/VBD a/a/DT family/family/NN in/in/IN Homs/Homs/NNP")
        .deps("root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; case 6 5; obl:in 2 6").build(0);
    assertNull(fatalities(family, civilians(family, "family")), "a family is not one person");
    Sentence people = new SentenceBuilder(0)
        .words("An/a/DT airstrike/airstrike/NN killed/kill/VBD people/person/NNS in/in/IN Homs/Homs/NNP")
        .deps("root -1 2; det 1 0; nsubj 2 1; obj 2 3; case 5 4; obl:in 2 5").build(0);
    assertNull(fatalities(people, civilians(people, "people")), "'people' has the lemma of an individual but is plural");
  }

  @Test
  void coordinatedVictimsAddUp() {
    Sentence s = new SentenceBuilder(0)
        .words("A/a/DT woman/woman/NN and/and/CC two/two/CD children/child/NNS were/be/VBD killed/kill/VBN by/by/IN gunmen/gunman/NNS")
        .deps("root -1 6; det 1 0; nsubj:pass 6 1; cc 4 2; nummod 4 3; conj:and 1 4; nsubj:pass 6 4; aux:pass 6 5; case 8 7; obl:agent 6 8")
        .build(0);
    Quantity q = fatalities(s, actor(s, "gunmen", "Unidentified Armed Group", ActorKind.UNKNOWN));
    assertEquals(3, q.value(), "one woman and two children");
    assertEquals("woman and two children", q.text());
    Sentence t = new SentenceBuilder(0)
        .words("Two/two/CD soldiers/soldier/NNS and/and/CC a/a/DT civilian/civilian/NN were/be/VBD killed/kill/VBN")
        .deps("root -1 6; nummod 1 0; nsubj:pass 6 1; cc 4 2; det 4 3; conj:and 1 4; nsubj:pass 6 4; aux:pass 6 5").build(0);
    assertEquals(3, fatalities(t, actor(t, "soldiers", "Military Forces of Syria", ActorKind.STATE_MILITARY)).value());
  }

  @Test
  void anInexactItemMakesTheSumALowerBound() {
    Sentence s = new SentenceBuilder(0)
        .words("Dozens/dozen/NNS of/of/IN people/person/NNS and/and/CC a/a/DT child/child/NN were/be/VBD killed/kill/VBN by/by/IN gunmen/gunman/NNS")
        .deps("root -1 7; nsubj:pass 7 0; case 2 1; nmod:of 0 2; cc 5 3; det 5 4; conj:and 0 5; nsubj:pass 7 5; aux:pass 7 6; case 9 8; "
            + "obl:agent 7 9")
        .build(0);
    Quantity q = fatalities(s, actor(s, "gunmen", "Unidentified Armed Group", ActorKind.UNKNOWN));
    assertFalse(q.exact(), "'dozens' is a lower bound, so the sum is one too");
    assertEquals(13, q.value(), "dozens (12) and a child");
  }

  @Test
  void onePersonListedWithUncountedOthersIsNotOne() {
    Sentence s = new SentenceBuilder(0)
        .words("A/a/DT soldier/soldier/NN and/and/CC civilians/civilian/NNS were/be/VBD killed/kill/VBN")
        .deps("root -1 5; det 1 0; nsubj:pass 5 1; cc 3 2; conj:and 1 3; nsubj:pass 5 3; aux:pass 5 4").build(0);
    assertNull(fatalities(s, actor(s, "soldier", "Military Forces of Syria", ActorKind.STATE_MILITARY)));
  }

  @Test
  void aVerbCoordinatedWithAnotherTakesItsObjectAsTheCount() {
    Sentence s = new SentenceBuilder(0)
        .words("Rebels/rebel/NNS ambush/ambush/VBP and/and/CC kill/kill/VB 16/16/CD soldiers/soldier/NNS ./././.")
        .deps("root -1 1; nsubj 1 0; cc 3 2; conj:and 1 3; nsubj 3 0; nummod 5 4; obj 1 5; punct 1 6").build(0);
    assertEquals(16, fatalities(s, actor(s, "Rebels", "Rebels", ActorKind.REBEL),
        actor(s, "soldiers", "Military Forces of Syria", ActorKind.STATE_MILITARY)).value());
  }

  @Test
  void aVerbThatIsNotCoordinatedDoesNotTakeItsGovernorsObject() {
    Sentence s = new SentenceBuilder(0)
        .words("Rebels/rebel/NNS ambushed/ambush/VBD 16/16/CD soldiers/soldier/NNS to/to/TO kill/kill/VB them/they/PRP")
        .deps("root -1 1; nsubj 1 0; nummod 3 2; obj 1 3; mark 5 4; advcl:to 1 5; obj 5 6").build(0);
    assertNull(fatalities(s, actor(s, "Rebels", "Rebels", ActorKind.REBEL),
        actor(s, "soldiers", "Military Forces of Syria", ActorKind.STATE_MILITARY)), "ambushed soldiers are not killed ones");
  }

  @Test
  void oneFigureForTheKilledAndTheInjuredTogetherIsNeitherCount() {
    Sentence s = new SentenceBuilder(0)
        .words("Shelling/shelling/NN killed/kill/VBD and/and/CC injured/injure/VBD 100/100/CD people/person/NNS in/in/IN Homs/Homs/NNP ./././.")
        .deps("root -1 1; nsubj 1 0; cc 3 2; conj:and 1 3; nsubj 3 0; nummod 5 4; obj 1 5; case 7 6; obl:in 1 7; punct 1 8").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Homs", s, "Homs", 34.73, 36.72)));
    assertEquals(1, events.size(), () -> "events: " + events);
    Event e = events.get(0);
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, e.type());
    assertEquals("Homs", e.location().name(), "the event stays, with its place");
    assertNull(e.fatalities(), "100 killed and injured: how many died is not told");
    assertNull(e.injured(), "nor how many were injured");
  }

  @Test
  void aCoordinatedVerbWithItsOwnObjectDoesNotShareTheFirstVerbsCount() {
    Sentence s = new SentenceBuilder(0)
        .words("Warplanes/warplane/NNS killed/kill/VBD 18/18/CD persons/person/NNS and/and/CC wounded/wound/VBD others/other/NNS "
            + "in/in/IN Homs/Homs/NNP ./././.")
        .deps("root -1 1; nsubj 1 0; nummod 3 2; obj 1 3; cc 5 4; conj:and 1 5; nsubj 5 0; obj 5 6; case 8 7; obl:in 1 8; punct 1 9")
        .build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Homs", s, "Homs", 34.73, 36.72)));
    assertEquals(1, events.size(), () -> "events: " + events);
    Event e = events.get(0);
    assertNotNull(e.fatalities(), "'others' is the object of 'wounded', not '18 persons': no joint figure to drop");
    assertEquals(18, e.fatalities().value());
    assertNull(e.injured(), "'others' has no number");
  }

  @Test
  void onePersonKilledAndWoundedIsNeitherCountButTwoPeopleAreTwoCounts() {
    Sentence same = new SentenceBuilder(0)
        .words("Gunmen/gunman/NNS killed/kill/VBD and/and/CC wounded/wound/VBD a/a/DT soldier/soldier/NN")
        .deps("root -1 1; nsubj 1 0; cc 3 2; conj:and 1 3; nsubj 3 0; det 5 4; obj 1 5").build(0);
    Event shared = run(List.of(same), List.of(actor(same, "soldier", "Military Forces of Syria", ActorKind.STATE_MILITARY)),
        List.of()).get(0);
    assertNull(shared.fatalities(), "the one soldier counted under both verbs is one figure for both");
    assertNull(shared.injured());
    Sentence two = new SentenceBuilder(0)
        .words("A/a/DT soldier/soldier/NN was/be/VBD killed/kill/VBN and/and/CC another/another/DT soldier/soldier/NN"
            + " was/be/VBD wounded/wound/VBN")
        .deps("root -1 3; det 1 0; nsubj:pass 3 1; aux:pass 3 2; cc 8 4; det 6 5; nsubj:pass 8 6; aux:pass 8 7; conj:and 3 8")
        .build(0);
    Event separate = run(List.of(two), List.of(actor(two, "soldier", "Military Forces of Syria", ActorKind.STATE_MILITARY)),
        List.of()).get(0);
    assertEquals(1, separate.fatalities().value(), "two soldiers, one killed and one wounded");
    assertEquals(1, separate.injured().value());
  }

  @Test
  void theWoundedListedAfterTheDeadAreNotAddedToThem() {
    // "The firefight left two soldiers dead and four wounded": 2 dead and 4 wounded, not 6 dead
    Sentence s = new SentenceBuilder(0).words("The/the/DT firefight/firefight/NN left/leave/VBD two/two/CD soldiers/soldier/NNS"
        + " dead/dead/JJ and/and/CC four/four/CD wounded/wound/VBN in/in/IN Homs/Homs/NNP")
        .deps("det 1 0; nsubj 2 1; root -1 2; nummod 4 3; obj 2 4; amod 4 5; cc 7 6; obj 2 7; conj:and 4 7; amod 7 8;"
            + " case 10 9; obl:in 2 10").build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, "soldiers", "Military Forces", ActorKind.STATE_MILITARY)),
        List.of(place("Homs", s, "Homs", 34.7, 36.7)));
    Event firefight = events.stream().filter(e -> e.fatalities() != null).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(2, firefight.fatalities().value(), events.toString());
    assertEquals(4, firefight.injured().value(), events.toString());
  }

  @Test
  void aNamedPersonWhoDiedIsOneAndTheAgeAfterTheNameIsNoCount() {
    // "Oleksii Marchenko, 27, died after Russian forces dropped a grenade on Novoprokopivka": one dead, not 27
    Sentence s = new SentenceBuilder(0).words("Oleksii/Oleksii/NNP/PERSON Marchenko/Marchenko/NNP/PERSON ,/,/, 27/27/CD ,/,/,"
        + " died/die/VBD after/after/IN forces/force/NNS dropped/drop/VBD a/a/DT grenade/grenade/NN on/on/IN Novoprokopivka/Novoprokopivka/NNP")
        .deps("compound 1 0; nsubj 5 1; punct 1 2; appos 1 3; punct 1 4; root -1 5; mark 8 6; nsubj 8 7; advcl:after 5 8;"
            + " det 10 9; obj 8 10; case 12 11; obl:on 8 12").build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, "forces", "Military Forces of Russia", ActorKind.STATE_MILITARY)),
        List.of(place("Novoprokopivka", s, "Novoprokopivka", 47.4, 35.9)));
    Event dropped = events.stream().filter(e -> e.fatalities() != null).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(1, dropped.fatalities().value(), events.toString());
  }

  @Test
  void aNamedPersonWhoFledIsNoCountOfDisplacedPeople() {
    Sentence s = new SentenceBuilder(0).words("Jones/Jones/NNP/PERSON fled/flee/VBD on/on/IN foot/foot/NN in/in/IN Dayton/Dayton/NNP")
        .deps("nsubj 1 0; root -1 1; case 3 2; obl:on 1 3; case 5 4; obl:in 1 5").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Dayton", s, "Dayton", 39.76, -84.19)));
    assertTrue(events.stream().noneMatch(e -> e.displaced() != null), events.toString());
  }

  private static Quantity fatalities(Sentence s, ActorMention... actors) {
    List<Event> events = run(List.of(s), List.of(actors), List.of());
    assertEquals(1, events.size(), () -> "events: " + events);
    return events.get(0).fatalities();
  }
}
