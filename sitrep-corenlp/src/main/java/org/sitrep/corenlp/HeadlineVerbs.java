package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.TsvResource;

/**
 * Repairs the commonest POS error in headlines before the dependency parse: a present-tense verb
 * read as a noun because it follows another noun ("Warplanes bomb/NN Aleppo", "Aerial bombardment
 * targets/NNS Duma"). The parser then builds one long noun phrase and the event is lost. A token is
 * retagged only where a headline's grammar makes the verb reading the likely one:
 * <ul>
 *   <li>it is a form of a verb listed in {@code headline-verbs.tsv} and tagged as a common noun;</li>
 *   <li>no finite verb comes before it in the sentence (it would be the main verb);</li>
 *   <li>the noun before it agrees as a subject: plural (or an all-capitals group name: "SDF control")
 *       before the base form, singular before the -s form;</li>
 *   <li>what follows can start an object ("Aleppo", "the", "4", "several") or is "and" before
 *       another verb ("Rebels ambush and kill 16 soldiers").</li>
 * </ul>
 * "Car bomb kills 5", "the army's shells hit the town" and "cluster bombs in Aleppo" are left alone.
 */
final class HeadlineVerbs {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> OBJECT_START =
      Set.of("DT", "PDT", "CD", "NNP", "NNPS", "NNS", "NN", "JJ", "PRP", "PRP$");

  /** Word form (lower case) → the verb tag it gets: VBP for the base form, VBZ for the -s form. */
  private final Map<String, String> forms;

  private HeadlineVerbs(Map<String, String> forms) {
    this.forms = forms;
  }

  static HeadlineVerbs standard() {
    return Holder.STANDARD;
  }

  static HeadlineVerbs of(Map<String, String> forms) {
    return new HeadlineVerbs(Map.copyOf(forms));
  }

  /** Retags the tokens of one sentence in place; returns how many were changed. */
  int repair(List<CoreLabel> tokens) {
    return mainVerb(tokens) + coordinatedVerbs(tokens) + coordinatedClauses(tokens);
  }

  /**
   * "Tens of families return to Jarabulus and airstrikes target/NN several areas": after "and" or a
   * comma, a subject that agrees and a listed form read as a noun start a clause of their own, even
   * when the sentence has a finite verb before them.
   */
  private int coordinatedClauses(List<CoreLabel> tokens) {
    int changed = 0;
    for (int i = 2; i < tokens.size(); i++) {
      String joint = tokens.get(i - 2).tag();
      if (("CC".equals(joint) || ",".equals(joint)) && verbHere(tokens, i)) {
        retag(tokens.get(i), verbTagOf(tokens.get(i)));
        pluraliseSubject(tokens.get(i - 1), false);
        changed++;
      }
    }
    return changed;
  }

  /**
   * "Gunmen kill 3 and wound/NN 7": after "and", a listed form that agrees with a finite verb
   * earlier in the sentence (base form after VBP, -s form after VBZ) and has an object is that
   * verb's coordinate.
   */
  private int coordinatedVerbs(List<CoreLabel> tokens) {
    int changed = 0;
    String finite = null;
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      String verbTag = verbTagOf(token);
      if (finite != null && verbTag != null && verbTag.equals(finite) && isCommonNoun(token.tag())
          && "CC".equals(tokens.get(i - 1).tag()) && objectFollows(tokens, i + 1)) {
        retag(token, verbTag);
        changed++;
      } else if ("VBP".equals(token.tag()) || "VBZ".equals(token.tag())) {
        finite = token.tag();
      }
    }
    return changed;
  }

  /** The first verb of a headline that the tagger read as a noun; 0 or 1 changed. */
  private int mainVerb(List<CoreLabel> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      String tag = tokens.get(i).tag();
      if (tag != null && FINITE.contains(tag)) {
        return 0;
      }
      if (verbHere(tokens, i)) {
        // "Air strikes target the town": the later noun-verb reading wins over "strikes" as verb
        int verb = i + 1 < tokens.size() && verbHere(tokens, i + 1) ? i + 1 : i;
        retag(tokens.get(verb), verbTagOf(tokens.get(verb)));
        pluraliseSubject(tokens.get(verb - 1), verb == 1);
        return 1;
      }
    }
    return 0;
  }

  private boolean verbHere(List<CoreLabel> tokens, int i) {
    String verbTag = verbTagOf(tokens.get(i));
    return verbTag != null && isCommonNoun(tokens.get(i).tag()) && subjectAgrees(tokens.get(i - 1), i - 1 == 0, verbTag)
        && objectFollows(tokens, i + 1);
  }

  private String verbTagOf(CoreLabel token) {
    return forms.get(token.word().toLowerCase(Locale.ROOT));
  }

  private static boolean isCommonNoun(String tag) {
    return "NN".equals(tag) || "NNS".equals(tag);
  }

  private static boolean subjectAgrees(CoreLabel before, boolean first, String verbTag) {
    String tag = before.tag();
    if ("VBZ".equals(verbTag)) {
      // a gerund subject is singular: "Shelling targets Madaya"
      return "NN".equals(tag) || "NNP".equals(tag) || (first && "VBG".equals(tag));
    }
    return "NNS".equals(tag) || "NNPS".equals(tag) || (("NNP".equals(tag) || "NN".equals(tag)) && isAcronym(before.word()))
        || (first && isCapitalisedCommonPlural(before)) || ("NN".equals(tag) && looksPlural(before.word()));
  }

  /**
   * "Airstrikes target ...": a sentence's first word, capitalised, is tagged NNP (lemma as written);
   * a plural-looking one that NER finds no name in is the common noun.
   */
  private static boolean isCapitalisedCommonPlural(CoreLabel token) {
    String word = token.word();
    return "NNP".equals(token.tag()) && ("O".equals(token.ner()) || token.ner() == null)
        && word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !isAcronym(word);
  }

  /** The subject a base-form verb agreed with as "airstrikes/NN", or first as "Airstrikes/NNP", is the plural it looks like. */
  private static void pluraliseSubject(CoreLabel subject, boolean first) {
    boolean plural = "NN".equals(subject.tag()) && looksPlural(subject.word()) || first && isCapitalisedCommonPlural(subject);
    if (plural) {
      subject.setTag("NNS");
      subject.setLemma(Morphology.lemmaStatic(subject.word().toLowerCase(Locale.ROOT), "NNS", true));
    }
  }

  /** "airstrikes/NN": a plural the tagger took for a singular noun (not "-ss", "-us", "-is" words). */
  private static boolean looksPlural(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && !Morphology.lemmaStatic(w, "NNS", true).equals(w);
  }

  private static boolean isAcronym(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
  }

  private boolean objectFollows(List<CoreLabel> tokens, int next) {
    if (next >= tokens.size()) {
      return false;
    }
    String tag = tokens.get(next).tag();
    if ("CC".equals(tag) && next + 1 < tokens.size()) {
      CoreLabel after = tokens.get(next + 1);
      return verbTagOf(after) != null
          || (after.tag() != null && after.tag().startsWith("VB"));
    }
    return tag != null && OBJECT_START.contains(tag);
  }

  private static void retag(CoreLabel token, String verbTag) {
    token.setTag(verbTag);
    token.setLemma(Morphology.lemmaStatic(token.word(), verbTag, true));
  }

  private static Map<String, String> load() {
    Map<String, String> forms = new HashMap<>();
    for (List<String> row : TsvResource.trimmedRows(TsvResource.beside(HeadlineVerbs.class, "headline-verbs.tsv"))) {
      if (row.get(0).equals("lemma")) {
        continue;
      }
      forms.put(row.get(0), "VBP");
      forms.put(row.size() > 1 && !row.get(1).isEmpty() ? row.get(1) : row.get(0) + "s", "VBZ");
    }
    return forms;
  }

  private static final class Holder {
    static final HeadlineVerbs STANDARD = new HeadlineVerbs(Map.copyOf(load()));
  }
}
