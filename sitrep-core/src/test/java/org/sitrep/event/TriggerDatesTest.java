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

  private static Sentence sentence(String text) {
    return new Sentence(0, START, START + text.length(), text, List.of(), List.of(), true);
  }

  private static DateMention at(String text, String date) {
    int from = START + text.indexOf(date);
    return new DateMention(new Span(from, from + date.length()), new EventDate("2023-04", DatePrecision.MONTH, date));
  }

  @Test
  void sinceOpensASpanUnlessAClauseEndsBetween() {
    String open = "A million people have fled since the war began in April 2023.";
    assertTrue(TriggerDates.startsASpan(at(open, "April 2023"), sentence(open)));
    String closed = "Ever since, the town has been quiet; it fell in April 2023.";
    assertFalse(TriggerDates.startsASpan(at(closed, "April 2023"), sentence(closed)));
    String none = "The town fell to the rebels in April 2023, residents said.";
    assertFalse(TriggerDates.startsASpan(at(none, "April 2023"), sentence(none)));
  }

  @Test
  void theNearestMentionWins() {
    String text = "On Monday the army said the town fell in April 2023.";
    DateMention monday = at(text, "Monday");
    DateMention april = at(text, "April 2023");
    assertEquals(april, TriggerDates.nearest(List.of(monday, april), START + text.indexOf("fell")));
    assertEquals(null, TriggerDates.nearest(List.of(), 0));
  }
}
