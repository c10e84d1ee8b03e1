package org.sitrep.event;

import java.util.List;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.quantity.QuantityMention;

/**
 * "Private Oleksii Marchenko, 27, who died in hospital", "Bashir Abdullahi, 45, a vigilante leader": a number set off
 * by commas right after a person's name is the person's age, never a count of people.
 */
final class PersonAges {
  /** The oldest age a number after a name is read as. */
  private static final int OLDEST = 120;

  private PersonAges() {}

  static List<QuantityMention> withoutAges(List<QuantityMention> found, Sentence s) {
    return found.stream().filter(q -> !isAgeAfterName(q, s.tokens())).toList();
  }

  private static boolean isAgeAfterName(QuantityMention q, List<Token> tokens) {
    for (int i = 2; i < tokens.size() - 1; i++) {
      Token number = tokens.get(i);
      if (number.start() == q.span().start() && number.end() == q.span().end() && isAge(number)
          && tokens.get(i - 1).word().equals(",") && isName(tokens.get(i - 2))
          && (tokens.get(i + 1).word().equals(",") || tokens.get(i + 1).word().equals("."))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAge(Token t) {
    return t.word().matches("\\d{1,3}") && Integer.parseInt(t.word()) <= OLDEST;
  }

  /** A proper noun, as the tagger read it, or a capitalised word where the sentence was not tagged. */
  private static boolean isName(Token t) {
    String tag = t.pos();
    return tag != null ? tag.startsWith("NNP") : !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }
}
