package org.sitrep.eval.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.eval.Accuracy;
import org.sitrep.geo.GeoDistance;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/**
 * UCDP GED headlines. Place: scoreable where the headline names the place ({@link UcdpHeadline});
 * a hit when the top counted event with coordinates lies within {@value #MAX_KM} km of UCDP's.
 * Deaths: scoreable where the headline states deaths_best; a hit when the top counted event with
 * fatalities has exactly that value. Sides: see {@link SideRates}. Both are also reported over any
 * counted event of the record, since a headline often joins several events and UCDP codes one of
 * them: the gap between the two rates is ranking, not extraction.
 */
public final class UcdpScorer implements SetScorer<UcdpCase> {
  static final double MAX_KM = 50;
  private final UcdpSides sides;
  private final ErrorRows placeErrors;
  private final ErrorRows deathErrors;
  private final Map<String, Integer> unmapped = new TreeMap<>();
  private Accuracy place = Accuracy.NONE;
  private Accuracy deaths = Accuracy.NONE;
  private Accuracy placeAny = Accuracy.NONE;
  private Accuracy deathsAny = Accuracy.NONE;
  private SideRates sideRates = SideRates.NONE;
  private int records;

  public UcdpScorer(UcdpSides sides, int maxErrors) {
    this.sides = sides;
    this.placeErrors = new ErrorRows(maxErrors);
    this.deathErrors = new ErrorRows(maxErrors);
  }

  @Override
  public void score(UcdpCase gold, List<Event> events) {
    records++;
    if (placeScoreable(gold)) {
      Optional<Event> top = TopEvent.of(events, e -> located(e.location()));
      boolean hit = top.map(e -> km(gold, e.location()) <= MAX_KM).orElse(false);
      place = place.add(hit);
      placeAny = placeAny.add(TopEvent.counted(events).stream()
          .anyMatch(e -> located(e.location()) && km(gold, e.location()) <= MAX_KM));
      if (!hit) {
        placeErrors.add(gold.id(), gold.whereDescription(), top.map(e -> placeText(gold, e.location())).orElse("none"), gold.text());
      }
    }
    if (UcdpHeadline.statesDeaths(gold.deathsBest(), gold.text())) {
      Optional<Event> top = TopEvent.of(events, e -> e.fatalities() != null);
      boolean hit = top.map(e -> e.fatalities().value() == gold.deathsBest()).orElse(false);
      deaths = deaths.add(hit);
      deathsAny = deathsAny.add(TopEvent.counted(events).stream()
          .anyMatch(e -> e.fatalities() != null && e.fatalities().value() == gold.deathsBest()));
      if (!hit) {
        deathErrors.add(gold.id(), gold.deathsBest(), top.map(e -> "" + e.fatalities().value()).orElse("none"), gold.text());
      }
    }
    List<Event> counted = TopEvent.counted(events);
    sideRates = sideRates.plus(side(gold.sideA(), counted, gold.text()), side(gold.sideB(), counted, gold.text()));
  }

  static boolean placeScoreable(UcdpCase gold) {
    return gold.lat() != null && gold.lon() != null && UcdpHeadline.namedPlace(gold.whereDescription(), gold.text()).isPresent();
  }

  private SideTally side(String side, List<Event> counted, String headline) {
    List<SideMapping> groups = sides.groups(side);
    if (side != null) {
      String[] names = side.split(",\\s*");
      for (int i = 0; i < groups.size(); i++) {
        if (groups.get(i) == null) {
          unmapped.merge(names[i].strip(), 1, Integer::sum);
        }
      }
    }
    return SideTally.of(groups, counted, headline);
  }

  private static boolean located(Place p) {
    return p != null && p.lat() != null && p.lon() != null;
  }

  private static double km(UcdpCase gold, Place p) {
    return GeoDistance.km(gold.lat(), gold.lon(), p.lat(), p.lon());
  }

  private static String placeText(UcdpCase gold, Place p) {
    return String.format(Locale.ROOT, "%s (%.0f km)", p.name(), km(gold, p));
  }

  public Accuracy place() {
    return place;
  }

  public Accuracy deaths() {
    return deaths;
  }

  public Accuracy placeAnyEvent() {
    return placeAny;
  }

  public Accuracy deathsAnyEvent() {
    return deathsAny;
  }

  public SideRates sides() {
    return sideRates;
  }

  @Override
  public void render(StringBuilder out) {
    out.append("## ucdp\n\n").append(String.format(Locale.ROOT, "Records: %d.%n%n", records));
    out.append(Md.header("measure", "rate (hits/scoreable)"));
    out.append(Md.row("place within " + (int) MAX_KM + " km (headline names the place)", Md.rate(place)));
    out.append(Md.row("deaths equal deaths_best (headline states them)", Md.rate(deaths)));
    out.append(Md.row("place within " + (int) MAX_KM + " km, any counted event (not only the top one)", Md.rate(placeAny)));
    out.append(Md.row("deaths equal deaths_best, any counted event", Md.rate(deathsAny)));
    out.append(Md.row("at least one side found (all records)", Md.rate(sideRates.any())));
    out.append(Md.row("both sides found (all records)", Md.rate(sideRates.both())));
    out.append(Md.row("a named side found (headline names one)", Md.rate(sideRates.anyNamed())));
    out.append(Md.row("both sides found (headline names both)", Md.rate(sideRates.bothNamed()))).append('\n');
    if (!unmapped.isEmpty()) {
      out.append("Side groups with no row in ucdp-sides.tsv: ").append(unmapped).append("\n\n");
    }
    placeErrors.render(out, "Place misses", "id", "UCDP place", "system place", "headline");
    deathErrors.render(out, "Death-toll misses", "id", "deaths_best", "system", "headline");
  }
}
