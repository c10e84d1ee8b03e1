package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.time.CalendarWords;

/**
 * Two misparses that leave a verb without its subject, the subject hung on a phrase before it:
 * <ul>
 *   <li>"On Sunday rioters attacked a hotel": with no comma after the date, "Sunday rioters" is read as one noun
 *   phrase, the verb's "on" phrase ({@code obl:on(attacked, rioters)}, {@code compound(rioters, Sunday)}). When the
 *   noun is plural and its compound a weekday or month name, the noun is the subject and the name is what "on" dates.
 *   <li>"after Friday's quake, between 4,000 and 5,000 people have left Nalgad": a counted plural noun right before
 *   the verb's auxiliary is hung on the phrase before it ({@code nmod:between(quake, people)}), or on the verb of
 *   saying before it ("The chief says around 2,600 residents have moved", {@code obl:around(says, residents)}); it is
 *   the subject.
 * </ul>
 */
final class LostSubjectRepair {
  private LostSubjectRepair() {}

  static List<Dependency> repair(Sentence sentence, List<Dependency> deps) {
    for (Dependency d : deps) {
      int verb = d.governor();
      boolean finite = d.relation().startsWith("aux");
      if (verb < 0 || hasSubject(deps, verb, finite) || !isVerb(sentence, verb)) {
        continue;
      }
      if (d.relation().equals("obl:on") && verb > d.dependent() && isPlural(sentence, d.dependent())) {
        int date = dateCompound(sentence, deps, d.dependent());
        if (date >= 0) {
          return dateGlued(deps, verb, d.dependent(), date);
        }
      }
      if (finite && !sentence.tokens().get(d.dependent()).word().equalsIgnoreCase("to")) {
        int noun = countedNounBefore(sentence, deps, d.dependent());
        if (noun >= 0) {
          return hungSubject(deps, verb, noun);
        }
      }
    }
    return deps;
  }

  private static boolean isVerb(Sentence s, int token) {
    String tag = s.tokens().get(token).pos();
    return tag != null && tag.startsWith("VB");
  }

  private static boolean isPlural(Sentence s, int token) {
    return "NNS".equals(s.tokens().get(token).pos());
  }

  /**
   * Whether the verb has a subject; with {@code finite} (it has an auxiliary of its own) a subject lent to it as a
   * controlled clause ({@code nsubj:xsubj}, "The chief says ... have moved" misread as "says to move") does not count.
   */
  private static boolean hasSubject(List<Dependency> deps, int verb, boolean finite) {
    return deps.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj")
        && !(finite && d.relation().equals("nsubj:xsubj")));
  }

  /** The weekday or month name compounded with the noun before it; -1 when none. */
  private static int dateCompound(Sentence s, List<Dependency> deps, int noun) {
    return deps.stream().filter(d -> d.governor() == noun && d.relation().equals("compound") && d.dependent() < noun
            && CalendarWords.defaults().isMonthOrWeekdayName(s.tokens().get(d.dependent()).word()))
        .mapToInt(Dependency::dependent).findFirst().orElse(-1);
  }

  /** The plural noun with a number right before the auxiliary, hung as a modifier of some noun; -1 when none. */
  private static int countedNounBefore(Sentence s, List<Dependency> deps, int auxiliary) {
    int noun = auxiliary - 1;
    if (noun < 0 || !isPlural(s, noun)) {
      return -1;
    }
    // "The chief says around 2,600 residents have moved": hung on the verb before it as its phrase ("obl:around") too
    boolean hungOnANoun = deps.stream().anyMatch(d -> d.dependent() == noun && (d.relation().startsWith("nmod") || d.relation().startsWith("obl")));
    boolean counted = deps.stream().anyMatch(d -> d.governor() == noun && d.relation().equals("nummod"));
    return hungOnANoun && counted ? noun : -1;
  }

  private static List<Dependency> dateGlued(List<Dependency> deps, int verb, int noun, int date) {
    List<Dependency> out = new ArrayList<>(deps.size());
    for (Dependency d : deps) {
      if (d.governor() == verb && d.dependent() == noun && d.relation().equals("obl:on")) {
        out.add(new Dependency("nsubj", verb, noun));
        out.add(new Dependency("obl:on", verb, date));
      } else if (d.governor() == noun && d.dependent() == date && d.relation().equals("compound")) {
        continue; // the date is the "on" phrase's now
      } else if (d.governor() == noun && d.relation().equals("case") && d.dependent() < date) {
        out.add(new Dependency("case", date, d.dependent()));
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static List<Dependency> hungSubject(List<Dependency> deps, int verb, int noun) {
    List<Dependency> out = new ArrayList<>(deps.size());
    for (Dependency d : deps) {
      if (d.dependent() == noun && (d.relation().startsWith("nmod") || d.relation().startsWith("obl"))) {
        out.add(new Dependency("nsubj", verb, noun));
      } else if (d.governor() == verb && d.relation().equals("nsubj:xsubj")) {
        continue; // the subject it was lent is not its own
      } else {
        out.add(d);
      }
    }
    return out;
  }
}
