package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.knowledge.TsvResource;

/**
 * The cheap test that decides which sentences get NER and parsing: a sentence with no trigger or
 * relation cue word cannot yield an event or relation. Stems match case-insensitively as word
 * prefixes ("captur" finds captured, captures), irregular forms come from irregular-forms.tsv.
 * It errs on the side of parsing: false positives cost time, false negatives cost events.
 */
public final class SentencePrefilter implements Predicate<String> {
  private static final SentencePrefilter STANDARD = new SentencePrefilter(standardWords());
  private final Pattern pattern;

  SentencePrefilter(List<String> words) {
    TreeSet<String> stems = new TreeSet<>();
    for (String w : words) {
      stems.add(stem(w.toLowerCase(Locale.ROOT)));
    }
    this.pattern = Pattern.compile("\\b(?:" + String.join("|", stems.stream().map(Pattern::quote).toList()) + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public static SentencePrefilter standard() {
    return STANDARD;
  }

  @Override
  public boolean test(String sentence) {
    return sentence != null && pattern.matcher(sentence).find();
  }

  /** "seize" → "seiz" so that "seized" and "seizing" match; short words stay whole. */
  static String stem(String word) {
    return word.length() > 4 && word.endsWith("e") ? word.substring(0, word.length() - 1) : word;
  }

  private static List<String> standardWords() {
    List<String> words = new ArrayList<>();
    for (TriggerEntry e : TriggerLexicon.standard().entries()) {
      words.add(e.lemmas().get(0));
    }
    for (TsvResource.Row row : TsvResource.read(SentencePrefilter.class, "relations.tsv")) {
      words.add(row.get("cue"));
    }
    for (TsvResource.Row row : TsvResource.read(SentencePrefilter.class, "irregular-forms.tsv")) {
      words.add(row.get("form"));
    }
    return words;
  }
}
