package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.time.DateResolver;

/**
 * The SUTime pass: DATE, TIME, DURATION and SET tags with values normalised against the article
 * date, on the analysed sentences in which sitrep's DateResolver sees a date expression. The pass
 * has no name model, so on every other token the analysis pass's tag is put back.
 */
final class TimeExpressions {
  private static final System.Logger LOG = System.getLogger(TimeExpressions.class.getName());
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final DateResolver DATES = new DateResolver();

  private TimeExpressions() {}

  static void tag(String text, LocalDate published, List<CoreMap> sentences) {
    List<CoreMap> timed = new ArrayList<>();
    for (CoreMap s : sentences) {
      if (!DATES.find(s.get(CoreAnnotations.TextAnnotation.class), 0, published).isEmpty()) {
        timed.add(s);
      }
    }
    if (timed.isEmpty()) {
      return;
    }
    Map<CoreLabel, String[]> before = snapshot(timed);
    Annotation document = SelectedSentences.document(text, timed, published);
    try {
      Pipelines.timeTagger().annotate(document);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "SUTime failed; dates come from sitrep's resolver alone", e);
    }
    restoreNames(before);
  }

  private static Map<CoreLabel, String[]> snapshot(List<CoreMap> sentences) {
    Map<CoreLabel, String[]> tags = new IdentityHashMap<>();
    for (CoreMap s : sentences) {
      for (CoreLabel token : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tags.put(token, new String[] {token.ner(), token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)});
      }
    }
    return tags;
  }

  private static void restoreNames(Map<CoreLabel, String[]> before) {
    before.forEach((token, old) -> {
      if (!TEMPORAL.contains(token.ner())) {
        token.setNER(old[0]);
        token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, old[1]);
      }
    });
  }
}
