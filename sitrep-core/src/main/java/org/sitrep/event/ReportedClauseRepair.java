package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;

/**
 * "Officials said 7,500 people from Black River have been moved to shelters": the parser often takes the reported
 * clause's subject for the object of "said" and hangs the clause's verb on "said" loosely (dep), with the verb left
 * without a subject. When a verb of saying has an object and, after it, a loosely hung verb with an auxiliary and no
 * subject of its own, the object is that verb's subject, and the phrases between them ("from Black River") are the
 * verb's too.
 */
final class ReportedClauseRepair {
  private ReportedClauseRepair() {}

  static List<Dependency> repair(Sentence sentence) {
    List<Dependency> deps = sentence.dependencies();
    for (Dependency said : deps) {
      if (!said.relation().equals("obj") || said.governor() < 0 || !isSpeechVerb(sentence, said.governor())) {
        continue;
      }
      int verb = lostClauseVerb(sentence, deps, said.governor(), said.dependent());
      if (verb >= 0) {
        return rewired(deps, said.governor(), said.dependent(), verb);
      }
    }
    return deps;
  }

  private static boolean isSpeechVerb(Sentence s, int token) {
    return SpeechVerbs.contains(TriggerMatcher.lemma(s.tokens().get(token)));
  }

  /** The loosely hung verb after the object, with an auxiliary and no subject; -1 when there is none. */
  private static int lostClauseVerb(Sentence s, List<Dependency> deps, int speech, int object) {
    for (Dependency d : deps) {
      int v = d.dependent();
      String tag = s.tokens().get(v).pos();
      if (d.governor() == speech && d.relation().equals("dep") && v > object && tag != null && tag.startsWith("VB")
          && has(deps, v, "aux") && !has(deps, v, "nsubj") && !has(deps, v, "nsubj:pass")) {
        return v;
      }
    }
    return -1;
  }

  private static boolean has(List<Dependency> deps, int governor, String relation) {
    return deps.stream().anyMatch(d -> d.governor() == governor && (d.relation().equals(relation)
        || relation.equals("aux") && d.relation().equals("aux:pass")));
  }

  private static List<Dependency> rewired(List<Dependency> deps, int speech, int object, int verb) {
    boolean passive = deps.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux:pass"));
    List<Dependency> out = new ArrayList<>(deps.size());
    for (Dependency d : deps) {
      if (d.governor() == speech && d.dependent() == object && d.relation().equals("obj")) {
        out.add(new Dependency(passive ? "nsubj:pass" : "nsubj", verb, object));
      } else if (d.governor() == speech && d.dependent() == verb && d.relation().equals("dep")) {
        out.add(new Dependency("ccomp", speech, verb));
      } else if (d.governor() == speech && d.relation().startsWith("obl") && d.dependent() > object && d.dependent() < verb) {
        out.add(new Dependency(d.relation(), verb, d.dependent()));
      } else {
        out.add(d);
      }
    }
    return out;
  }
}
