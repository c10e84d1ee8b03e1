package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.sitrep.geo.GeoDistance;
import org.junit.jupiter.api.Test;

/**
 * The acceptance criteria of the foundation issue on the seed article (shared/seed), through the
 * real CLI: `sitrep extract --format jsonl --relations`. Skipped where shared/ is absent.
 */
class SeedAcceptanceTest {
  private static final Path SEED = Path.of(System.getProperty("sitrep.shared", "../shared"), "seed", "homs-arabnews-rewrite.txt");
  private static final List<JsonNode> EVENTS = new ArrayList<>();
  private static final List<JsonNode> RELATIONS = new ArrayList<>();
  private static String cleaned;

  @BeforeAll
  static void extract() {
    assumeTrue(Files.exists(SEED), "shared/seed is not here");
    CliRun run = CliRun.of("extract", "--format", "jsonl", "--relations", "--published", "2024-12-06", SEED.toString());
    assertEquals(0, run.exitCode(), run.err());
    for (String line : GoldenExamplesTest.lines(run.out())) {
      JsonNode node = SchemaCheck.parse(line);
      assertEquals(Set.of(), SchemaCheck.errors(node), line);
      ("relation".equals(node.path("kind").asText()) ? RELATIONS : EVENTS).add(node);
    }
    cleaned = CliRun.of("clean", SEED.toString()).out();
  }

  private static List<JsonNode> events(String type, Predicate<JsonNode> where) {
    return EVENTS.stream().filter(e -> e.path("type").asText().equals(type) && where.test(e)).toList();
  }

  private static boolean near(JsonNode place, double lat, double lon, double km) {
    return place != null && !place.isNull() && GeoDistance.km(place.path("lat").asDouble(), place.path("lon").asDouble(), lat, lon) <= km;
  }

  private static boolean actorIs(JsonNode e, String field, String needle) {
    JsonNode a = e.path(field);
    return a.path("name").asText().toLowerCase().contains(needle) || a.path("text").asText().toLowerCase().contains(needle);
  }

  @Test
  void peopleFleeHomsForLatakiaAndTartus() {
    List<JsonNode> found = events("displacement", e -> near(e.path("from"), 34.73, 36.72, 25)
        && e.path("displaced").path("value").asLong() >= 1000 && e.path("status").asText().equals("occurred"));
    assertFalse(found.isEmpty(), "displacement from Homs");
    JsonNode to = found.get(0).path("to");
    assertTrue(hasPlaceNear(to, 35.5317, 35.7901), "to Latakia: " + to);
    assertTrue(hasPlaceNear(to, 34.8890, 35.8866), "to Tartus: " + to);
    assertEquals("SYR", found.get(0).path("from").path("country").asText());
  }

  private static boolean hasPlaceNear(JsonNode places, double lat, double lon) {
    for (JsonNode p : places) {
      if (near(p, lat, lon, 25)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void htsOffensiveAgainstGovernmentForcesSinceNovember27() {
    Predicate<JsonNode> hts = e -> actorIs(e, "actor", "tahrir");
    List<JsonNode> offensive = EVENTS.stream().filter(e -> Set.of("battle", "territory_captured").contains(e.path("type").asText()))
        .filter(hts).toList();
    assertTrue(offensive.stream().anyMatch(e -> e.path("target").path("country").asText().equals("SYR")
        && e.path("target").path("kind").asText().startsWith("state")), "HTS against Syrian government forces");
    assertTrue(offensive.stream().anyMatch(e -> e.path("date").path("value").asText().equals("2024-11-27")), "since November 27");
    assertFalse(events("territory_captured", hts).isEmpty(), "HTS captured key cities");
    assertTrue(offensive.stream().anyMatch(e -> near(e.path("location"), 34.73, 36.72, 25)), "HTS approaching Homs");
  }

  @Test
  void hezbollahDeploysToTheHomsArea() {
    assertFalse(events("deployment", e -> actorIs(e, "actor", "hezbollah") && near(e.path("location"), 34.73, 36.72, 25)).isEmpty());
  }

  @Test
  void daeshAssertsControlInEasternSyria() {
    assertFalse(events("territory_captured", e -> actorIs(e, "actor", "islamic state")
        && e.path("location").path("precision").asText().equals("region")
        && e.path("location").path("country").asText().equals("SYR")).isEmpty());
  }

  @Test
  void golaniStatesHtsGoals() {
    List<JsonNode> statements = events("statement", e -> actorIs(e, "actor", "tahrir") && actorIs(e, "actor", "golani"));
    assertFalse(statements.isEmpty());
    assertTrue(statements.get(0).path("evidence").toString().contains("build Syria"));
  }

  @Test
  void foreignBackersAreRelations() {
    for (String backer : new String[] {"russia", "iran", "hezbollah"}) {
      assertTrue(RELATIONS.stream().anyMatch(r -> backs(r, backer, "syria")), backer + " backs the Syrian government");
    }
    assertTrue(RELATIONS.stream().anyMatch(r -> backs(r, "united states", "kurdish")), "the US backs the Kurdish forces");
  }

  private static boolean backs(JsonNode r, String backer, String backed) {
    String subject = r.path("subject").path("name").asText().toLowerCase();
    String object = r.path("object").path("name").asText().toLowerCase();
    String relation = r.path("relation").asText();
    return relation.equals("backed_by") && subject.contains(backed) && object.contains(backer)
        || relation.equals("supports") && subject.contains(backer) && object.contains(backed);
  }

  @Test
  void nothingFromTheAuthorBioOrCommentFormAndTheSourceIsKept() {
    assertFalse(cleaned.contains("Allegra"), "bio is not in the cleaned text");
    assertFalse(cleaned.contains("Leave a Reply"));
    for (JsonNode e : EVENTS) {
      assertEquals("arabnews.com", e.path("article").path("source").asText());
      for (JsonNode ev : e.path("evidence")) {
        assertTrue(ev.path("end").asInt() <= cleaned.length());
        assertEquals(ev.path("text").asText(), cleaned.substring(ev.path("start").asInt(), ev.path("end").asInt()), "evidence offsets");
      }
    }
  }
}
