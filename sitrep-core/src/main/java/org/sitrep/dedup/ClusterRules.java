package org.sitrep.dedup;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.knowledge.TsvResource;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventType;
import org.sitrep.model.PlacePrecision;

/**
 * The data behind event clustering (type-families.tsv, place-radius.tsv, date-window.tsv): which
 * types may be the same happening, how far apart places and how many days apart dates may be.
 */
public final class ClusterRules {
  private final Map<EventType, String> families = new EnumMap<>(EventType.class);
  private final Map<PlacePrecision, Double> radiusKm = new EnumMap<>(PlacePrecision.class);
  private final Map<DatePrecision, Integer> windowDays = new EnumMap<>(DatePrecision.class);

  private ClusterRules() {}

  public static ClusterRules defaults() {
    ClusterRules rules = new ClusterRules();
    for (TsvResource.Row r : TsvResource.read(ClusterRules.class, "type-families.tsv")) {
      rules.families.put(EventType.parse(r.get("type")), r.get("family"));
    }
    for (TsvResource.Row r : TsvResource.read(ClusterRules.class, "place-radius.tsv")) {
      String km = r.get("km");
      rules.radiusKm.put(PlacePrecision.valueOf(r.get("precision").toUpperCase(Locale.ROOT)),
          km.equals("none") ? Double.POSITIVE_INFINITY : Double.parseDouble(km));
    }
    for (TsvResource.Row r : TsvResource.read(ClusterRules.class, "date-window.tsv")) {
      rules.windowDays.put(DatePrecision.valueOf(r.get("precision").toUpperCase(Locale.ROOT)), Integer.parseInt(r.get("days")));
    }
    return rules;
  }

  /** The type's family; a type the file forgot is a family of its own. */
  public String family(EventType type) {
    return families.getOrDefault(type, type.json());
  }

  /** Allowed distance for the coarser precision; infinite means "same country" only. */
  public double radiusKm(PlacePrecision a, PlacePrecision b) {
    return Math.max(radiusKm.getOrDefault(a, Double.POSITIVE_INFINITY), radiusKm.getOrDefault(b, Double.POSITIVE_INFINITY));
  }

  public int windowDays(DatePrecision a, DatePrecision b) {
    return Math.max(windowDays.getOrDefault(a, 2), windowDays.getOrDefault(b, 2));
  }
}
