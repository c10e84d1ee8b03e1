package org.sitrep.eval;

import java.util.stream.Collectors;
import org.sitrep.model.Event;
import org.sitrep.model.Quantity;

/** How one field of a gold or system event reads in the disagreement list. */
final class FieldText {
  private FieldText() {}

  static String gold(Attribute a, GoldEvent g) {
    return switch (a) {
      case STATUS -> g.status().json() + alternatives(g.altStatuses().stream().map(s -> s.json()).collect(Collectors.joining("/")));
      case ACTOR -> g.actor().name() + " (" + g.actor().kind().json() + ", " + g.actor().country() + ")";
      case PLACE -> g.place().name();
      case DATE -> g.date();
      case FATALITIES -> String.valueOf(g.fatalities());
      case INJURED -> String.valueOf(g.injured());
      case DISPLACED -> String.valueOf(g.displaced());
    };
  }

  static String system(Attribute a, Event e) {
    return switch (a) {
      case STATUS -> e.status().json();
      case ACTOR -> ErrorListing.actor(e.actor()) + (e.actor() == null ? "" : " (" + e.actor().kind().json() + ", " + e.actor().country() + ")");
      case PLACE -> ErrorListing.place(e.location());
      case DATE -> e.date() == null ? "–" : String.valueOf(e.date().value());
      case FATALITIES -> value(e.fatalities());
      case INJURED -> value(e.injured());
      case DISPLACED -> value(e.displaced());
    };
  }

  private static String alternatives(String alts) {
    return alts.isEmpty() ? "" : " (or " + alts + ")";
  }

  private static String value(Quantity q) {
    return q == null ? "–" : String.valueOf(q.value());
  }
}
