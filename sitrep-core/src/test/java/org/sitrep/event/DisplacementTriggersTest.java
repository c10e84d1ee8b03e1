package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.event.EventExtractorTest.place;
import static org.sitrep.event.EventExtractorTest.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Displacement as wire copy writes it, on hand-built parses (some with the parser's own mistakes). */
class DisplacementTriggersTest {
  @Test
  void familiesThatLeftTheirHomesAreDisplacedButThatLeftDeadAreNot() {
    Sentence s = new SentenceBuilder(0)
        .words("2,000/2,000/CD families/family/NNS left/leave/VBD their/their/PRP$ homes/home/NNS in/in/IN Bagan/Bagan/NNP")
        .deps("nummod 1 0; nsubj 2 1; root -1 2; nmod:poss 4 3; obj 2 4; case 6 5; obl:in 2 6").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Bagan", s, "Bagan", 33.6, 70.9)));
    assertEquals(EventType.DISPLACEMENT, events.get(0).type());
    assertEquals(2000, events.get(0).displaced().value());
    assertEquals(null, displacement("Clashes/clash/NNS left/leave/VBD 52/52/CD people/person/NNS dead/dead/JJ in/in/IN Bagan/Bagan/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; xcomp 1 4; case 6 5; obl:in 1 6", "Bagan"), "the dead left behind are no displaced");
  }

  @Test
  void fightingThatDrivesPeopleAcrossABorderDisplacesThem() {
    Event displacement = displacement("Fighting/fighting/NN drove/drive/VBD 5,000/5,000/CD people/person/NNS into/into/IN Mauritania/Mauritania/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:into 1 5", "Mauritania");
    assertEquals(5000, displacement.displaced().value());
    assertEquals("Mauritania", displacement.to().get(0).name());
  }

  @Test
  void peopleForcedToFleeAreCountedThroughTheControlledSubject() {
    Event displacement = displacement("Clashes/clash/NNS forced/force/VBD 1,100/1,100/CD people/person/NNS to/to/TO flee/flee/VB into/into/IN Cachar/Cachar/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; mark 5 4; xcomp 1 5; nsubj:xsubj 5 3; case 7 6; obl:into 5 7", "Cachar");
    assertEquals(1100, displacement.displaced().value());
  }

  @Test
  void peopleForcedToMoveAreDisplacedButPeopleWhoMoveOnAreNot() {
    Event forced = displacement("Fire/fire/NN forced/force/VBD 1,250/1,250/CD families/family/NNS to/to/TO move/move/VB to/to/TO Marib/Marib/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; mark 5 4; xcomp 1 5; nsubj:xsubj 5 3; case 7 6; obl:to 5 7", "Marib");
    assertEquals(1250, forced.displaced().value());
    assertEquals(null, displacement("1,250/1,250/CD families/family/NNS decided/decide/VBD to/to/TO move/move/VB to/to/TO Marib/Marib/NNP",
        "nummod 1 0; nsubj 2 1; root -1 2; mark 4 3; xcomp 2 4; nsubj:xsubj 4 1; case 6 5; obl:to 4 6", "Marib"));
  }

  @Test
  void peopleForcedToSeekRefugeAreCountedNotTheFactionsThatForcedThem() {
    Event forced = displacement("Clashes/clash/NNS between/between/IN two/two/CD factions/faction/NNS forced/force/VBD 1,316/1,316/CD"
        + " people/person/NNS to/to/TO seek/seek/VB refuge/refuge/NN in/in/IN Popayan/Popayan/NNP",
        "nsubj 4 0; case 3 1; nummod 3 2; nmod:between 0 3; root -1 4; nummod 6 5; obj 4 6; mark 8 7; xcomp 4 8; nsubj:xsubj 8 6;"
        + " obj 8 9; case 11 10; obl:in 8 11", "Popayan");
    assertEquals(1316, forced.displaced().value());
  }

  @Test
  void ofTwoTellingsOfAFlightTheCountedOneRanksFirst() {
    Sentence rest = new SentenceBuilder(0).words("Families/family/NNS fled/flee/VBD Raqqa/Raqqa/NNP")
        .deps("nsubj 1 0; root -1 1; obj 1 2").build(0);
    Sentence fled = new SentenceBuilder(rest.text().length() + 1).words("8,500/8,500/CD people/person/NNS fled/flee/VBD Manbij/Manbij/NNP")
        .deps("nummod 1 0; nsubj 2 1; root -1 2; obj 2 3").build(1);
    List<Event> events = EventExtractorTest.run(List.of(rest, fled), List.of(), List.of(
        EventExtractorTest.place("Raqqa", rest, "Raqqa", 35.95, 39.01), EventExtractorTest.place("Manbij", fled, "Manbij", 36.53, 37.95)));
    Event top = events.stream().filter(e -> e.type() == EventType.DISPLACEMENT)
        .max(java.util.Comparator.comparingDouble(Event::confidence)).orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(8500, top.displaced() == null ? null : top.displaced().value(), events.toString());
  }

  @Test
  void residentsMovedToHotelsAreDisplacedButStaffMovedToOfficesAreNot() {
    String deps = "nummod 1 0; nsubj:pass 4 1; aux 4 2; aux:pass 4 3; root -1 4; case 6 5; obl:to 4 6; case 8 7; nmod:in 6 8";
    Event moved = displacement("1,400/1,400/CD residents/resident/NNS had/have/VBD been/be/VBN moved/move/VBN to/to/TO hotels/hotel/NNS"
        + " in/in/IN Kanazawa/Kanazawa/NNP", deps, "Kanazawa");
    assertEquals(1400, moved.displaced().value());
    assertEquals(null, displacement("1,400/1,400/CD staff/staff/NN had/have/VBD been/be/VBN moved/move/VBN to/to/TO offices/office/NNS"
        + " in/in/IN Kanazawa/Kanazawa/NNP", deps, "Kanazawa"));
  }

  @Test
  void peopleWhoCrossAreDisplacedEvenWhereTheySheltered() {
    Event crossed = displacement("3,500/3,500/CD people/person/NNS crossed/cross/VBD into/into/IN Mizoram/Mizoram/NNP ,/,/, most/most/JJS sheltering/shelter/VBG in/in/IN camps/camp/NNS",
        "nummod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:into 2 4; punct 2 5; nsubj 7 6; advcl 2 7; case 9 8; obl:in 7 9", "Mizoram");
    assertEquals(3500, crossed.displaced().value());
  }

  @Test
  void thePeopleAParticipleDescribesAreCounted() {
    Event displacement = displacement("Teams/team/NNS recorded/record/VBD 6,415/6,415/CD individuals/individual/NNS displaced/displace/VBN"
            + " from/from/IN Mellit/Mellit/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; acl 3 4; case 6 5; obl:from 4 6", "Mellit");
    assertEquals(6415, displacement.displaced().value());
  }

  @Test
  void aFigureOfPeopleRightAfterTheVerbCountsWhenTheParseLostTheObject() {
    // the parser made "people" the subject of "said"; the object role of "displaced" is empty
    Sentence s = new SentenceBuilder(0)
        .words("Cyclone/cyclone/NN has/have/VBZ displaced/displace/VBN 508,244/508,244/CD people/person/NNS in/in/IN Malawi/Malawi/NNP ,/,/, officials/official/NNS said/say/VBD")
        .deps("nsubj 2 0; aux 2 1; root -1 2; nummod 4 3; nsubj 9 4; case 6 5; nmod:in 4 6; punct 4 7; appos 4 8; ccomp 2 9").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Malawi", s, "Malawi", -13.5, 34.0)));
    assertEquals(508244, events.get(0).displaced().value());
  }

  @Test
  void peopleLeavingATownAreDisplacedButClashesLeavingPeopleDeadAreATollAndAPresidentIsNoOne() {
    Sentence left = new SentenceBuilder(0)
        .words("20,000/20,000/CD people/person/NNS have/have/VBP left/leave/VBN Lashio/Lashio/NNP")
        .deps("nummod 1 0; nsubj 3 1; aux 3 2; root -1 3; obj 3 4").build(0);
    List<Event> events = run(List.of(left), List.of(), List.of(place("Lashio", left, "Lashio", 22.93, 97.75)));
    assertEquals(EventType.DISPLACEMENT, events.get(0).type());
    assertEquals(20000, events.get(0).displaced().value());
    assertEquals("Lashio", events.get(0).from().name());
    Sentence president = new SentenceBuilder(0)
        .words("The/the/DT president/president/NN left/leave/VBD Lashio/Lashio/NNP")
        .deps("det 1 0; nsubj 2 1; root -1 2; obj 2 3").build(0);
    assertEquals(List.of(), run(List.of(president), List.of(), List.of(place("Lashio", president, "Lashio", 22.93, 97.75))));
  }

  /** The displacement event of a hand-built one-sentence text with one place, or null. */
  private static Event displacement(String words, String deps, String placeName) {
    return EventExtractorTest.runOne(words, deps, placeName).stream()
        .filter(e -> e.type() == EventType.DISPLACEMENT).findFirst().orElse(null);
  }

  @Test
  void aRangeBeforeTheVerbCountsWhenTheSubjectRoleMissedIt() {
    // the parser hung the range on "Between" instead of "people"
    Event e = displacement("Between/between/IN 250,000/250,000/CD and/and/CC 300,000/300,000/CD people/person/NNS fled/flee/VBD Madani/Madani/NNP",
        "case 1 0; obl:npmod 5 1; cc 3 2; conj:and 1 3; nsubj 5 4; root -1 5; obj 5 6", "Madani");
    assertEquals(250000, e.displaced().value());
  }

  @Test
  void abandonedVillagesForcedOutAndMovedIntoSheltersAreDisplacement() {
    assertEquals(67000, displacement("67,000/67,000/CD people/person/NNS abandoned/abandon/VBD their/their/PRP$ villages/village/NNS in/in/IN Chiure/Chiure/NNP",
        "nummod 1 0; nsubj 2 1; root -1 2; nmod:poss 4 3; obj 2 4; case 6 5; nmod:in 4 6", "Chiure").displaced().value());
    assertEquals(1200, displacement("1,200/1,200/CD families/family/NNS were/be/VBD forced/force/VBN out/out/RP of/of/IN Bagan/Bagan/NNP",
        "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; compound:prt 3 4; case 6 5; obl:of 3 6", "Bagan").displaced().value());
    assertEquals(800000, displacement("800,000/800,000/CD people/person/NNS moved/move/VBD into/into/IN shelters/shelter/NNS in/in/IN Khulna/Khulna/NNP",
        "nummod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:into 2 4; case 6 5; nmod:in 4 6", "Khulna").displaced().value());
    assertEquals(null, displacement("The/the/DT family/family/NN moved/move/VBD into/into/IN a/a/DT house/house/NN in/in/IN Khulna/Khulna/NNP",
        "det 1 0; nsubj 2 1; root -1 2; case 5 3; det 5 4; obl:into 2 5; case 7 6; nmod:in 5 7", "Khulna"), "a move into a house is no displacement");
  }

  @Test
  void peopleMovedOutOfTheirHomesOrIntoSheltersByOthersAreCounted() {
    assertEquals(300000, displacement("300,000/300,000/CD people/person/NNS were/be/VBD moved/move/VBN out/out/IN of/of/IN their/their/PRP$ homes/home/NNS in/in/IN Bicol/Bicol/NNP",
        "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 7 4; fixed 4 5; nmod:poss 7 6; obl:out_of 3 7; case 9 8; nmod:in 7 9", "Bicol")
        .displaced().value());
    assertEquals(150000, displacement("Authorities/authority/NNS moved/move/VBD 150,000/150,000/CD people/person/NNS into/into/IN shelters/shelter/NNS in/in/IN Satkhira/Satkhira/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:into 1 5; case 7 6; nmod:in 5 7", "Satkhira").displaced().value());
    assertEquals(null, displacement("Troops/troop/NNS moved/move/VBD out/out/IN of/of/IN Bicol/Bicol/NNP",
        "nsubj 1 0; root -1 1; case 4 2; fixed 2 3; obl:out_of 1 4", "Bicol"), "no home, no displacement");
  }

  @Test
  void homesLostOrAbandonedAndPeopleLeftHomelessAreDisplaced() {
    assertEquals(4200, displacement("4,200/4,200/CD households/household/NNS lost/lose/VBD their/their/PRP$ homes/home/NNS in/in/IN Mathare/Mathare/NNP",
        "nummod 1 0; nsubj 2 1; root -1 2; nmod:poss 4 3; obj 2 4; case 6 5; obl:in 2 6", "Mathare").displaced().value());
    assertEquals(3000, displacement("3,000/3,000/CD families/family/NNS abandoned/abandon/VBD their/their/PRP$ homes/home/NNS in/in/IN Buthidaung/Buthidaung/NNP",
        "nummod 1 0; nsubj 2 1; root -1 2; nmod:poss 4 3; obj 2 4; case 6 5; nmod:in 4 6", "Buthidaung").displaced().value());
    assertEquals(90000, displacement("Chido/Chido/NNP left/leave/VBD 90,000/90,000/CD people/person/NNS homeless/homeless/JJ in/in/IN Mecufi/Mecufi/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; amod 3 4; case 6 5; obl:in 4 6", "Mecufi").displaced().value());
    assertEquals(null, displacement("The/the/DT team/team/NN lost/lose/VBD its/its/PRP$ lead/lead/NN in/in/IN Mathare/Mathare/NNP",
        "det 1 0; nsubj 2 1; root -1 2; nmod:poss 4 3; obj 2 4; case 6 5; obl:in 2 6", "Mathare"));
  }

  @Test
  void civiliansTheActorFinderNamedAndNationalsAreDisplacedPeople() {
    Sentence s = new SentenceBuilder(0)
        .words("580/580/CD Mexicans/Mexicans/NNPS crossed/cross/VBD into/into/IN Guatemala/Guatemala/NNP")
        .deps("nummod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:into 2 4").build(0);
    List<Event> named = run(List.of(s), List.of(EventExtractorTest.civilians(s, "Mexicans")),
        List.of(place("Guatemala", s, "Guatemala", 15.5, -90.3)));
    assertEquals(580, named.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst().orElseThrow().displaced().value());
    List<Event> unnamed = run(List.of(s), List.of(), List.of(place("Guatemala", s, "Guatemala", 15.5, -90.3)));
    assertEquals(580, unnamed.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst().orElseThrow().displaced().value(),
        "nationals in the plural are people even when the actor finder left them");
    Sentence team = new SentenceBuilder(0)
        .words("580/580/CD Lakers/Lakers/NNPS crossed/cross/VBD into/into/IN Guatemala/Guatemala/NNP")
        .deps("nummod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:into 2 4").build(0);
    assertEquals(List.of(), run(List.of(team), List.of(), List.of(place("Guatemala", team, "Guatemala", 15.5, -90.3))).stream()
        .filter(e -> e.type() == EventType.DISPLACEMENT).toList());
  }

  @Test
  void aRangeBeforeAnAuxiliaryAndVerbCountsAndASpanStartMakesNoHistory() {
    // the parser hung the range on "fled" as obl:between; "have" stands between it and the verb; April 2022,
    // more than a year before publication, is when the fleeing began, so the report is no history
    Sentence s = new SentenceBuilder(0)
        .words("Between/between/IN 250,000/250,000/CD and/and/CC 300,000/300,000/CD people/person/NNS have/have/VBP fled/flee/VBN "
            + "Madani/Madani/NNP since/since/IN fighting/fighting/NN began/begin/VBD in/in/IN April/April/NNP 2022/2022/CD")
        .deps("case 1 0; obl:between 6 1; cc 3 2; conj:and 1 3; nsubj 6 4; aux 6 5; root -1 6; obj 6 7; mark 10 8; nsubj 10 9; "
            + "advcl:since 6 10; case 12 11; obl:in 10 12; nummod 12 13").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Madani", s, "Madani", 14.4, 33.5)));
    Event fled = events.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst().orElseThrow();
    assertEquals(250000, fled.displaced().value());
    assertEquals(300000, fled.displaced().high());
  }

  @Test
  void aRoleTheParserFilledWithNoPeopleDoesNotHideTheFigureAfterTheVerb() {
    // the parser made "Flooding" the passive subject and hung the range and "people" elsewhere
    Event e = displacement("Flooding/flooding/NN displaced/displace/VBD between/between/IN 200,000/200,000/CD and/and/CC 250,000/250,000/CD people/person/NNS in/in/IN Beledweyne/Beledweyne/NNP",
        "nsubj:pass 1 0; root -1 1; case 3 2; obl:between 1 3; cc 5 4; conj:and 3 5; dep 3 6; case 8 7; nmod:in 6 8", "Beledweyne");
    assertEquals(200000, e.displaced().value());
  }

  @Test
  void familiesLivingInTentsOrInEvacuationCentresAreDisplaced() {
    Event tents = displacement("6,500/6,500/CD families/family/NNS in/in/IN Jajarkot/Jajarkot/NNP were/be/VBD living/live/VBG in/in/IN tents/tent/NNS",
        "nummod 1 0; nsubj 5 1; case 3 2; nmod:in 1 3; aux 5 4; root -1 5; case 7 6; obl:in 5 7", "Jajarkot");
    assertEquals(6500, tents.displaced().value());
    Event centres = displacement("2,361/2,361/CD families/family/NNS were/be/VBD in/in/IN evacuation/evacuation/NN centres/centre/NNS"
        + " in/in/IN Castellana/Castellana/NNP", "nummod 1 0; nsubj 5 1; cop 5 2; case 5 3; compound 5 4; root -1 5; case 7 6; nmod:in 5 7",
        "Castellana");
    assertEquals(2361, centres.displaced().value());
    assertEquals(null, displacement("Soldiers/soldier/NNS were/be/VBD living/live/VBG in/in/IN barracks/barracks/NNS in/in/IN Jajarkot/Jajarkot/NNP",
        "nsubj 2 0; aux 2 1; root -1 2; case 4 3; obl:in 2 4; case 6 5; obl:in 2 6", "Jajarkot"), "barracks are no shelter of the displaced");
  }

  @Test
  void peopleMovedOutOfVillagesAreDisplaced() {
    Event e = displacement("150,000/150,000/CD people/person/NNS had/have/VBD been/be/VBN moved/move/VBN out/out/RP of/of/IN villages/village/NNS"
        + " in/in/IN Kasur/Kasur/NNP", "nummod 1 0; nsubj:pass 4 1; aux 4 2; aux:pass 4 3; root -1 4; compound:prt 4 5; case 7 6;"
        + " obl:out_of 4 7; case 9 8; nmod:in 7 9", "Kasur");
    assertEquals(150000, e.displaced().value());
  }
}
