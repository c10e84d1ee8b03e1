package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;

class HistoryRuleTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 1);

  /** Tokens as "word" or "word|lemma". */
  private static Draft draft(String tokens, String date) {
    Draft d = new Draft();
    List<Set<String>> words = new ArrayList<>();
    for (String t : tokens.split(" ")) {
      words.add(Set.of(t.split("\\|")));
    }
    d.sentenceWords = words;
    d.date = date == null ? null : new EventDate(date, DatePrecision.DAY, date);
    return d;
  }

  @Test
  void anEventDatedMoreThanAYearBackIsHistory() {
    assertTrue(HistoryRule.isHistory(draft("the siege ended", "1944-01-27"), PUBLISHED));
    assertFalse(HistoryRule.isHistory(draft("rebels seized the town", "2024-05-30"), PUBLISHED));
  }

  @Test
  void aDateThatOpensASpanUpToNowIsNoHistory() {
    Draft since = draft("a million have fled since the war began", "2022-04-15");
    since.dateStartsSpan = true;
    assertFalse(HistoryRule.isHistory(since, PUBLISHED));
    assertTrue(HistoryRule.isHistory(draft("a million fled when the war began", "2022-04-15"), PUBLISHED));
  }

  @Test
  void aSentenceNamingOnlyOldYearsIsHistoryButACountIsNoYear() {
    assertTrue(HistoryRule.isHistory(draft("the 1915 battle at Gallipoli", null), PUBLISHED));
    assertFalse(HistoryRule.isHistory(draft("2,000|2000 villagers fled", null), PUBLISHED));
    assertFalse(HistoryRule.isHistory(draft("fighting since 2011 flared in 2024", null), PUBLISHED));
    assertTrue(HistoryRule.isHistory(draft("the Khmer Rouge executed prisoners in the late 1970s", null), PUBLISHED));
    assertFalse(HistoryRule.isHistory(draft("a trend of the 2020s: drones hit the town", null), PUBLISHED));
    assertFalse(HistoryRule.isHistory(draft("protesters looted shops in the worst unrest since the 1980s", null), PUBLISHED));
    assertFalse(HistoryRule.isHistory(draft("a million have fled since the war began in April 2021", null), PUBLISHED));
    assertTrue(HistoryRule.isHistory(draft("since then , the town fell in April 2021", null), PUBLISHED));
  }

  @Test
  void wordsOfRemembranceMakeHistoryEvenWithoutAPublicationDate() {
    assertTrue(HistoryRule.isHistory(draft("veterans mark 80 years since the siege", null), null));
    assertTrue(HistoryRule.isHistory(draft("on the anniversary of the massacre", null), PUBLISHED));
    assertFalse(HistoryRule.isHistory(draft("the 1915 battle at Gallipoli", null), null));
  }

  @Test
  void aDayOfThisWeekKeepsOldYearsAsBackgroundOfAProtestOnly() {
    Draft onThursday = draft("relatives of students who vanished in 2014 marched on Thursday|thursday", null);
    onThursday.type = EventType.PROTEST;
    assertFalse(HistoryRule.isHistory(onThursday, PUBLISHED));
    // as SentenceWords gives a date word: its capital kept, so that "March" is no march
    Draft capitalOnly = draft("relatives of students who vanished in 2014 marched on Thursday", null);
    capitalOnly.type = EventType.PROTEST;
    assertFalse(HistoryRule.isHistory(capitalOnly, PUBLISHED));
    Draft undated = draft("relatives of students who vanished in 2014 marched", null);
    undated.type = EventType.PROTEST;
    assertTrue(HistoryRule.isHistory(undated, PUBLISHED));
    Draft museum = draft("a museum on the 1944 uprising opened on Wednesday|wednesday where rebels fought", null);
    museum.type = EventType.BATTLE;
    assertTrue(HistoryRule.isHistory(museum, PUBLISHED));
  }

  @Test
  void aProtestMakingDemandsOnAnAnniversaryIsNoHistory() {
    Draft march = draft("they marched on the anniversary to demand answers", null);
    march.type = EventType.PROTEST;
    assertFalse(HistoryRule.isHistory(march, PUBLISHED));
    Draft silent = draft("they marched on the anniversary in silence", null);
    silent.type = EventType.PROTEST;
    assertTrue(HistoryRule.isHistory(silent, PUBLISHED));
    Draft battle = draft("the battle recalled on the anniversary to demand answers", null);
    battle.type = EventType.BATTLE;
    assertTrue(HistoryRule.isHistory(battle, PUBLISHED));
  }
}
