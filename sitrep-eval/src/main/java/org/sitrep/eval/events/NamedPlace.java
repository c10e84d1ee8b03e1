package org.sitrep.eval.events;

import java.util.List;
import org.sitrep.eval.GoldPlace;
import org.sitrep.eval.PlaceRule;
import org.sitrep.model.Place;

/** A gold place as the eval sets write it: a name, an ISO3 country, and optionally a GeoNames id. */
public record NamedPlace(String name, String country, Long geonameId) {
  /** Same GeoNames id, or the example scorer's name rule (folded name, whole words, near spelling). */
  public boolean matches(Place system) {
    if (system == null) {
      return false;
    }
    if (geonameId != null && geonameId.equals(system.geonameId())) {
      return true;
    }
    return PlaceRule.matches(new GoldPlace(name, List.of(), country), system);
  }

  public boolean matchesAny(List<Place> system) {
    return system.stream().anyMatch(this::matches);
  }
}
