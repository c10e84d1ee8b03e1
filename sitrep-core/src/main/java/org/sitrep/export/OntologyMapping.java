package org.sitrep.export;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.knowledge.TsvResource;

/**
 * An event's ACLED and PLOVER categories: its ACLED sub-type (decided in the event stage) mapped by
 * {@code acled-subtypes.tsv}, else its type (and trigger word) by {@code event-ontology.tsv}.
 */
public final class OntologyMapping {
  /** One row of the mapping; null fields where the ontology has no category. */
  public record Categories(String acledEventType, String acledSubEventType, String plover) {}

  private static final String RESOURCE = "/org/sitrep/export/event-ontology.tsv";
  private static final String ANY_TRIGGER = "*";
  private static final String SUBTYPES = "/org/sitrep/export/acled-subtypes.tsv";
  private static final OntologyMapping DEFAULT =
      new OntologyMapping(TsvResource.trimmedRows(RESOURCE), TsvResource.trimmedRows(SUBTYPES));

  private final Map<String, Categories> rows = new HashMap<>();
  private final Map<String, Categories> subtypes = new HashMap<>();

  /** @param subtypeRows rows of acled-subtypes.tsv (sub-type, event type, PLOVER); the header row is skipped */
  public OntologyMapping(List<List<String>> tsvRows, List<List<String>> subtypeRows) {
    for (List<String> r : tsvRows) {
      if (r.size() >= 5) {
        rows.put(key(r.get(0), r.get(1)), new Categories(orNull(r.get(2)), orNull(r.get(3)), orNull(r.get(4))));
      }
    }
    for (List<String> r : subtypeRows) {
      if (r.size() >= 3 && !r.get(0).equals("sub_event_type")) {
        subtypes.put(r.get(0), new Categories(r.get(1), r.get(0), orNull(r.get(2))));
      }
    }
  }

  /** The categories of an event: its ACLED sub-type's, with the type's PLOVER type where the sub-type names none. */
  public Categories of(Event e) {
    Categories byType = of(e.type(), e.trigger());
    Categories bySubtype = e.subtype() == null ? null : subtypes.get(e.subtype());
    if (bySubtype == null) {
      return byType;
    }
    return new Categories(bySubtype.acledEventType(), bySubtype.acledSubEventType(),
        bySubtype.plover() != null ? bySubtype.plover() : byType.plover());
  }

  /** Every ACLED sub-type name the mapping knows. */
  public java.util.Set<String> subtypeNames() {
    return java.util.Set.copyOf(subtypes.keySet());
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
