package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
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
import org.sitrep.store.Store;

/**
 * Writes the 100,000-event store that the HTTP throughput run (BENCHMARKS.md, "HTTP API
 * throughput") serves: generated events over five countries, every event type, a year of dates and
 * 2,000 places. Opt-in: -Dsitrep.bench=true; the path is -Dsitrep.bench.db (default
 * /tmp/api100k/sitrep.duckdb), replaced if present.
 */
class ApiLoadStore {
  private static final int ARTICLES = 1000;
  private static final int EVENTS_PER_ARTICLE = 100;
  /** country, centre lat, centre lon: a spread of places around each. */
  private static final Object[][] COUNTRIES = {
      {"SYR", 35.0, 38.0}, {"UKR", 49.0, 32.0}, {"SDN", 15.5, 30.0}, {"LBN", 33.8, 35.8}, {"YEM", 15.4, 45.0}};
  private static final Actor[] ACTORS = {
      TestData.HTS, TestData.RUSSIA,
      new Actor("Syrian Arab Army", "saa", "government forces", ActorKind.STATE_MILITARY, "SYR"),
      new Actor("Rapid Support Forces", "rsf", "RSF", ActorKind.REBEL, "SDN"),
      new Actor("Houthis", "houthis", "Houthis", ActorKind.REBEL, "YEM")};

  @Test
  void writeHundredThousandEventStore() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("sitrep.bench"), "benchmark store: run with -Dsitrep.bench=true");
    Path path = Path.of(System.getProperty("sitrep.bench.db", "/tmp/api100k/sitrep.duckdb"));
    Files.deleteIfExists(path);
    Files.deleteIfExists(Path.of(path + ".wal"));
    Random random = new Random(7);
    try (Store store = Store.open(path)) {
      for (int a = 0; a < ARTICLES; a++) {
        store.save(article(a, random));
      }
      assertEquals((long) ARTICLES * EVENTS_PER_ARTICLE, store.count("events"));
    }
  }

  private static ArticleResult article(int a, Random random) {
    StringBuilder text = new StringBuilder();
    List<Evidence> spans = new ArrayList<>();
    String id = "load-" + a;
    for (int i = 0; i < EVENTS_PER_ARTICLE; i++) {
      int start = text.length();
      text.append("Event ").append(i).append(" of article ").append(a).append(". ");
      spans.add(new Evidence(id, start, text.length() - 2, text.substring(start, text.length() - 2)));
    }
    Article article = new Article(id, "https://example.org/" + id, "Load " + a, LocalDate.of(2024, 12, 31),
        "example.org", text.toString(), "bench");
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < EVENTS_PER_ARTICLE; i++) {
      events.add(event(article, i, spans.get(i), random));
    }
    return new ArticleResult(article, events, List.of(), EVENTS_PER_ARTICLE, 0);
  }

  private static Event event(Article article, int i, Evidence evidence, Random random) {
    EventType[] types = EventType.values();
    Object[] country = COUNTRIES[random.nextInt(COUNTRIES.length)];
    int placeNo = random.nextInt(400);
    Place place = new Place(country[0] + "-P" + placeNo, null, null, (String) country[0], null,
        (double) country[1] + (placeNo % 20 - 10) * 0.15, (double) country[2] + (placeNo / 20 - 10) * 0.15,
        PlacePrecision.CITY);
    String day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366)).toString();
    Actor actor = ACTORS[random.nextInt(ACTORS.length)];
    Actor target = ACTORS[random.nextInt(ACTORS.length)];
    return new Event(article.id() + "-" + i, types[random.nextInt(types.length)], EventStatus.OCCURRED, actor,
        target == actor ? null : target, place, new EventDate(day, DatePrecision.DAY, null),
        new Quantity(random.nextInt(10), true, null, null, null), null, null, null, List.of(), article,
        List.of(evidence), 0.8, null, "event", null);
  }
}
