package org.sitrep.dedup;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.sitrep.geo.GeoDistance;
import org.sitrep.model.Actor;

/**
 * Whether two events may be one happening reported twice. All must hold: different articles (the
 * article's own merger already kept apart what it found distinct); types of one family; the same,
 * known country; places within the radius of the coarser precision (no coordinates: same country
 * only); dates within the window of the coarser precision; actors compatible, in either role order
 * (one outlet's "A attacked B" is another's "B clashed with A").
 *
 * <p>Actors are compatible when either is missing or generic (no dictionary id: "gunmen" and
 * "militants" may name the same men), or when both carry the same dictionary id.
 */
public final class Compatibility {
  private final ClusterRules rules;

  public Compatibility(ClusterRules rules) {
    this.rules = rules;
  }

  public boolean compatible(EventPoint a, EventPoint b) {
    return !Objects.equals(a.articleId(), b.articleId())
        && rules.family(a.type()).equals(rules.family(b.type()))
        && a.country() != null && a.country().equals(b.country())
        && a.date() != null && b.date() != null
        && daysApart(a, b) <= rules.windowDays(a.datePrecision(), b.datePrecision())
        && distanceKm(a, b) <= rules.radiusKm(a.placePrecision(), b.placePrecision())
        && actorsCompatible(a, b);
  }

  /** Kilometres between the two places; 0 when either has no coordinates (judged by country alone). */
  public double distanceKm(EventPoint a, EventPoint b) {
    if (!a.hasCoordinates() || !b.hasCoordinates()) {
      return 0;
    }
    return GeoDistance.km(a.lat(), a.lon(), b.lat(), b.lon());
  }

  long daysApart(EventPoint a, EventPoint b) {
    return Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
  }

  private static boolean actorsCompatible(EventPoint a, EventPoint b) {
    boolean straight = same(a.actor(), b.actor()) && same(a.target(), b.target());
    boolean swapped = same(a.actor(), b.target()) && same(a.target(), b.actor());
    return straight || swapped;
  }

  /** Missing or generic on either side is no evidence against; two dictionary actors must be one. */
  static boolean same(Actor x, Actor y) {
    boolean unknown = x == null || y == null || x.id() == null || y.id() == null;
    return unknown || x.id().equals(y.id());
  }
}
