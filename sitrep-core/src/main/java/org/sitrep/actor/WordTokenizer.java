package org.sitrep.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words for name matching. A word is a run of letters and digits; an
 * apostrophe between letters stays inside it ("Hay'at"), except a possessive 's, which becomes
 * a word of its own ("Assad’s" = "Assad" + "’s"); dotted initials form one word ("U.S.").
 * Everything else separates words. Never throws; offsets always lie within the text.
 */
final class WordTokenizer {
  private WordTokenizer() {}

  static List<WordToken> tokenize(String text) {
    List<WordToken> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    int previousEnd = 0;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      words.add(token(text, previousEnd, i, end));
      previousEnd = end;
      i = end;
      if (isPossessive(text, i)) {
        words.add(token(text, previousEnd, i, i + 2));
        previousEnd = i + 2;
        i += 2;
      }
    }
    return words;
  }

  private static WordToken token(String text, int gapStart, int start, int end) {
    String raw = text.substring(start, end);
    return new WordToken(start, end, raw, Fold.fold(raw), Fold.plainApostrophes(raw), text.substring(gapStart, start));
  }

  private static int wordEnd(String text, int start) {
    int dotted = dottedInitialsEnd(text, start);
    if (dotted > start) {
      return dotted;
    }
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if (Fold.isApostrophe(c) && letterAt(text, i + 1) && !isPossessive(text, i)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** "U.S." or "U.N." or "U.S.A.": single letters each followed by a dot, at least two. */
  private static int dottedInitialsEnd(String text, int start) {
    int i = start;
    int letters = 0;
    while (letterAt(text, i) && i + 1 < text.length() && text.charAt(i + 1) == '.'
        && !letterAt(text, i - 1 < start ? -1 : i - 1)) {
      letters++;
      i += 2;
      if (letterAt(text, i) && letterAt(text, i + 1)) {
        break;
      }
    }
    return letters >= 2 ? i : start;
  }

  private static boolean isPossessive(String text, int i) {
    return i + 1 < text.length() && Fold.isApostrophe(text.charAt(i))
        && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S') && !letterAt(text, i + 2);
  }

  private static boolean letterAt(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
  }
}
