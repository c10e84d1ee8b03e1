package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;
import org.junit.jupiter.api.Test;

/** A headline line above the body ranks with the lead; what the body tells later ranks below both. */
class HeadlineAndLeadTest {
  private static final String HEADLINE = "Clashes/clash/NNS in/in/IN Djibo/Djibo/NNP";
  private static final String HEADLINE_DEPS = "root -1 0; case 2 1; nmod:in 0 2";

  /** The sentences as one text, the first followed by {@code afterFirst} ("\n\n" for a headline line). */
  private static List<Event> extract(String afterFirst, String firstWords, String firstDeps) {
    Sentence first = new SentenceBuilder(0).words(firstWords).deps(firstDeps).build(0);
    int leadStart = first.text().length() + afterFirst.length();
    Sentence lead = new SentenceBuilder(leadStart).words("Gunmen/gunman/NNS kidnapped/kidnap/VBD ten/ten/CD farmers/farmer/NNS"
        + " near/near/IN Djibo/Djibo/NNP").deps("nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:near 1 5").build(1);
    int laterStart = leadStart + lead.text().length() + 1;
    Sentence later = new SentenceBuilder(laterStart).words("Rebels/rebel/NNS shelled/shell/VBD Kaya/Kaya/NNP")
        .deps("nsubj 1 0; root -1 1; obj 1 2").build(2);
    String text = first.text() + afterFirst + lead.text() + " " + later.text();
    var places = List.of(EventExtractorTest.place("Djibo", first, "Djibo", 14.1, -1.6),
        EventExtractorTest.place("Djibo", lead, "Djibo", 14.1, -1.6), EventExtractorTest.place("Kaya", later, "Kaya", 13.1, -1.1));
    return EventExtractorTest.run(text, List.of(first, lead, later), List.of(), places);
  }

  private static double confidenceOf(List<Event> events, EventType type, String trigger) {
    return events.stream().filter(e -> e.type() == type && e.trigger().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError(type + " " + trigger + " not in " + events)).confidence();
  }

  @Test
  void theLeadBelowAHeadlineLineRanksWithTheHeadline() {
    List<Event> events = extract("\n\n", HEADLINE, HEADLINE_DEPS);
    double headline = confidenceOf(events, EventType.BATTLE, "Clashes");
    double lead = confidenceOf(events, EventType.ATTACK_ON_CIVILIANS, "kidnapped");
    double later = confidenceOf(events, EventType.EXPLOSION_REMOTE_VIOLENCE, "shelled");
    assertTrue(lead >= headline, events.toString());
    assertTrue(later < lead, events.toString());
  }

  @Test
  void withoutAHeadlineTheFirstSentenceIsTheLead() {
    List<Event> events = extract(" ", HEADLINE + " ././.", HEADLINE_DEPS + "; punct 0 3");
    double first = confidenceOf(events, EventType.BATTLE, "Clashes");
    double second = confidenceOf(events, EventType.ATTACK_ON_CIVILIANS, "kidnapped");
    assertEquals(0.05, first - second, 1e-9, events.toString());
  }

  @Test
  void theLeadTellsTheSubtypeOfTheHeadlinesEvent() {
    Sentence headline = new SentenceBuilder(0).words("Women/woman/NNS describe/describe/VBP assaults/assault/NNS by/by/IN"
        + " soldiers/soldier/NNS in/in/IN Merawi/Merawi/NNP").deps("nsubj 1 0; root -1 1; obj 1 2; case 4 3; nmod:by 2 4; case 6 5; nmod:in 2 6")
        .build(0);
    Sentence lead = new SentenceBuilder(headline.text().length() + 2).words("Soldiers/soldier/NNS sexually/sexually/RB"
        + " assaulted/assault/VBD six/six/CD women/woman/NNS in/in/IN Merawi/Merawi/NNP")
        .deps("nsubj 2 0; advmod 2 1; root -1 2; nummod 4 3; obj 2 4; case 6 5; obl:in 2 6").build(1);
    var soldiers = List.of(EventExtractorTest.actor(headline, "soldiers", "Military Forces of Ethiopia", org.sitrep.model.ActorKind.STATE_MILITARY),
        EventExtractorTest.actor(lead, "Soldiers", "Military Forces of Ethiopia", org.sitrep.model.ActorKind.STATE_MILITARY));
    List<Event> events = EventExtractorTest.run(headline.text() + "\n\n" + lead.text(), List.of(headline, lead), soldiers,
        List.of(EventExtractorTest.place("Merawi", headline, "Merawi", 11.4, 37.2), EventExtractorTest.place("Merawi", lead, "Merawi", 11.4, 37.2)));
    Event only = EventExtractorTest.only(events);
    assertEquals("Sexual violence", only.subtype(), events.toString());
    assertEquals("assaults", only.trigger(), "the headline's event, told again in the lead");
  }

  @Test
  void aTollTheHeadlineTellsAloneIsTheLeadsEvents() {
    Sentence headline = new SentenceBuilder(0).words("Gunmen/gunman/NNS pull/pull/VBP passengers/passenger/NNS off/off/IN buses/bus/NNS"
        + " ,/,/, kill/kill/VB 23/23/CD").deps("nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:off 1 4; punct 1 5; dep 1 6; obj 6 7").build(0);
    Sentence lead = new SentenceBuilder(headline.text().length() + 2).words("Armed/armed/JJ men/man/NNS shot/shoot/VBD dead/dead/JJ"
        + " travellers/traveller/NNS in/in/IN Musakhel/Musakhel/NNP").deps("amod 1 0; nsubj 2 1; root -1 2; xcomp 2 3; obj 2 4; case 6 5; obl:in 2 6")
        .build(1);
    List<Event> events = EventExtractorTest.run(headline.text() + "\n\n" + lead.text(), List.of(headline, lead), List.of(),
        List.of(EventExtractorTest.place("Musakhel", lead, "Musakhel", 30.86, 69.82)));
    assertEquals(23, EventExtractorTest.only(events).fatalities().value(), events.toString());
  }
}
