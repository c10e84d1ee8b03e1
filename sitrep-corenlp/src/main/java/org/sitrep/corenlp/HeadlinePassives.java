package org.sitrep.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Token;

/**
 * Headlines drop the auxiliary of the passive: "Turkish soldier killed in al-Bab", "3 corpses found
 * in Daraa". The parser then reads the participle as an active verb whose subject is the victim (the
 * soldier as the killer). A past participle (VBN) with a subject but no auxiliary, copula or object
 * can only be such a passive, so its subject edge becomes nsubj:pass. Active past tense is VBD, and
 * "have killed" carries its auxiliary, so full sentences are not touched.
 */
final class HeadlinePassives {
  private static final Set<String> BLOCKING = Set.of("aux", "aux:pass", "cop", "obj", "iobj");

  private HeadlinePassives() {}

  static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
    List<Dependency> repaired = new ArrayList<>(dependencies.size());
    for (Dependency d : dependencies) {
      repaired.add(d.relation().equals("nsubj") && isBareParticiple(tokens, dependencies, d.governor())
          ? new Dependency("nsubj:pass", d.governor(), d.dependent()) : d);
    }
    return repaired;
  }

  private static boolean isBareParticiple(List<Token> tokens, List<Dependency> dependencies, int verb) {
    if (verb < 0 || verb >= tokens.size() || !"VBN".equals(tokens.get(verb).pos())) {
      return false;
    }
    return dependencies.stream().noneMatch(d -> d.governor() == verb && BLOCKING.contains(d.relation()));
  }
}
