package org.sitrep.event;

import java.util.List;
import org.sitrep.clean.TimeStamps;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Sentence;

/**
 * "Q: What happened in Gao on Tuesday? A: Around noon, a car bomb went off outside the governor's office.": in an
 * interview the answer tells the event and the question names where. An event whose own sentence names no place takes
 * the first place of the question right before its answer's speaker label ("A:", split off as a sentence), for the
 * answer's first few sentences.
 */
final class QuestionPlaces {
  private QuestionPlaces() {}

  /** How many sentences an answer may run before its question no longer says where. */
  private static final int ANSWER_REACH = 4;

  /** The first place of the question the sentence answers, or null when the sentence answers none or it names none. */
  static PlaceMention asked(List<Sentence> sentences, List<PlaceMention> places, int index) {
    int label = index - 1;
    while (label >= 0 && index - label <= ANSWER_REACH && !TimeStamps.isStampAlone(sentences.get(label).text())) {
      label--;
    }
    if (label < 1 || index - label > ANSWER_REACH || !TimeStamps.isStampAlone(sentences.get(label).text())) {
      return null;
    }
    Sentence question = sentences.get(label - 1);
    if (!question.text().strip().endsWith("?")) {
      return null;
    }
    // the whole turn that ends with the question: "Residents say a car bomb went off in Esmeraldas. Is that right?"
    int first = label - 1;
    while (first > 0 && label - first < ANSWER_REACH && !TimeStamps.isStampAlone(sentences.get(first - 1).text())) {
      first--;
    }
    int from = sentences.get(first).start();
    return places.stream().filter(p -> p.span().start() >= from && p.span().end() <= question.end()).findFirst().orElse(null);
  }

  /**
   * An answer's events happened where the question asked: as good as a place their grammar binds. A bare toll keeps it
   * only as its sentence's place, so that it still joins the event it counts.
   */
  static void giveAskedPlace(List<Draft> built, PlaceMention asked) {
    for (Draft d : built) {
      if (d.location != null || d.sentencePlace != null || d.type == org.sitrep.model.EventType.STATEMENT) {
        continue;
      }
      if (d.trigger.entry().isCasualty()) {
        d.sentencePlace = asked;
      } else {
        d.location = asked;
      }
    }
  }

  /**
   * Whether the sentence is the interviewer's: a question, or said after an interviewer's label ("Q: Residents say a
   * car bomb went off. Is that right?"). What the interviewer heard is what the answer confirms or corrects.
   */
  static boolean isAsked(List<Sentence> sentences, int index) {
    if (sentences.get(index).text().strip().endsWith("?")) {
      return true;
    }
    for (int i = index - 1; i >= 0 && index - i <= ANSWER_REACH; i--) {
      String text = sentences.get(i).text().strip();
      if (TimeStamps.isStampAlone(text)) {
        // the interviewer's label (noun class interviewer_label), not the answer's or an anchor's
        return NounClasses.standard().contains("interviewer_label", text.replaceAll("\\s*:$", "").toLowerCase(java.util.Locale.ROOT));
      }
    }
    return false;
  }
}
