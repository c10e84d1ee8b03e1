package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;

/** Origins and destinations that the trigger's own roles miss. */
class DisplacementRouteTest {

  private static Event displacement(List<Event> events) {
    return events.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
  }

  private static List<String> names(List<Place> places) {
    return places.stream().map(Place::name).toList();
  }

  @Test
  void theCausesPlaceIsWherePeopleWereForcedFrom() {
    Sentence s = new SentenceBuilder(0).words("Gang/gang/NN attacks/attack/NNS in/in/IN Arcahaie/Arcahaie/NNP forced/force/VBD"
            + " 4,500/4,500/CD people/person/NNS from/from/IN their/their/PRP$ homes/home/NNS")
        .deps("compound 1 0; nsubj 4 1; case 3 2; nmod:in 1 3; root -1 4; nummod 6 5; obj 4 6; case 9 7; nmod:poss 9 8; obl:from 4 9")
        .build(0);
    Event e = displacement(EventExtractorTest.run(List.of(s), List.of(),
        List.of(EventExtractorTest.place("Arcahaie", s, "Arcahaie", 18.77, -72.51))));
    assertEquals("Arcahaie", e.from().name());
  }

  @Test
  void aPlaceForWhichPeopleLeftIsADestinationEvenUnderTheOrigin() {
    // "for Kohat" parsed under "villages", as the parser often hangs it
    String words = "Families/family/NNS fled/flee/VBD villages/village/NNS in/in/IN Kurram/Kurram/NNP for/for/IN Kohat/Kohat/NNP";
    String deps = "nsubj 1 0; root -1 1; obj 1 2; case 4 3; nmod:in 2 4; case 6 5; nmod:for 2 6";
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    Event both = displacement(EventExtractorTest.run(List.of(s), List.of(),
        List.of(EventExtractorTest.place("Kurram", s, "Kurram", 33.7, 70.3), EventExtractorTest.place("Kohat", s, "Kohat", 33.58, 71.44))));
    assertEquals("Kurram", both.from().name());
    assertEquals(List.of("Kohat"), names(both.to()));
    Sentence unknownOrigin = new SentenceBuilder(0).words(words).deps(deps).build(0);
    Event onlyKohat = displacement(EventExtractorTest.run(List.of(unknownOrigin), List.of(),
        List.of(EventExtractorTest.place("Kohat", unknownOrigin, "Kohat", 33.58, 71.44))));
    assertNull(onlyKohat.from(), "where people went is never where they left");
    assertEquals(List.of("Kohat"), names(onlyKohat.to()));
  }

  @Test
  void whereAClauseSaysPeopleWentOnToIsADestination() {
    Sentence s = new SentenceBuilder(0).words("Fighting/fighting/NN uprooted/uproot/VBD 6,128/6,128/CD people/person/NNS ,/,/,"
            + " many/many/JJ heading/head/VBG to/to/IN Hinche/Hinche/NNP")
        .deps("nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; punct 1 4; nsubj 6 5; advcl 1 6; case 8 7; obl:to 6 8").build(0);
    Event e = displacement(EventExtractorTest.run(List.of(s), List.of(),
        List.of(EventExtractorTest.place("Hinche", s, "Hinche", 19.14, -72.0))));
    assertEquals(List.of("Hinche"), names(e.to()));
    Sentence fought = new SentenceBuilder(0).words("Fighting/fighting/NN uprooted/uproot/VBD 6,128/6,128/CD people/person/NNS ,/,/,"
            + " as/as/IN gangs/gang/NNS fought/fight/VBD in/in/IN Hinche/Hinche/NNP")
        .deps("nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; punct 1 4; mark 7 5; nsubj 7 6; advcl 1 7; case 9 8; obl:in 7 9").build(0);
    Event none = displacement(EventExtractorTest.run(List.of(fought), List.of(),
        List.of(EventExtractorTest.place("Hinche", fought, "Hinche", 19.14, -72.0))));
    assertEquals(List.of(), names(none.to()), "fighting somewhere is not going there");
  }

  @Test
  void aBorderCrossedIntoACountryLeadsThere() {
    // CoreNLP hangs "into Chad" on "border"
    Sentence s = new SentenceBuilder(0).words("15,000/15,000/CD people/person/NNS crossed/cross/VBD the/the/DT border/border/NN"
            + " into/into/IN Chad/Chad/NNP")
        .deps("nummod 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; nmod:into 4 6").build(0);
    Event e = displacement(EventExtractorTest.run(List.of(s), List.of(),
        List.of(EventExtractorTest.place("Chad", s, "Chad", 15.0, 19.0))));
    assertEquals(List.of("Chad"), names(e.to()));
  }

  private static final String FLED = "Thousands/thousand/NNS fled/flee/VBD Tibu/Tibu/NNP";
  private static final String FLED_DEPS = "nsubj 1 0; root -1 1; obj 1 2";

  @Test
  void aTrailingShareSeekingShelterSaysWhereTheyWentThoughTheParseMakesANounOfIt() {
    // ", many seeking shelter in Cucuta and Ocana": the parser tags "seeking" a noun and hangs it nowhere useful
    Sentence s = new SentenceBuilder(0).words(FLED + " ,/,/, many/many/JJ seeking/seeking/NN shelter/shelter/NN in/in/IN Cucuta/Cucuta/NNP"
            + " and/and/CC Ocana/Ocana/NNP")
        .deps(FLED_DEPS + "; punct 1 3; amod 6 4; compound 6 5; dep 1 6; case 8 7; nmod:in 6 8; cc 10 9; conj:and 8 10").build(0);
    Event e = displacement(EventExtractorTest.run(List.of(s), List.of(), List.of(EventExtractorTest.place("Tibu", s, "Tibu", 8.64, -72.73),
        EventExtractorTest.place("Cucuta", s, "Cucuta", 7.89, -72.5), EventExtractorTest.place("Ocana", s, "Ocana", 8.24, -73.35))));
    assertEquals(List.of("Cucuta", "Ocana"), names(e.to()));
    assertEquals("Tibu", e.from().name());
  }

  @Test
  void theNextSentenceSaysWhereTheyAreStaying() {
    Sentence fled = new SentenceBuilder(0).words(FLED + " ././.").deps(FLED_DEPS + "; punct 1 3").build(0);
    Sentence staying = new SentenceBuilder(fled.text().length() + 1).words("They/they/PRP are/be/VBP staying/stay/VBG with/with/IN"
        + " families/family/NNS in/in/IN Koro/Koro/NNP").deps("nsubj 2 0; aux 2 1; root -1 2; case 4 3; obl:with 2 4; case 6 5; nmod:in 4 6")
        .build(1);
    Sentence remaining = new SentenceBuilder(fled.text().length() + 1).words("Soldiers/soldier/NNS are/be/VBP staying/stay/VBG in/in/IN Koro/Koro/NNP")
        .deps("nsubj 2 0; aux 2 1; root -1 2; case 4 3; obl:in 2 4").build(1);
    for (Sentence second : List.of(staying, remaining)) {
      Event e = displacement(EventExtractorTest.run(List.of(fled, second), List.of(),
          List.of(EventExtractorTest.place("Tibu", fled, "Tibu", 8.64, -72.73), EventExtractorTest.place("Koro", second, "Koro", 14.06, -3.08))));
      assertEquals(second == staying ? List.of("Koro") : List.of(), names(e.to()), second.text());
    }
  }

  @Test
  void theNextSentenceSaysWhereMostWentOrAreStayingEvenInReportedSpeech() {
    Sentence fled = new SentenceBuilder(0).words(FLED + " ././.").deps(FLED_DEPS + "; punct 1 3").build(0);
    int at = fled.text().length() + 1;
    Sentence walked = new SentenceBuilder(at).words("Most/most/JJS walked/walk/VBD to/to/IN Dori/Dori/NNP ,/,/, while/while/IN"
        + " others/other/NNS reached/reach/VBD Kaya/Kaya/NNP").deps("nsubj 1 0; root -1 1; case 3 2; obl:to 1 3; punct 1 4;"
        + " mark 7 5; nsubj 7 6; advcl 1 7; obj 7 8").build(1);
    Sentence reported = new SentenceBuilder(at).words("A/a/DT reporter/reporter/NN in/in/IN Juba/Juba/NNP says/say/VBZ most/most/JJS"
        + " are/be/VBP staying/stay/VBG in/in/IN Dori/Dori/NNP and/and/CC Kaya/Kaya/NNP").deps("det 1 0; nsubj 4 1; case 3 2; nmod:in 1 3;"
        + " root -1 4; nsubj 7 5; aux 7 6; ccomp 4 7; case 9 8; obl:in 7 9; cc 11 10; conj:and 9 11").build(1);
    Sentence soldiers = new SentenceBuilder(at).words("Soldiers/soldier/NNS walked/walk/VBD to/to/IN Dori/Dori/NNP ,/,/, while/while/IN"
        + " others/other/NNS reached/reach/VBD Kaya/Kaya/NNP").deps("nsubj 1 0; root -1 1; case 3 2; obl:to 1 3; punct 1 4;"
        + " mark 7 5; nsubj 7 6; advcl 1 7; obj 7 8").build(1);
    for (Sentence second : List.of(walked, reported, soldiers)) {
      List<org.sitrep.geo.PlaceMention> mentions = new java.util.ArrayList<>();
      mentions.add(EventExtractorTest.place("Tibu", fled, "Tibu", 8.64, -72.73));
      for (String name : List.of("Juba", "Dori", "Kaya")) {
        if (second.text().contains(name)) {
          mentions.add(EventExtractorTest.place(name, second, name, 12.0, -1.0));
        }
      }
      Event e = displacement(EventExtractorTest.run(List.of(fled, second), List.of(), mentions));
      // the soldiers' walk says nothing of the displaced; only "others reached Kaya" does
      assertEquals(second == soldiers ? List.of("Kaya") : List.of("Dori", "Kaya"), names(e.to()), second.text());
    }
  }

  @Test
  void aSettingThatOpensTheSentenceIsWhereTheyLeftButNotWhereTheyArrived() {
    String deps = "case 1 0; obl:in 4 1; punct 4 2; nsubj 4 3; root -1 4; case 6 5; obl:for 4 6";
    Sentence left = new SentenceBuilder(0).words("In/in/IN Zindajan/Zindajan/NNP ,/,/, families/family/NNS left/leave/VBD for/for/IN"
        + " Herat/Herat/NNP").deps(deps).build(0);
    Event e = displacement(EventExtractorTest.run(List.of(left), List.of(), List.of(EventExtractorTest.place("Zindajan", left,
        "Zindajan", 34.34, 61.74), EventExtractorTest.place("Herat", left, "Herat", 34.35, 62.2))));
    assertEquals("Zindajan", e.from().name());
    Sentence arrived = new SentenceBuilder(0).words("In/in/IN Herat/Herat/NNP ,/,/, families/family/NNS arrived/arrive/VBD from/from/IN"
        + " villages/village/NNS").deps("case 1 0; obl:in 4 1; punct 4 2; nsubj 4 3; root -1 4; case 6 5; obl:from 4 6").build(0);
    Event a = displacement(EventExtractorTest.run(List.of(arrived), List.of(), List.of(EventExtractorTest.place("Herat", arrived,
        "Herat", 34.35, 62.2))));
    assertNull(a.from(), "where they arrived is no origin");
  }
}
