package org.sitrep.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.quantity.WordToken.Shape;

/**
 * A regex tokenizer for quantity and date phrases. It works on raw text so that numbers and dates
 * are found even in sentences the NLP annotator skipped.
 */
public final class Tokenizer {
  private static final Pattern TOKEN = Pattern.compile(
      "(?<iso>[0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9])"
          + "|(?<num>[0-9]+(?:[.,:/][0-9]+)*\\p{L}*)"
          + "|(?<word>\\p{L}+(?:['’]\\p{L}+)*)"
          + "|(?<punct>\\S)");
  private static final Pattern INTEGER = Pattern.compile("[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+");
  private static final Pattern DECIMAL = Pattern.compile("(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)\\.[0-9]+");

  private Tokenizer() {}

  public static List<WordToken> tokenize(String text) {
    List<WordToken> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(new WordToken(m.group(), m.start(), m.end(), shapeOf(m)));
    }
    return tokens;
  }

  private static Shape shapeOf(Matcher m) {
    if (m.group("iso") != null) {
      return Shape.ISO_DATE;
    }
    if (m.group("num") != null) {
      return numberShape(m.group());
    }
    return m.group("word") != null ? Shape.WORD : Shape.PUNCT;
  }

  private static Shape numberShape(String s) {
    if (INTEGER.matcher(s).matches()) {
      return Shape.INTEGER;
    }
    return DECIMAL.matcher(s).matches() ? Shape.DECIMAL : Shape.OTHER_NUMBER;
  }
}
