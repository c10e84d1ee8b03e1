package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.time.DateMention;

class TriggerDatesTest {
  private static final int START = 100;

  /** Words separated by spaces, each its own lemma and tagged NN: only words and offsets matter here. */
  private static Sentence sentence(String text) {
    StringBuilder spec = new StringBuilder();
    for (String w : text.split(" ")) {
      spec.append(w).append('/').append(w.toLowerCase(java.util.Locale.ROOT)).append("/NN ");
    }
    return new SentenceBuilder(START).words(spec.toString()).deps("root -1 0").build(0);
  }

  private static DateMention at(Sentence s, String date) {
    int from = s.start() + s.text().indexOf(date);
    return new DateMention(new Span(from, from + date.length()), new EventDate("2023-04", DatePrecision.MONTH, date));
  }

  private static boolean startsASpan(String text, String date) {
    Sentence s = sentence(text);
    return TriggerDates.startsASpan(at(s, date), s, SentenceWords.of(s));
  }

  @Test
  void sinceOpensASpanUnlessAClauseEndsBetween() {
    assertTrue(startsASpan("A million people have fled since the war began in April 2023 .", "April 2023"));
    assertFalse(startsASpan("Ever since , the town has been quiet ; it fell in April 2023 .", "April 2023"));
    assertFalse(startsASpan("The town fell to the rebels in April 2023 , residents said .", "April 2023"));
    assertFalse(startsASpan("Since then people have come and gone and the town fell in April 2023", "April 2023"),
        "'since' too far before the date opens no span for it");
  }

  @Test
  void theNearestMentionWins() {
    Sentence s = sentence("On Monday the army said the town fell in April 2023 .");
    DateMention monday = at(s, "Monday");
    DateMention april = at(s, "April 2023");
    assertEquals(april, TriggerDates.nearest(List.of(monday, april), START + s.text().indexOf("fell")));
    assertEquals(null, TriggerDates.nearest(List.of(), 0));
  }

  @Test
  void aDateHungOnTheTriggerBeatsANearerOne() {
    // "students who vanished in 2014 marched on Thursday": 2014 belongs to "vanished"
    Sentence s = new SentenceBuilder(START).words("students/student/NNS who/who/WP vanished/vanish/VBD in/in/IN 2014/2014/CD"
        + " marched/march/VBD in/in/IN Mexico/Mexico/NNP on/on/IN Thursday/Thursday/NNP")
        .deps("nsubj 5 0; nsubj 2 1; acl:relcl 0 2; case 4 3; obl:in 2 4; root -1 5; case 7 6; obl:in 5 7; case 9 8; obl:on 5 9").build(0);
    DateMention year = at(s, "2014");
    DateMention thursday = at(s, "Thursday");
    int marched = START + s.text().indexOf("marched");
    assertEquals(year, TriggerDates.nearest(List.of(year, thursday), marched));
    assertEquals(thursday, TriggerDates.of(List.of(year, thursday), new DependencyGraph(s), 5, marched));
    assertEquals(year, TriggerDates.of(List.of(year, thursday), new DependencyGraph(s), 2, START + s.text().indexOf("vanished")));
  }
}
