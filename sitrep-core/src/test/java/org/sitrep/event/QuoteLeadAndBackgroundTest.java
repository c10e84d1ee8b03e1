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
 * The lead past an opening quotation or a live-blog stamp, the past perfect as background, a reported clause the
 * parser hung as adverbial, and a concern that is only how news was taken.
 */
class QuoteLeadAndBackgroundTest {
  private static double confidence(List<Event> events, String trigger) {
    return events.stream().filter(e -> e.trigger().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError(trigger + " not in " + events)).confidence();
  }

  /** An opening sentence, then "Troops recaptured Kalembe" and "Rebels shelled Kaya". */
  private static List<Event> afterOpening(String openingWords, String openingDeps) {
    Sentence opening = new SentenceBuilder(0).words(openingWords).deps(openingDeps).build(0);
    int start = opening.text().length() + 1;
    Sentence news = new SentenceBuilder(start).words("Troops/troops/NNS recaptured/recapture/VBD Kalembe/Kalembe/NNP")
        .deps("nsubj 1 0; root -1 1; obj 1 2").build(1);
    int laterStart = start + news.text().length() + 1;
    Sentence later = new SentenceBuilder(laterStart).words("Rebels/rebel/NNS shelled/shell/VBD Kaya/Kaya/NNP")
        .deps("nsubj 1 0; root -1 1; obj 1 2").build(2);
    String text = opening.text() + " " + news.text() + " " + later.text();
    var actors = List.of(EventExtractorTest.actor(news, "Troops", "Military Forces of DR Congo", ActorKind.STATE_MILITARY),
        EventExtractorTest.actor(later, "Rebels", "M23", ActorKind.REBEL));
    var places = List.of(EventExtractorTest.place("Kalembe", news, "Kalembe", -1.2, 28.3),
        EventExtractorTest.place("Kaya", later, "Kaya", 13.1, -1.1));
    return EventExtractorTest.run(text, List.of(opening, news, later), actors, places);
  }

  private static final String PLAIN = "Residents/resident/NNS ran/run/VBD ././.";
  private static final String PLAIN_DEPS = "nsubj 1 0; root -1 1; punct 1 2";

  @Test
  void aWitnessQuotationOpensTheStoryAndTheNextSentenceIsItsLead() {
    double quoted = confidence(afterOpening("“/``/`` We/we/PRP ran/run/VBD ,/,/, ”/''/'' a/a/DT nurse/nurse/NN said/say/VBD ././.",
        "punct 2 0; nsubj 2 1; ccomp 7 2; punct 7 3; punct 7 4; det 6 5; nsubj 7 6; root -1 7; punct 7 8"), "recaptured");
    double plain = confidence(afterOpening(PLAIN, PLAIN_DEPS), "recaptured");
    assertEquals(0.05, quoted - plain, 1e-9, "the sentence after the quotation is the lead; after any other, it is not");
  }

  @Test
  void aLiveBlogStampAloneIsNoLead() {
    double stamped = confidence(afterOpening("08:15/08:15/CD GMT/gmt/NN —/—/HYPH", "root -1 1; nummod 1 0; punct 1 2"), "recaptured");
    double plain = confidence(afterOpening(PLAIN, PLAIN_DEPS), "recaptured");
    assertEquals(0.05, stamped - plain, 1e-9);
  }

  @Test
  void aBulletinsGreetingIsNoLead() {
    double greeted = confidence(afterOpening("Good/good/JJ evening/evening/NN ././.", "amod 1 0; root -1 1; punct 1 2"), "recaptured");
    double plain = confidence(afterOpening(PLAIN, PLAIN_DEPS), "recaptured");
    assertEquals(0.05, greeted - plain, 1e-9);
    assertTrue(SignOns.isSignOn("Good morning, you are listening to the seven o'clock news."));
    assertTrue(SignOns.isSignOn("Thank you, Madam President."));
    assertTrue(!SignOns.isSignOn("Good evening, rebels have seized the town of Kalembe after two days of heavy fighting with the army"
        + " and its allied militias."), "a long sentence tells news");
    assertTrue(!SignOns.isSignOn("Hello Kitty sold well."));
    assertTrue(!SignOns.isSignOn("Good evening, rebels seized Kaya."), "news after the greeting is news");
  }

  @Test
  void thePastPerfectIsBackgroundButNotInReportedSpeech() {
    List<Event> had = EventExtractorTest.runOne("Rebels/rebel/NNS had/have/VBD seized/seize/VBN Kalembe/Kalembe/NNP",
        "nsubj 2 0; aux 2 1; root -1 2; obj 2 3", "Kalembe");
    List<Event> simple = EventExtractorTest.runOne("Rebels/rebel/NNS seized/seize/VBD Kalembe/Kalembe/NNP",
        "nsubj 1 0; root -1 1; obj 1 2", "Kalembe");
    assertEquals(0.1, EventExtractorTest.only(simple).confidence() - EventExtractorTest.only(had).confidence(), 1e-9);
    List<Event> reported = EventExtractorTest.runOne("Officials/official/NNS said/say/VBD rebels/rebel/NNS had/have/VBD"
        + " seized/seize/VBN Kalembe/Kalembe/NNP", "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; obj 4 5", "Kalembe");
    Event seized = reported.stream().filter(e -> e.type() == EventType.TERRITORY_CAPTURED).findFirst().orElseThrow();
    assertTrue(seized.confidence() > EventExtractorTest.only(had).confidence(), reported.toString());
  }

  @Test
  void aClauseBeforeItsVerbOfSayingIsWhatWasSaidNotASideClause() {
    // "A grenade was thrown into a bar in Guayaquil, police say", parsed with the clause as an adverbial of "say"
    String words = "A/a/DT grenade/grenade/NN was/be/VBD thrown/throw/VBN into/into/IN"
        + " a/a/DT bar/bar/NN in/in/IN Guayaquil/Guayaquil/NNP ,/,/, police/police/NNS say/say/VBP";
    String deps = "det 1 0; nsubj:pass 3 1; aux:pass 3 2; %s 11 3; case 6 4; det 6 5; obl:into 3 6; case 8 7; obl:in 3 8;"
        + " punct 11 9; nsubj 11 10; root -1 11";
    double adverbial = grenade(EventExtractorTest.runOne(words, String.format(deps, "advcl"), "Guayaquil"));
    double complement = grenade(EventExtractorTest.runOne(words, String.format(deps, "ccomp"), "Guayaquil"));
    assertEquals(complement, adverbial, 1e-9, "not ranked down as told in a side clause");
  }

  private static double grenade(List<Event> events) {
    return events.stream().filter(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString())).confidence();
  }

  @Test
  void concernThatNewsWasTakenWithIsNoFear() {
    List<Event> events = EventExtractorTest.runOne("Police/police/NNS noted/note/VBD with/with/IN concern/concern/NN"
        + " the/the/DT shelling/shelling/NN of/of/IN shops/shop/NNS in/in/IN Alexandra/Alexandra/NNP",
        "nsubj 1 0; root -1 1; case 3 2; obl:with 1 3; det 5 4; dep 3 5; case 7 6; nmod:of 5 7; case 9 8; nmod:in 5 9", "Alexandra");
    assertEquals(EventStatus.OCCURRED, EventExtractorTest.only(events).status(), events.toString());
    List<Event> feared = EventExtractorTest.runOne("Residents/resident/NNS voiced/voice/VBD concern/concern/NN"
        + " about/about/IN the/the/DT shelling/shelling/NN in/in/IN Alexandra/Alexandra/NNP",
        "nsubj 1 0; root -1 1; obj 1 2; case 5 3; det 5 4; nmod:about 2 5; case 7 6; nmod:in 5 7", "Alexandra");
    assertEquals(EventStatus.SPECULATIVE, EventExtractorTest.only(feared).status(), feared.toString());
  }

  @Test
  void aYesNoQuestionAsksWhetherItHappenedButAWhQuestionTakesItAsTold() {
    Event asked = EventExtractorTest.only(EventExtractorTest.runOne("Did/do/VBD rebels/rebel/NNS shell/shell/VB Kaya/Kaya/NNP ?/?/.",
        "aux 2 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4", "Kaya"));
    assertEquals(EventStatus.SPECULATIVE, asked.status());
    Event who = EventExtractorTest.only(EventExtractorTest.runOne("Who/who/WP shelled/shell/VBD Kaya/Kaya/NNP ?/?/.",
        "nsubj 1 0; root -1 1; obj 1 2; punct 1 3", "Kaya"));
    assertEquals(EventStatus.OCCURRED, who.status());
    Event told = EventExtractorTest.only(EventExtractorTest.runOne("Did/do/VBD rebels/rebel/NNS shell/shell/VB Kaya/Kaya/NNP ././.",
        "aux 2 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4", "Kaya"));
    assertEquals(EventStatus.OCCURRED, told.status(), "no question mark, no question");
  }

  @Test
  void aConcernAboutReportsThatSomethingHappenedIsNoFearOfIt() {
    String deps = "nsubj:pass 3 0; aux:pass 3 1; advmod 3 2; root -1 3; case 5 4; obl:agent 3 5; mark 8 6; nsubj 8 7; ccomp 5 8;"
        + " obj 8 9";
    Event reported = EventExtractorTest.only(EventExtractorTest.runOne("I/I/PRP am/be/VBP deeply/deeply/RB concerned/concern/VBN"
        + " by/by/IN reports/report/NNS that/that/IN rebels/rebel/NNS shelled/shell/VBD Kaya/Kaya/NNP", deps, "Kaya"));
    assertEquals(EventStatus.OCCURRED, reported.status());
    Event feared = EventExtractorTest.only(EventExtractorTest.runOne("I/I/PRP am/be/VBP deeply/deeply/RB concerned/concern/VBN"
        + " by/by/IN fears/fear/NNS that/that/IN rebels/rebel/NNS shelled/shell/VBD Kaya/Kaya/NNP", deps, "Kaya"));
    assertEquals(EventStatus.SPECULATIVE, feared.status(), "a fear is no report");
  }

  @Test
  void anAnswerAfterItsLabelHappenedWhereTheQuestionAsked() {
    Sentence question = new SentenceBuilder(0).words("What/what/WP happened/happen/VBD in/in/IN Gao/Gao/NNP ?/?/.")
        .deps("nsubj 1 0; root -1 1; case 3 2; obl:in 1 3; punct 1 4").build(0);
    int at = question.text().length() + 1;
    Sentence label = new SentenceBuilder(at).words("A/a/NN :/:/:").deps("root -1 0; punct 0 1").build(1);
    Sentence plain = new SentenceBuilder(at).words("Noise/noise/NN ././.").deps("root -1 0; punct 0 1").build(1);
    for (Sentence between : List.of(label, plain)) {
      Sentence first = new SentenceBuilder(at + between.text().length() + 1).words("Well/well/UH ././.").deps("root -1 0; punct 0 1")
          .build(2);
      Sentence answer = new SentenceBuilder(first.end() + 1).words("A/a/DT bomb/bomb/NN killed/kill/VBD"
          + " 11/11/CD").deps("det 1 0; nsubj 2 1; root -1 2; obj 2 3").build(3);
      String text = question.text() + " " + between.text() + " " + first.text() + " " + answer.text();
      List<Event> events = EventExtractorTest.run(text, List.of(question, between, first, answer), List.of(),
          List.of(EventExtractorTest.place("Gao", question, "Gao", 16.27, -0.04)));
      Event bomb = EventExtractorTest.only(events);
      String where = bomb.location() == null ? null : bomb.location().name();
      assertEquals(between == label, "Gao".equals(where), where + ": only an answer, after its speaker's label, takes the question's place");
    }
  }

  @Test
  void aConcernByAnEventIsAReactionToItButAConcernThatItMayHappenIsAFear() {
    Event reaction = EventExtractorTest.only(EventExtractorTest.runOne("I/I/PRP am/be/VBP concerned/concern/VBN by/by/IN the/the/DT"
        + " shelling/shelling/NN of/of/IN Kaya/Kaya/NNP", "nsubj:pass 2 0; aux:pass 2 1; root -1 2; case 5 3; det 5 4; obl:agent 2 5;"
        + " case 7 6; nmod:of 5 7", "Kaya"));
    assertEquals(EventStatus.OCCURRED, reaction.status());
    Event fear = EventExtractorTest.only(EventExtractorTest.runOne("I/I/PRP am/be/VBP concerned/concern/VBN that/that/IN rebels/rebel/NNS"
        + " will/will/MD shell/shell/VB Kaya/Kaya/NNP", "nsubj:pass 2 0; aux:pass 2 1; root -1 2; mark 6 3; nsubj 6 4; aux 6 5;"
        + " ccomp 2 6; obj 6 7", "Kaya"));
    assertTrue(fear.status() != EventStatus.OCCURRED, fear.toString());
  }
}
