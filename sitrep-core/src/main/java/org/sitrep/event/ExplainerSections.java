package org.sitrep.event;

import java.util.List;
import java.util.Locale;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.Sentence;

/**
 * An explainer tells its event once, under "What happened?", and surrounds it with answers to other questions: what
 * happens next, why it matters (explainer-asides.tsv). A sentence belongs to the answer of the last question before it;
 * the events of an aside's answer rank after the news.
 */
final class ExplainerSections {
  private static final List<String> ASIDES = TsvResource.read(ExplainerSections.class, "explainer-asides.tsv").stream()
      .map(r -> r.get("phrase")).toList();

  private ExplainerSections() {}

  /** Section labels of encyclopedia-style articles ("Aftermath:") whose sections are asides (section-labels.tsv). */
  private static final List<String> LABELS = TsvResource.read(ExplainerSections.class, "section-labels.tsv").stream()
      .map(r -> r.get("label") + ":").toList();

  /**
   * Whether the sentence answers an aside question (the last question sentence before it is one), or opens with the
   * label of an aside section ("Aftermath: the government banned a political movement it linked to the cell").
   */
  static boolean isAside(List<Sentence> sentences, int index) {
    String own = sentences.get(index).text().strip().toLowerCase(Locale.ROOT).replaceFirst("\\s+:", ":");
    if (LABELS.stream().anyMatch(own::startsWith)) {
      return true;
    }
    for (int i = index - 1; i >= 0; i--) {
      String text = sentences.get(i).text().strip();
      if (text.endsWith("?")) {
        return isAsideQuestion(text);
      }
    }
    return false;
  }

  static boolean isAsideQuestion(String question) {
    String words = " " + question.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").strip() + " ";
    return ASIDES.stream().anyMatch(p -> words.contains(" " + p + " "));
  }
}
