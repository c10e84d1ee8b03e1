package org.sitrep.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Two tagger errors around verbs in -ing and -ed that leave the parser without a main verb ("The
 * shelling/VBG killed/VBN 5 people in Homs" parsed as a fragment of "orphan" links):
 * <ul>
 *   <li>a VBG right after a determiner, possessive or adjective is a noun ("the shelling", "heavy
 *       fighting", "its bombing") and becomes NN, unless a number or determiner follows as its
 *       object ("his executing three fighters");</li>
 *   <li>a VBN right after a noun, with no auxiliary before it in the sentence and a number or
 *       determiner after it, is a past tense with its object ("shelling killed 5 people") and
 *       becomes VBD. "Soldier killed in Homs" (no object) stays a participle for HeadlinePassives;</li>
 *   <li>a VBD or VBN that opens a clause (first in the sentence, or after a comma or preposition) right before
 *       a VBG describes it ("Since 10 September, intensified shelling has forced ...", "Renewed fighting
 *       displaced ...") and becomes JJ, so the gerund after it is the noun by the first rule.</li>
 * </ul>
 */
final class GerundAndParticipleTags {
  private static final Set<String> NOMINAL_LEFT = Set.of("DT", "PRP$", "JJ", "POS");
  private static final Set<String> NOUNS = Set.of("NN", "NNS", "NNP", "NNPS");
  private static final Set<String> OBJECT_START = Set.of("CD", "DT", "PDT", "PRP$");
  private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "get");
  private static final Set<String> CLAUSE_OPENERS = Set.of(",", ":", "IN", "``");

  private GerundAndParticipleTags() {}

  /** Retags in place; returns how many tokens changed. */
  static int repair(List<CoreLabel> tokens) {
    int changed = describingParticiples(tokens);
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      String left = String.valueOf(tokens.get(i - 1).tag()); // "null" for an untagged token: no rule fires
      boolean objectNext = i + 1 < tokens.size() && OBJECT_START.contains(String.valueOf(tokens.get(i + 1).tag()));
      if ("VBG".equals(token.tag()) && NOMINAL_LEFT.contains(left) && !objectNext) {
        token.setTag("NN");
        token.setLemma(token.word().toLowerCase(java.util.Locale.ROOT)); // the noun "shelling", not "shell"
        changed++;
      } else if ("VBN".equals(token.tag()) && NOUNS.contains(left) && i + 1 < tokens.size()
          && OBJECT_START.contains(String.valueOf(tokens.get(i + 1).tag())) && !auxiliaryBefore(tokens, i)) {
        token.setTag("VBD");
        changed++;
      }
    }
    return changed;
  }

  /** "intensified/VBD shelling/VBG" opening a clause: the participle is an adjective. Returns how many changed. */
  private static int describingParticiples(List<CoreLabel> tokens) {
    int changed = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String tag = String.valueOf(tokens.get(i).tag());
      boolean opens = i == 0 || CLAUSE_OPENERS.contains(String.valueOf(tokens.get(i - 1).tag()));
      if ((tag.equals("VBD") || tag.equals("VBN")) && opens && "VBG".equals(tokens.get(i + 1).tag())) {
        tokens.get(i).setTag("JJ");
        changed++;
      }
    }
    return changed;
  }

  private static boolean auxiliaryBefore(List<CoreLabel> tokens, int verb) {
    for (int i = 0; i < verb; i++) {
      String lemma = tokens.get(i).lemma();
      if (lemma != null && AUXILIARY_LEMMAS.contains(lemma) || "MD".equals(tokens.get(i).tag())) {
        return true;
      }
    }
    return false;
  }
}
