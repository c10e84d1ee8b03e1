package org.sitrep.nlp;

/**
 * Whether a sentence is set in title case ("Improvised Mines Kill, Injure Hundreds in Manbij"):
 * there capitals say nothing about names, so taggers read every word as a proper noun. Shared by the
 * CoreNLP tag repairs, the trigger matcher and the place finder.
 */
public final class TitleCase {
  private TitleCase() {}

  /**
   * Three or more words (of at least {@code minLength} characters, starting with a letter), at least
   * three quarters of them capitalised. A {@code minLength} above 3 leaves out the short function
   * words some headlines keep in lower case ("in", "of", "and").
   */
  public static boolean of(Iterable<String> words, int minLength) {
    int counted = 0;
    int capitalised = 0;
    for (String w : words) {
      if (w.length() >= minLength && !w.isEmpty() && Character.isLetter(w.charAt(0))) {
        counted++;
        capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return counted >= 3 && capitalised * 4 >= counted * 3;
  }
}
