package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/** Hand-made articles and a fake pipeline stage: the store is under test, not the NLP. */
final class Fixtures {
  static final Place HOMS = new Place("Homs", "Homs", 169577L, "SYR", "Homs", 34.73, 36.72, PlacePrecision.CITY);
  static final Place KYIV = new Place("Kyiv", "Kyiv", 703448L, "UKR", "Kyiv City", 50.45, 30.52, PlacePrecision.CITY);
  static final Actor HTS = new Actor("Hayat Tahrir al-Sham", "hts", "HTS", ActorKind.REBEL, "SYR");
  static final Actor BELARUS = new Actor("Belarus", "belarus", "Belarusian", ActorKind.FOREIGN_STATE, "BLR");
  static final Actor RUSSIA = new Actor("Russia", "russia", "Russia", ActorKind.FOREIGN_STATE, "RUS");

  private Fixtures() {}

  static Article article(String id, String url, String text) {
    return new Article(id, url, "Title " + id, LocalDate.of(2024, 12, 6), "example.org", text, id + ".txt");
  }

  /** One event per sentence of the article ("." separated), dated and placed by a seed. */
  static ArticleResult process(Article a) {
    String[] sentences = a.text().split("\\.");
    List<Event> events = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < sentences.length; i++) {
      String s = sentences[i];
      if (!s.isBlank()) {
        events.add(event(a, i, offset, s));
      }
      offset += s.length() + 1;
    }
    return new ArticleResult(a, events, List.of(), sentences.length, 0);
  }

  private static Event event(Article a, int i, int offset, String sentence) {
    boolean syria = Math.floorMod(a.id().hashCode() + i, 2) == 0;
    Place place = syria ? HOMS : KYIV;
    Actor actor = syria ? HTS : RUSSIA;
    EventType type = syria ? EventType.BATTLE : EventType.EXPLOSION_REMOTE_VIOLENCE;
    String date = LocalDate.of(2024, 11, 1).plusDays(Math.floorMod(a.id().hashCode() + i, 30)).toString();
    return new Event("ev-" + a.id() + "-" + i, type, EventStatus.OCCURRED, actor, null, place,
        new EventDate(date, DatePrecision.DAY, null), new Quantity(i + 1, true, null, null, Integer.toString(i + 1)),
        null, null, null, List.of(), a, List.of(new Evidence(a.id(), offset, offset + sentence.length(), sentence)),
        0.8, null, "clash", "Armed clash", syria ? List.of() : List.of(BELARUS), List.of());
  }

  /** A random article text of a few sentences. */
  static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append("Fighters clashed in town ").append(random.nextInt(1_000_000)).append(". ");
    }
    return b.toString().strip();
  }
}
