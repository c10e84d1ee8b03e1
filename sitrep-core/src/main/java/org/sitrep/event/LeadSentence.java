package org.sitrep.event;

import java.util.List;
import java.util.Set;
import org.sitrep.clean.TimeStamps;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.time.CalendarWords;

/**
 * Which sentence is the lead: the body's first, passing over what only opens it. A live blog's time
 * stamp ("08:15 GMT —") is a heading of its entry, and a feature that opens with a witness's words
 * ("“The soldiers came back at midday,” a nurse said.") tells its news in the sentence after the quotation. A
 * bulletin's greeting ("Good evening.") and a transcript's speaker label ("ANCHOR:", split off like a stamp) open only,
 * and so does the line of a photo caption that tells what the picture shows ({@link PhotoCaptions}), and a diary's
 * heading that only sets the scene.
 */
final class LeadSentence {
  private static final Set<Character> OPENING_QUOTES = Set.of('"', '“', '‘', '«');

  private LeadSentence() {}

  /** The lead's index; {@code first} is the body's first sentence (1 below a headline, else 0); {@code text} the article's. */
  static int index(List<Sentence> sentences, int first, String text) {
    int i = first;
    while (i < sentences.size() - 1 && (opensOnly(sentences.get(i).text().strip()) || PhotoCaptions.isPictureLine(sentences.get(i), text)
        || i == first && setsTheSceneOnly(sentences.get(i)))) {
      i++;
    }
    return i;
  }

  /**
   * "Friday, 16 August — Big day in Wabag.", "Day 5 in Wau.": a diary's first line, dated by its weekday or its day
   * count, in which no event can be told (the sentence prefilter finds no trigger in it) sets the scene; the news is in
   * the next, and the line's place is the opening place. (A news report's first sentence stays its lead.)
   */
  private static boolean setsTheSceneOnly(Sentence s) {
    List<Token> tokens = s.tokens();
    if (tokens.size() < 2) {
      return false;
    }
    String first = tokens.get(0).word();
    boolean dated = CalendarWords.defaults().isWeekdayName(first)
        || first.equals("Day") && tokens.get(1).word().chars().allMatch(Character::isDigit);
    return dated && !SentencePrefilter.standard().test(s.text());
  }

  private static boolean opensOnly(String text) {
    return TimeStamps.isStampAlone(text) || SignOns.isSignOn(text) || !text.isEmpty() && OPENING_QUOTES.contains(text.charAt(0));
  }
}
