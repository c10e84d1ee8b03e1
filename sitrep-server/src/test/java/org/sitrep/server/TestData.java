package org.sitrep.server;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.sitrep.pipeline.ArticleResult;

/**
 * Hand-made articles and a fake pipeline: the server is under test, not the NLP. The fake makes
 * one event per "."-separated sentence; a sentence's first word picks the event type
 * ("Captured", "Fled", "Shelled", anything else a battle).
 */
final class TestData {
  static final Place HOMS = new Place("Homs", "Homs", 169577L, "SYR", "Homs", 34.73, 36.72, PlacePrecision.CITY);
  static final Place KYIV = new Place("Kyiv", "Kyiv", 703448L, "UKR", "Kyiv City", 50.45, 30.52, PlacePrecision.CITY);
  static final Place BEIRUT = new Place("Beirut", "Beirut", 276781L, "LBN", "Beyrouth", 33.89, 35.50, PlacePrecision.CITY);
  static final Actor HTS = new Actor("Hayat Tahrir al-Sham", "hts", "HTS", ActorKind.REBEL, "SYR");
  static final Actor RUSSIA = new Actor("Russia", "russia", "Russia", ActorKind.FOREIGN_STATE, "RUS");

  private TestData() {}

  static Article article(String id, LocalDate published, String text) {
    return new Article(id, "https://example.org/" + id, "Title " + id, published, "example.org", text, id + ".txt");
  }

  /** A "backed by" relation resting on the event's evidence sentence, so reports have a tie to tell. */
  static org.sitrep.model.Relation backing(Event event) {
    return new org.sitrep.model.Relation("rel-" + event.id(), org.sitrep.model.RelationType.BACKED_BY, HTS, RUSSIA, false,
        event.article(), event.evidence());
  }

  /** The fake pipeline stage. */
  static ArticleResult process(Article a) {
    List<Event> events = new ArrayList<>();
    int offset = 0;
    for (String sentence : a.text().split("\\.")) {
      String trimmed = sentence.strip();
      int start = offset + sentence.indexOf(trimmed);
      if (!trimmed.isEmpty()) {
        events.add(event(a, events.size(), new Evidence(a.id(), start, start + trimmed.length(), trimmed)));
      }
      offset += sentence.length() + 1;
    }
    return new ArticleResult(a, events, List.of(), events.size(), 0);
  }

  private static Event event(Article a, int i, Evidence evidence) {
    String first = evidence.text().split("\\s+", 2)[0];
    EventType type = switch (first) {
      case "Captured" -> EventType.TERRITORY_CAPTURED;
      case "Fled" -> EventType.DISPLACEMENT;
      case "Shelled" -> EventType.EXPLOSION_REMOTE_VIOLENCE;
      default -> EventType.BATTLE;
    };
    boolean displacement = type == EventType.DISPLACEMENT;
    boolean kyiv = type == EventType.EXPLOSION_REMOTE_VIOLENCE;
    String day = (a.published() == null ? LocalDate.of(2024, 12, 6) : a.published()).minusDays(i).toString();
    return new Event("ev-" + a.id() + "-" + i, type, i % 3 == 2 ? EventStatus.CLAIMED : EventStatus.OCCURRED,
        kyiv ? RUSSIA : HTS, null, displacement ? null : (kyiv ? KYIV : HOMS),
        new EventDate(day, DatePrecision.DAY, null), new Quantity(i + 1, true, null, null, Integer.toString(i + 1)),
        null, displacement ? new Quantity(1000, false, 1000L, null, "thousands") : null,
        displacement ? HOMS : null, displacement ? List.of(BEIRUT) : List.of(), a, List.of(evidence), 0.8, null,
        first.toLowerCase(java.util.Locale.ROOT), null);
  }
}
