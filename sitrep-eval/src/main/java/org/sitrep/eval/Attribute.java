package org.sitrep.eval;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.Event;
import org.sitrep.model.Quantity;

/**
 * The fields compared on aligned pairs. {@link #judge} is empty when the pair is not judged on the
 * field (nothing coded, or for quantities neither side gives a number).
 */
public enum Attribute {
  STATUS("status") {
    @Override Optional<Boolean> judge(Pair p) {
      return Optional.of(p.gold().allowsStatus(p.system().status()));
    }
  },
  ACTOR("actor") {
    @Override Optional<Boolean> judge(Pair p) {
      return p.gold().actor() == null ? Optional.empty()
          : Optional.of(ActorRule.matchesAny(p.gold().actors(), p.system().actor()));
    }
  },
  PLACE("place") {
    @Override Optional<Boolean> judge(Pair p) {
      return p.gold().place() == null ? Optional.empty()
          : Optional.of(PlaceRule.matchesAny(p.gold().places(), p.system().location()));
    }
  },
  DATE("date") {
    @Override Optional<Boolean> judge(Pair p) {
      String gold = p.gold().date();
      String sys = p.system().date() == null ? null : p.system().date().value();
      return gold == null ? Optional.empty() : Optional.of(sys != null && sys.startsWith(gold));
    }
  },
  FATALITIES("fatalities") {
    @Override Optional<Boolean> judge(Pair p) {
      return quantity(p.gold().fatalities(), p.system(), Event::fatalities);
    }
  },
  INJURED("injured") {
    @Override Optional<Boolean> judge(Pair p) {
      return quantity(p.gold().injured(), p.system(), Event::injured);
    }
  },
  DISPLACED("displaced") {
    @Override Optional<Boolean> judge(Pair p) {
      return quantity(p.gold().displaced(), p.system(), Event::displaced);
    }
  };

  private final String label;

  Attribute(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  abstract Optional<Boolean> judge(Pair p);

  /** Judged when either side has a number; right only when both have the same value. */
  static Optional<Boolean> quantity(Long gold, Event system, Function<Event, Quantity> field) {
    Quantity q = field.apply(system);
    Long sys = q == null ? null : q.value();
    return gold == null && sys == null ? Optional.empty() : Optional.of(Objects.equals(gold, sys));
  }
}
