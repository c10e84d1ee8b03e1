package org.sitrep.event;

import java.util.List;
import java.util.Set;
import org.sitrep.clean.TimeStamps;
import org.sitrep.model.Sentence;

/**
 * Which sentence is the lead: the body's first, passing over what only opens it. A live blog's time
 * stamp ("08:15 GMT —") is a heading of its entry, and a feature that opens with a witness's words
 * ("“The soldiers came back at midday,” a nurse said.") tells its news in the sentence after the quotation. A
 * bulletin's greeting ("Good evening.") and a transcript's speaker label ("ANCHOR:", split off like a stamp) open only,
 * and so does the line of a photo caption that tells what the picture shows ({@link PhotoCaptions}).
 */
final class LeadSentence {
  private static final Set<Character> OPENING_QUOTES = Set.of('"', '“', '‘', '«');

  private LeadSentence() {}

  /** The lead's index; {@code first} is the body's first sentence (1 below a headline, else 0); {@code text} the article's. */
  static int index(List<Sentence> sentences, int first, String text) {
    int i = first;
    while (i < sentences.size() - 1 && (opensOnly(sentences.get(i).text().strip()) || PhotoCaptions.isPictureLine(sentences.get(i), text))) {
      i++;
    }
    return i;
  }

  private static boolean opensOnly(String text) {
    return TimeStamps.isStampAlone(text) || SignOns.isSignOn(text) || !text.isEmpty() && OPENING_QUOTES.contains(text.charAt(0));
  }
}
