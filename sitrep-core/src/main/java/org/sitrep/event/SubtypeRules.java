package org.sitrep.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;

/**
 * The ACLED sub-event type of an event (subtypes.tsv): ordered rules over the event's type, its
 * trigger, words of its sentence ("chlorine", "tear gas") and words that must not be there, its
 * actor's kind and whether anyone was hurt. The first matching row wins, so specific weapons come
 * before the trigger's default.
 */
public final class SubtypeRules {
  private static final SubtypeRules STANDARD = new SubtypeRules(load());
  private final List<Rule> rules;

  /** What a rule can look at. {@code words} holds each token as lemma and as lower-cased word. */
  public record Facts(EventType type, String trigger, List<Set<String>> words, ActorKind actor, ActorKind target,
      boolean harm) {}

  /** A decision: the ACLED sub-type and the sitrep type that goes with it. */
  public record Decision(String subtype, EventType type) {}

  record Rule(EventType type, String subtype, Set<String> triggers, List<List<String>> cues,
      KindTest actors, KindTest targets, String harm, EventType retype, List<List<String>> unless) {
    boolean matches(Facts f) {
      return f.type() == type
          && (triggers.isEmpty() || (f.trigger() != null && triggers.contains(f.trigger())))
          && (cues.isEmpty() || cues.stream().anyMatch(c -> contains(f.words(), c)))
          && unless.stream().noneMatch(c -> contains(f.words(), c))
          && actors.test(f.actor()) && targets.test(f.target())
          && (harm.equals("*") || harm.equals("harm") == f.harm());
    }
  }

  SubtypeRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static SubtypeRules standard() {
    return STANDARD;
  }

  /** The ACLED sub-type and type; a null sub-type for types ACLED does not code (displacement, statements …). */
  public Decision classify(Facts facts) {
    for (Rule r : rules) {
      if (r.matches(facts)) {
        return new Decision(r.subtype(), r.retype() != null ? r.retype() : facts.type());
      }
    }
    return new Decision(null, facts.type());
  }

  /** Every sub-type some rule can give (tests check that all 25 of ACLED's are reachable). */
  public Set<String> subtypes() {
    Set<String> all = new java.util.TreeSet<>();
    rules.forEach(r -> all.add(r.subtype()));
    return all;
  }

  static boolean contains(List<Set<String>> words, List<String> phrase) {
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      int k = 0;
      while (k < phrase.size() && words.get(i + k).contains(phrase.get(k))) {
        k++;
      }
      if (k == phrase.size()) {
        return true;
      }
    }
    return false;
  }

  private static List<Rule> load() {
    List<Rule> list = new ArrayList<>();
    for (TsvResource.Row row : TsvResource.read(SubtypeRules.class, "subtypes.tsv")) {
      list.add(new Rule(EventType.parse(row.get("type")), row.get("subtype"),
          Set.copyOf(alternatives(row.get("trigger"))), phrases(row.get("cues")),
          KindTest.parse(row.get("actor")), KindTest.parse(row.get("target")), row.get("harm"),
          row.get("retype").equals("-") ? null : EventType.parse(row.get("retype")),
          row.get("unless").equals("-") ? List.of() : phrases(row.get("unless"))));
    }
    return list;
  }

  private static List<String> alternatives(String cell) {
    return cell.equals("*") ? List.of() : Arrays.asList(cell.toLowerCase(Locale.ROOT).split("\\|"));
  }

  private static List<List<String>> phrases(String cell) {
    List<List<String>> phrases = new ArrayList<>();
    for (String p : alternatives(cell)) {
      phrases.add(Arrays.asList(p.trim().split(" ")));
    }
    return phrases;
  }

  /** An actor-kind column: '*' anything, 'none' no such actor, a list, or '!' and a list. */
  record KindTest(boolean any, boolean none, Set<ActorKind> kinds, boolean negate) {
    static KindTest parse(String cell) {
      boolean negate = cell.startsWith("!");
      String list = negate ? cell.substring(1) : cell;
      Set<ActorKind> kinds = new java.util.HashSet<>();
      if (!list.equals("*") && !list.equals("none")) {
        alternatives(list).forEach(k -> kinds.add(ActorKind.parse(k)));
      }
      return new KindTest(list.equals("*"), list.equals("none"), kinds, negate);
    }

    boolean test(ActorKind kind) {
      if (any) {
        return true;
      }
      if (none) {
        return kind == null;
      }
      return kind != null && kinds.contains(kind) != negate;
    }
  }
}
