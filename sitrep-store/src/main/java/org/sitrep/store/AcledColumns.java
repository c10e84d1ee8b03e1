package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.clean.DataFile;

/**
 * The SELECT list of the ACLED-style export (CSV and Parquet): ACLED's column names and order
 * first, sitrep's extras after them. Precision codes come from acled-precision.tsv.
 */
public final class AcledColumns {
  public static final List<String> ACLED = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
      "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location",
      "latitude", "longitude", "geo_precision", "source", "notes", "fatalities");
  public static final List<String> EXTRAS = List.of("sitrep_id", "sitrep_type", "status", "actor1_kind", "actor2_kind",
      "injured", "displaced", "confidence", "article_id", "url", "iso3");

  private AcledColumns() {}

  /** "SELECT … FROM events e LEFT JOIN articles a …" without WHERE. */
  public static String select() {
    Map<String, String> time = codes("time");
    Map<String, String> geo = codes("geo");
    return "SELECT coalesce(e.country, 'XXX') || replace(e.id, 'ev-', '-') AS event_id_cnty,"
        + " e.date AS event_date, " + caseOf("e.date_precision", time, false) + " AS time_precision,"
        + " e.acled_event_type AS event_type, e.acled_sub_event_type AS sub_event_type,"
        + " e.actor AS actor1, " + associates("actor_associates") + " AS assoc_actor_1, e.target AS actor2, "
        + associates("target_associates") + " AS assoc_actor_2, "
        + caseOf("e.country", CountryNames.acled(), true) + " AS country, e.admin1, e.location, e.lat AS latitude, e.lon AS longitude, "
        + caseOf("e.geo_precision", geo, false) + " AS geo_precision, a.source, e.evidence AS notes,"
        + " coalesce(e.fatalities, 0) AS fatalities, e.id AS sitrep_id, e.type AS sitrep_type, e.status,"
        + " e.actor_kind AS actor1_kind, e.target_kind AS actor2_kind, e.injured, e.displaced, e.confidence,"
        + " e.article_id, a.url, e.country AS iso3"
        + " FROM events e LEFT JOIN (SELECT id, source, url FROM articles) a ON a.id = e.article_id";
  }

  private static Map<String, String> codes(String field) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String[] row : DataFile.rows(AcledColumns.class, "acled-precision.tsv")) {
      if (row[0].equals(field)) {
        codes.put(row[1], row[2]);
      }
    }
    return codes;
  }

  /** ACLED joins several associated actors with "; ". */
  private static String associates(String field) {
    return "nullif(array_to_string(json_extract_string(e.json, '$." + field + "[*].name'), '; '), '')";
  }

  /** A CASE over the codes: numeric codes as integers, names as text; an unknown code as itself or NULL. */
  private static String caseOf(String column, Map<String, String> codes, boolean text) {
    StringBuilder sql = new StringBuilder("CASE " + column);
    codes.forEach((k, v) -> sql.append(" WHEN ").append(EventFilter.literal(k)).append(" THEN ")
        .append(text ? EventFilter.literal(v) : Integer.toString(Integer.parseInt(v))));
    return sql.append(text ? " ELSE " + column + " END" : " ELSE NULL END").toString();
  }
}
