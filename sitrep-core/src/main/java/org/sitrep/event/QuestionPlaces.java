package org.sitrep.event;

import java.util.List;
import org.sitrep.clean.TimeStamps;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Sentence;

/**
 * "Q: What happened in Gao on Tuesday? A: Around noon, a car bomb went off outside the governor's office.": in an
 * interview the answer tells the event and the question names where. An event whose own sentence names no place takes
 * the first place of the question right before its answer's speaker label ("A:", split off as a sentence).
 */
final class QuestionPlaces {
  private QuestionPlaces() {}

  /** The first place of the question the sentence answers, or null when the sentence answers none or it names none. */
  static PlaceMention asked(List<Sentence> sentences, List<PlaceMention> places, int index) {
    if (index < 2 || !TimeStamps.isStampAlone(sentences.get(index - 1).text())) {
      return null;
    }
    Sentence question = sentences.get(index - 2);
    if (!question.text().strip().endsWith("?")) {
      return null;
    }
    return places.stream().filter(p -> p.span().start() >= question.start() && p.span().end() <= question.end())
        .findFirst().orElse(null);
  }
}
