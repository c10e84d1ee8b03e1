package org.sitrep.eval.geo;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.geo.GeoDistance;
import org.sitrep.model.Span;

/**
 * Scores system toponyms against a corpus (see {@link GeoScore} for the measures). A system
 * toponym that overlaps only non-locational gold spans is neither right nor wrong and is not
 * counted. Records missing from {@code system} count as records where nothing was found.
 */
public final class GeoScorer {
  /** Running totals over the records. */
  private static final class Tally {
    int documents;
    int recognitionDocuments;
    int gold;
    int system;
    int exact;
    int lenient;
    int goldWithCoordinates;
    final List<Double> errors = new ArrayList<>();
    final List<GeoFinding> findings = new ArrayList<>();
  }

  public GeoScore score(List<GeoDocument> documents, Map<String, List<SystemToponym>> system) {
    Tally tally = new Tally();
    for (GeoDocument doc : documents) {
      scoreDocument(doc, system.getOrDefault(doc.id(), List.of()), tally);
    }
    return new GeoScore(tally.documents, tally.recognitionDocuments, tally.gold, tally.system, tally.exact,
        tally.lenient, tally.goldWithCoordinates, tally.errors, tally.findings);
  }

  private static void scoreDocument(GeoDocument doc, List<SystemToponym> found, Tally tally) {
    List<GoldToponym> required = doc.gold().stream().filter(GoldToponym::required).toList();
    List<SystemToponym> counted = found.stream().filter(s -> counts(s, doc.gold())).toList();
    Map<SystemToponym, GoldToponym> pairs = pair(counted, required);
    tally.documents++;
    tally.goldWithCoordinates += (int) required.stream().filter(GoldToponym::hasCoordinates).count();
    if (doc.goldComplete()) {
      tally.recognitionDocuments++;
      tally.gold += required.size();
      tally.system += counted.size();
      tally.lenient += pairs.size();
      tally.exact += (int) pairs.entrySet().stream().filter(e -> e.getKey().span().equals(e.getValue().span())).count();
      listMisses(doc, required, pairs, tally);
      listFalse(doc, counted, pairs, tally);
    }
    pairs.forEach((s, g) -> geocode(doc, s, g, tally));
  }

  /** Exact pairs first, then overlapping ones, each span used once. */
  private static Map<SystemToponym, GoldToponym> pair(List<SystemToponym> found, List<GoldToponym> gold) {
    Map<SystemToponym, GoldToponym> pairs = new IdentityHashMap<>();
    List<GoldToponym> open = new ArrayList<>(gold);
    for (boolean exact : new boolean[] {true, false}) {
      for (SystemToponym s : found) {
        if (pairs.containsKey(s)) {
          continue;
        }
        GoldToponym match = open.stream().filter(g -> exact ? g.span().equals(s.span()) : g.span().overlaps(s.span()))
            .findFirst().orElse(null);
        if (match != null) {
          pairs.put(s, match);
          open.remove(match);
        }
      }
    }
    return pairs;
  }

  private static boolean counts(SystemToponym s, List<GoldToponym> gold) {
    boolean onRequired = gold.stream().anyMatch(g -> g.required() && g.span().overlaps(s.span()));
    boolean onIgnored = gold.stream().anyMatch(g -> !g.required() && g.span().overlaps(s.span()));
    return onRequired || !onIgnored;
  }

  private static void geocode(GeoDocument doc, SystemToponym s, GoldToponym g, Tally tally) {
    if (!g.hasCoordinates()) {
      return;
    }
    double km = s.hasCoordinates() ? GeoDistance.km(g.lat(), g.lon(), s.lat(), s.lon()) : GeoScore.MAX_ERROR_KM;
    tally.errors.add(km);
    if (km > GeoScore.ACCURACY_KM) {
      tally.findings.add(new GeoFinding(GeoFinding.Kind.FAR, doc.id(), g.span().start(), text(doc, g.span()),
          String.format(Locale.ROOT, "%.0f km: system %s, gold %.2f,%.2f %s", km, s.resolvedAs(), g.lat(), g.lon(),
              g.geonameId() == null ? "" : "geonameid " + g.geonameId())));
    }
  }

  private static void listMisses(GeoDocument doc, List<GoldToponym> required, Map<SystemToponym, GoldToponym> pairs,
      Tally tally) {
    for (GoldToponym g : required) {
      if (!pairs.containsValue(g)) {
        tally.findings.add(new GeoFinding(GeoFinding.Kind.MISSED, doc.id(), g.span().start(), text(doc, g.span()),
            context(doc, g.span())));
      }
    }
  }

  private static void listFalse(GeoDocument doc, List<SystemToponym> counted, Map<SystemToponym, GoldToponym> pairs,
      Tally tally) {
    for (SystemToponym s : counted) {
      if (!pairs.containsKey(s)) {
        tally.findings.add(new GeoFinding(GeoFinding.Kind.FALSE, doc.id(), s.span().start(), text(doc, s.span()),
            s.resolvedAs() + " | " + context(doc, s.span())));
      }
    }
  }

  private static String text(GeoDocument doc, Span span) {
    return span.end() <= doc.text().length() ? doc.text().substring(span.start(), span.end()) : "?";
  }

  /** A few words either side, for reading the listing. */
  private static String context(GeoDocument doc, Span span) {
    int from = Math.max(0, span.start() - 40);
    int to = Math.min(doc.text().length(), span.end() + 40);
    return from > to ? "" : doc.text().substring(from, Math.max(from, to)).replaceAll("\\s+", " ");
  }
}
