package org.sitrep.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.Dependency;
import org.sitrep.model.Token;

/**
 * Headlines drop the auxiliary of the passive: "Turkish soldier killed in al-Bab", "3 corpses found
 * in Daraa". The parser then reads the participle as an active verb whose subject is the victim (the
 * soldier as the killer). A past participle (VBN) with a subject but no auxiliary, copula or object
 * can only be such a passive, so its subject edge becomes nsubj:pass; so can a past tense (VBD) of a
 * verb that is always transitive when active (transitive-verbs.tsv: "3 soldiers killed/VBD in Homs",
 * "RSF accused/VBD of killing") with no object, clausal object, auxiliary or copula. "Have killed"
 * carries its auxiliary, and an active "killed" its object, so full sentences are not touched.
 */
final class HeadlinePassives {
  private static final Set<String> BLOCKING = Set.of("aux", "aux:pass", "cop", "obj", "iobj");
  /** Also a past tense of these, which have an object whenever they are active (transitive-verbs.tsv). */
  private static final Set<String> TRANSITIVE = Set.copyOf(TsvResource.read(HeadlinePassives.class, "transitive-verbs.tsv")
      .stream().map(r -> r.get("lemma")).toList());
  private static final Set<String> CLAUSAL_OBJECTS = Set.of("ccomp", "xcomp");

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
    if (verb < 0 || verb >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(verb);
    boolean participle = "VBN".equals(t.pos());
    boolean transitivePast = "VBD".equals(t.pos()) && t.lemma() != null && TRANSITIVE.contains(t.lemma().toLowerCase(Locale.ROOT));
    if (!participle && !transitivePast) {
      return false;
    }
    return dependencies.stream().noneMatch(d -> d.governor() == verb
        && (BLOCKING.contains(d.relation()) || transitivePast && CLAUSAL_OBJECTS.contains(d.relation())));
  }
}
