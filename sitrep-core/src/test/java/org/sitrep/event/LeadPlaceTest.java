package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.ActorMention;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/**
 * An event told at the top of a report with a place in its sentence stands on that place, though the grammar binds it
 * to no party ("Briceño: A farmer stepped on a landmine"); told later, or in words sport shares with war, it does not.
 */
class LeadPlaceTest {
  private static final String PREFIX = "Briceño/Briceño/NNP :/:/: ";
  private static final String FILLER_WORDS = "The/the/DT office/office/NN reported/report/VBD it/it/PRP ././.";
  private static final String FILLER_DEPS = "det 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4";

  /**
   * A report of two sentences: "Briceño: {words}." and a filler, in that order or the other way round
   * ({@code eventFirst}); {@code deps} index the event's words from 0, after the prefix.
   */
  private static List<Event> report(String words, String deps, boolean eventFirst, String armedParty) {
    int shift = 2;
    StringBuilder shifted = new StringBuilder("root -1 0; punct 0 1");
    for (String dep : deps.split(";")) {
      String[] p = dep.trim().split(" ");
      int head = Integer.parseInt(p[1]);
      String relation = p[0].equals("root") ? "parataxis" : p[0];
      shifted.append("; ").append(relation).append(' ').append(head < 0 ? 0 : head + shift).append(' ')
          .append(Integer.parseInt(p[2]) + shift);
    }
    Sentence filler = new SentenceBuilder(0).words(FILLER_WORDS).deps(FILLER_DEPS).build(0);
    int eventStart = eventFirst ? 0 : filler.text().length() + 1;
    Sentence event = new SentenceBuilder(eventStart).words(PREFIX + words).deps(shifted.toString()).build(eventFirst ? 0 : 1);
    if (eventFirst) {
      filler = new SentenceBuilder(event.text().length() + 1).words(FILLER_WORDS).deps(FILLER_DEPS).build(1);
    }
    List<Sentence> sentences = eventFirst ? List.of(event, filler) : List.of(filler, event);
    String text = sentences.get(0).text() + " " + sentences.get(1).text();
    List<ActorMention> actors = new ArrayList<>();
    if (armedParty != null) {
      actors.add(EventExtractorTest.actor(event, armedParty, "Military Forces of Colombia", ActorKind.STATE_MILITARY));
    }
    return EventExtractorTest.run(text, sentences, actors, List.of(EventExtractorTest.place("Briceño", event, "Briceño", 7.1, -75.6)));
  }

  private static final String LANDMINE = "A/a/DT farmer/farmer/NN stepped/step/VBD on/on/IN a/a/DT landmine/landmine/NN ././.";
  private static final String LANDMINE_DEPS = "det 1 0; nsubj 2 1; root -1 2; case 5 3; det 5 4; obl:on 2 5; punct 2 6";

  @Test
  void aLandmineAtTheTopOfTheReportIsAtItsPlace() {
    Event mine = EventExtractorTest.only(report(LANDMINE, LANDMINE_DEPS, true, null));
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, mine.type());
    assertEquals("Briceño", mine.location().name());
  }

  @Test
  void theSameLandmineLaterInTheReportIsNoEventOfItsOwn() {
    assertEquals(List.of(), report(LANDMINE, LANDMINE_DEPS, false, null));
  }

  private static final String FIGHTING = "Fighting/fighting/NN broke/break/VBD out/out/RP near/near/IN the/the/DT army/army/NN base/base/NN ././.";
  private static final String FIGHTING_DEPS = "nsubj 1 0; root -1 1; compound:prt 1 2; case 6 3; det 6 4; compound 6 5; obl:near 1 6; punct 1 7";

  @Test
  void aBattleAtTheTopStandsOnItsPlaceOnlyWithAnArmedPartyNamed() {
    assertEquals(List.of(), report(FIGHTING, FIGHTING_DEPS, true, null));
    Event battle = EventExtractorTest.only(report(FIGHTING, FIGHTING_DEPS, true, "army"));
    assertEquals(EventType.BATTLE, battle.type());
    assertEquals("Briceño", battle.location().name());
  }

  @Test
  void wordsOtherFieldsShareWithWarNeedAParty() {
    // "force" anchors the shared word in conflict, but names no party: the sentence is about weather
    assertEquals(List.of(), report("The/the/DT force/force/NN of/of/IN the/the/DT gale/gale/NN pounded/pound/VBD the/the/DT coast/coast/NN ././.",
        "det 1 0; nsubj 5 1; case 4 2; det 4 3; nmod:of 1 4; root -1 5; det 7 6; obj 5 7; punct 5 8", true, null));
  }

  @Test
  void aHeadingOverTheLeadMakesItNoSideClause() {
    // "Security note — Briceño: A farmer stepped on a landmine.": the body hangs as a parataxis on the heading's place
    Sentence lead = new SentenceBuilder(0).words("Security/security/NN note/note/NN —/—/HYPH Briceño/Briceño/NNP :/:/: " + LANDMINE)
        .deps("compound 1 0; root -1 1; punct 3 2; appos 1 3; punct 3 4; det 6 5; nsubj 7 6; parataxis 3 7; case 10 8; det 10 9;"
            + " obl:on 7 10; punct 1 11").build(0);
    Sentence filler = new SentenceBuilder(lead.text().length() + 1).words(FILLER_WORDS).deps(FILLER_DEPS).build(1);
    List<Event> events = EventExtractorTest.run(lead.text() + " " + filler.text(), List.of(lead, filler), List.of(),
        List.of(EventExtractorTest.place("Briceño", lead, "Briceño", 7.1, -75.6)));
    assertEquals("Briceño", EventExtractorTest.only(events).location().name());
  }
}
