package org.sitrep.cli;

import java.util.List;
import java.util.Locale;
import org.sitrep.eval.geo.GeoScore;

/** The markdown table of {@code sitrep eval geoparse}. */
final class GeoReport {
  private GeoReport() {}

  static String row(String set, GeoScore s) {
    return String.format(Locale.ROOT,
        "| %s | %d (%d) | %d | %d | %.3f | %.3f | %.3f | %.3f / %.3f / %.3f | %d of %d | %.3f | %.0f | %.1f | %.3f |",
        set, s.documents(), s.recognitionDocuments(), s.gold(), s.system(), s.precision(), s.recall(), s.f1(),
        s.lenientPrecision(), s.lenientRecall(), s.lenientF1(), s.geocoded(), s.goldWithCoordinates(),
        s.accuracy161(), s.meanKm(), s.medianKm(), s.auc());
  }

  static String render(List<String> rows, GeoTimer timer) {
    StringBuilder out = new StringBuilder();
    out.append("| set | records (for recognition) | gold | system | P | R | F1 | lenient P / R / F1 "
        + "| geocoded | acc@161 | mean km | median km | AUC |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    rows.forEach(r -> out.append(r).append('\n'));
    out.append('\n');
    out.append("P/R/F1: exact span match; lenient: one-to-one overlapping spans. Records whose gold list is incomplete\n");
    out.append("(dropped_toponyms > 0) are left out of recognition; non_locational gold spans are not required and\n");
    out.append("system spans on them are not counted. Geocoding: every required gold toponym with coordinates that the\n");
    out.append("system recognised (lenient pair); acc@161 = share within 161 km; AUC = trapezoid area under the sorted\n");
    out.append("ln(1+km)/ln(20039) curve, divided by (n-1); 0 is perfect, lower is better.\n\n");
    out.append(String.format(Locale.ROOT,
        "Time per article (%d articles, one thread): whole geoparse mean %.1f ms (median %.1f); after NER "
            + "(actor exclusion + PlaceFinder.find) mean %.2f ms (median %.2f).%n",
        timer.articles(), timer.meanMs(false), timer.medianMs(false), timer.meanMs(true), timer.medianMs(true)));
    return out.toString();
  }
}
