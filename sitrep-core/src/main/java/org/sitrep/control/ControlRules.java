package org.sitrep.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

/**
 * What sitrep knows about control changes: trigger rules (control-triggers.tsv), which statuses
 * move the holder and which actor kinds are armed (control-policy.tsv). Immutable.
 */
public final class ControlRules {
  private final List<ControlRule> rules;
  private final Set<EventStatus> countedStatuses;
  private final Set<ActorKind> armedKinds;

  ControlRules(List<ControlRule> rules, Set<EventStatus> countedStatuses, Set<ActorKind> armedKinds) {
    this.rules = List.copyOf(rules);
    this.countedStatuses = Set.copyOf(countedStatuses);
    this.armedKinds = Set.copyOf(armedKinds);
  }

  private static final class Holder {
    static final ControlRules STANDARD = load();
  }

  /** The rules of the bundled data files, loaded once. */
  public static ControlRules standard() {
    return Holder.STANDARD;
  }

  private static ControlRules load() {
    List<ControlRule> rules = new ArrayList<>();
    for (TsvResource.Row row : TsvResource.read(ControlRules.class, "control-triggers.tsv")) {
      rules.add(new ControlRule(EventType.parse(row.get("type")), row.get("stem"), row.get("how"),
          Effect.parse(row.get("effect"))));
    }
    Set<EventStatus> statuses = EnumSet.noneOf(EventStatus.class);
    Set<ActorKind> armed = EnumSet.noneOf(ActorKind.class);
    for (TsvResource.Row row : TsvResource.read(ControlRules.class, "control-policy.tsv")) {
      if (!row.get("counts").equals("yes")) {
        continue;
      }
      if (row.get("what").equals("status")) {
        statuses.add(EventStatus.valueOf(row.get("value").toUpperCase(java.util.Locale.ROOT)));
      } else {
        armed.add(ActorKind.parse(row.get("value")));
      }
    }
    return new ControlRules(rules, statuses, armed);
  }

  /** The first rule for the event's type and trigger; empty when the event changes no control. */
  public Optional<ControlRule> ruleFor(Event event) {
    return rules.stream().filter(r -> r.matches(event.type(), event.trigger())).findFirst();
  }

  /** Whether an event of this status changes the holder (denied or speculative ones do not). */
  public boolean counts(EventStatus status) {
    return status != null && countedStatuses.contains(status);
  }

  /** Whether the actor is of an armed kind, so can hold or lose a place. */
  public boolean isArmed(Actor actor) {
    return actor != null && actor.kind() != null && armedKinds.contains(actor.kind());
  }
}
