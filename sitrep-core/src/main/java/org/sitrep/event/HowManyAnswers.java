package org.sitrep.event;

import java.util.List;
import java.util.Locale;
import org.sitrep.clean.TimeStamps;
import org.sitrep.model.Evidence;
import org.sitrep.model.Sentence;
import org.sitrep.quantity.QuantityMention;
import org.sitrep.quantity.QuantityParser;

/**
 * "Q: How many people have fled Kaya since Sunday? A: About five thousand, we think.": in an interview the question
 * tells the event and the answer its figure. A "how many" question's event without a count takes the first figure of
 * the answer that follows its speaker's label, past a word the answer echoes back first ("Today? I would say ...").
 */
final class HowManyAnswers {
  private HowManyAnswers() {}

  static void apply(List<Draft> drafts, List<Sentence> sentences, QuantityParser quantities, String articleId) {
    for (Draft d : drafts) {
      String field = d.trigger.entry().countField();
      int q = d.sentenceIndex;
      if (field == null || d.count(field) != null || q + 2 >= sentences.size() || !asksHowMany(sentences.get(q))
          || !TimeStamps.isStampAlone(sentences.get(q + 1).text())) {
        continue;
      }
      Sentence answer = sentences.get(q + 2);
      List<QuantityMention> figures = quantities.find(answer.text(), answer.start());
      if (figures.isEmpty() && isEcho(answer) && q + 3 < sentences.size()) {
        answer = sentences.get(q + 3); // "A: Today? I would say between six and seven thousand"
        figures = quantities.find(answer.text(), answer.start());
      }
      if (!figures.isEmpty()) {
        d.setCount(field, figures.get(0).q());
        d.evidence.add(new Evidence(articleId, answer.start(), answer.end(), answer.text()));
      }
    }
  }

  /** An answer that opens by echoing a word of the question back ("Today?") before it answers. */
  private static boolean isEcho(Sentence s) {
    return s.text().strip().endsWith("?") && s.tokens().size() <= MAX_ECHO_TOKENS;
  }

  private static final int MAX_ECHO_TOKENS = 4;

  private static boolean asksHowMany(Sentence s) {
    String text = s.text().strip().toLowerCase(Locale.ROOT);
    return text.endsWith("?") && (text.startsWith("how many ") || text.startsWith("how much "));
  }
}
