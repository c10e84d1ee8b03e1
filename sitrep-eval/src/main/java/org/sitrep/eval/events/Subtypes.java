package org.sitrep.eval.events;

import org.sitrep.export.OntologyMapping;
import org.sitrep.model.Event;

/**
 * The ACLED sub-event type sitrep writes for an event. {@link #of} is the only place the eval
 * asks the ontology mapping, so a change in how sub-types are derived needs one edit here.
 */
public final class Subtypes {
  private Subtypes() {}

  /** ACLED sub-event type of the event, or null where the mapping gives none. */
  public static String of(Event e) {
    return OntologyMapping.defaults().of(e).acledSubEventType();
  }

  /** The predicted label: the sub-type, else a label naming the sitrep type that has none. */
  public static String label(Event e) {
    String subtype = of(e);
    return subtype != null ? subtype : "no sub-type (" + (e.type() == null ? "?" : e.type().json()) + ")";
  }
}
