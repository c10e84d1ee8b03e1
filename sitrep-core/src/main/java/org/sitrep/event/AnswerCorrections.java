package org.sitrep.event;

import java.util.List;
import org.sitrep.model.EventStatus;

/**
 * "Q: Residents say a car bomb went off at the checkpoint. Is that right? A: No, no car bomb.": an answer that denies
 * what the interviewer heard (the same trigger, denied, in a later sentence) makes the heard event denied too.
 */
final class AnswerCorrections {
  /** How many sentences after the question its answer may deny it. */
  private static final int REACH = 4;

  private AnswerCorrections() {}

  static void apply(List<Draft> drafts) {
    List<Draft> corrected = drafts.stream().filter(heard -> heard.asked && heard.status != null && heard.status.counted()
        && drafts.stream().anyMatch(d -> deniedLater(d, heard))).toList();
    // "a car bomb went off": the other words of the same event in the same sentence go with it
    for (Draft heard : drafts) {
      if (heard.asked && corrected.stream().anyMatch(c -> c.sentenceIndex == heard.sentenceIndex && c.type == heard.type)) {
        heard.status = EventStatus.DENIED;
      }
    }
  }

  private static boolean deniedLater(Draft d, Draft heard) {
    return d.status == EventStatus.DENIED && !d.asked && d.sentenceIndex > heard.sentenceIndex
        && d.sentenceIndex - heard.sentenceIndex <= REACH && d.trigger.entry().lemmas().equals(heard.trigger.entry().lemmas());
  }
}
