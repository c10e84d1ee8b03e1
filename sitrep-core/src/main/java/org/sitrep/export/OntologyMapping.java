package org.sitrep.export;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.EventType;
import org.sitrep.knowledge.TsvResource;

/** Event type (and trigger word) to ACLED and PLOVER categories, from {@code event-ontology.tsv}. */
public final class OntologyMapping {
  /** One row of the mapping; null fields where the ontology has no category. */
  public record Categories(String acledEventType, String acledSubEventType, String plover) {}

  private static final String RESOURCE = "/org/sitrep/export/event-ontology.tsv";
  private static final String ANY_TRIGGER = "*";
  private static final OntologyMapping DEFAULT = new OntologyMapping(TsvResource.trimmedRows(RESOURCE));

  private final Map<String, Categories> rows = new HashMap<>();

  public OntologyMapping(List<List<String>> tsvRows) {
    for (List<String> r : tsvRows) {
      if (r.size() >= 5) {
        rows.put(key(r.get(0), r.get(1)), new Categories(orNull(r.get(2)), orNull(r.get(3)), orNull(r.get(4))));
      }
    }
  }

  public static OntologyMapping defaults() {
    return DEFAULT;
  }

  /** The categories for a type, refined by the trigger word when the table has a row for it. */
  public Categories of(EventType type, String trigger) {
    String typeName = type == null ? EventType.OTHER.json() : type.json();
    Categories specific = trigger == null ? null : rows.get(key(typeName, trigger));
    return Optional.ofNullable(specific)
        .or(() -> Optional.ofNullable(rows.get(key(typeName, ANY_TRIGGER))))
        .orElse(new Categories(null, null, null));
  }

  private static String key(String type, String trigger) {
    return type.trim().toLowerCase(Locale.ROOT) + "\t" + trigger.trim().toLowerCase(Locale.ROOT);
  }

  private static String orNull(String cell) {
    return cell.isEmpty() || cell.equals("-") ? null : cell;
  }
}
