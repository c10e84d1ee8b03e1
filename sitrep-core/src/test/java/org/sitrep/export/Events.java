package org.sitrep.export;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.PlacePrecision;
import org.sitrep.model.Quantity;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationType;

/** Hand-built events for the export tests. Articles carry no text: JSON does not keep it. */
final class Events {
  static final Article ARTICLE = new Article("a1", "https://example.org/homs", "Thousands flee Homs",
      LocalDate.of(2024, 12, 6), "arabnews.com", null, null);
  static final Actor HTS = new Actor("Hayat Tahrir al-Sham", "hts", "HTS", ActorKind.REBEL, "SYR");
  static final Actor ARMY = new Actor("Syrian Arab Army", "saa", "Assad's forces", ActorKind.STATE_MILITARY, "SYR");
  static final Place HOMS = new Place("Homs", "Homs", 169577L, "SYR", "Homs", 34.72682, 36.72339, PlacePrecision.CITY);
  static final Place LATAKIA = new Place("Latakia", "Latakia", 173576L, "SYR", "Latakia", 35.53168, 35.79011, PlacePrecision.CITY);
  static final Place TARTUS = new Place("Tartus", "Tartus", 163345L, "SYR", "Tartus", 34.88902, 35.88659, PlacePrecision.CITY);

  private Events() {}

  static Evidence evidence(String text) {
    return new Evidence("a1", 100, 100 + text.length(), text);
  }

  /** Only what the schema requires: no target, location, date or quantities; the type's default sub-type. */
  static Event minimal(String id, EventType type) {
    String subtype = OntologyMapping.defaults().of(type, null).acledSubEventType();
    return new Event(id, type, EventStatus.OCCURRED, HTS, null, null,
        new EventDate(null, DatePrecision.UNKNOWN, null), null, null, null, null, List.of(), ARTICLE,
        List.of(evidence("HTS advanced.")), 0.5, null, null, subtype);
  }

  static Event battle() {
    return new Event("e-battle", EventType.BATTLE, EventStatus.OCCURRED, HTS, ARMY, HOMS,
        new EventDate("2024-11-27", DatePrecision.DAY, "since November 27"),
        new Quantity(20, false, 20L, null, "at least 20"), new Quantity(12, true, null, null, "12"), null,
        null, List.of(), ARTICLE, List.of(evidence("HTS fought \"Assad's forces\", near Homs,\nkilling at least 20.")),
        0.8, "c-1", "fought", "Armed clash");
  }

  static Event displacement() {
    Place homsNoText = HOMS.withText(null);
    return new Event("e-flee", EventType.DISPLACEMENT, EventStatus.ONGOING, new Actor("civilians", null, "Thousands", ActorKind.CIVILIANS, null),
        null, null, new EventDate("2024-12-06", DatePrecision.WEEK, null), null, null,
        new Quantity(1000, false, null, null, "Thousands"), homsNoText, List.of(LATAKIA, TARTUS), ARTICLE,
        List.of(evidence("Thousands flee Homs for Latakia and Tartus.")), 0.7, null, "flee", null);
  }

  static Event airstrike() {
    Place unlocated = new Place("eastern Syria", "eastern Syria", null, "SYR", null, null, null, PlacePrecision.REGION);
    return new Event("e-strike", EventType.EXPLOSION_REMOTE_VIOLENCE, EventStatus.CLAIMED, ARMY, null, unlocated,
        new EventDate("2024-12-05", DatePrecision.DAY, "Thursday"), new Quantity(10, false, 10L, 15L, "10 to 15"),
        null, null, null, List.of(), ARTICLE, List.of(evidence("An airstrike killed 10 to 15.")), 0.6, null, "airstrike", "Air/drone strike",
        List.of(new Actor("Russia", "rus", "Russian", ActorKind.FOREIGN_STATE, "RUS")), List.of());
  }

  static Relation backing() {
    return new Relation("r-1", RelationType.BACKED_BY, ARMY, new Actor("Russia", "rus", "Russia", ActorKind.FOREIGN_STATE, "RUS"), false,
        ARTICLE, List.of(evidence("backing from Russia, Iran, and Hezbollah")));
  }
}
