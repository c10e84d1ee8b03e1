package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;

class GoldReaderTest {
  static final String GOOD = "{\"article_id\":\"a\",\"n\":\"1\",\"type\":\"battle\",\"status\":\"claimed\","
      + "\"alt_statuses\":[\"occurred\"],\"actor\":{\"name\":\"Hezbollah\",\"kind\":\"militia\",\"country\":\"LBN\"},"
      + "\"place\":{\"name\":\"Aitaroun\",\"country\":\"LBN\",\"aliases\":[\"Aytarun\"]},\"date\":\"2024-10-11\","
      + "\"fatalities\":null,\"sentence\":\"Hezbollah said it clashed.\",\"extra_sentences\":[\"More.\"],\"optional\":false}";

  @Test
  void readsEveryField() throws IOException {
    GoldEvent g = GoldReader.parse(GOOD);
    assertEquals(EventType.BATTLE, g.type());
    assertTrue(g.allowsStatus(EventStatus.OCCURRED));
    assertEquals(ActorKind.MILITIA, g.actor().kind());
    assertEquals(List.of("Aitaroun", "Aytarun"), g.place().names());
    assertEquals(List.of("Hezbollah said it clashed.", "More."), g.sentences());
    assertEquals(null, g.fatalities());
  }

  @Test
  void badLinesBecomeProblemsNotExceptions() throws IOException {
    List<String> problems = new ArrayList<>();
    String text = GOOD + "\n{not json\n{\"article_id\":\"a\",\"type\":\"battle\"}\n"
        + GOOD.replace("\"battle\"", "\"skirmish\"") + "\n" + GOOD.replace("\"a\"", "\"b\"") + "\n";
    List<GoldEvent> events = new GoldReader().read(new StringReader(text), "a", problems);
    assertEquals(2, events.size(), "the good line and the one with another article id");
    assertEquals(4, problems.size(), problems.toString());
  }

  @Test
  void directoryGivesOneArticlePerFileIncludingEmptyOnes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), GOOD + "\n");
    Files.writeString(dir.resolve("quiet.jsonl"), "");
    Files.writeString(dir.resolve("notes.md"), "ignored");
    GoldSet set = new GoldReader().readDir(dir);
    assertEquals(List.of("a", "quiet"), List.copyOf(set.byArticle().keySet()));
    assertTrue(set.covers("quiet"));
    assertTrue(set.problems().isEmpty(), set.problems().toString());
  }

  @Test
  void missingDirectoryIsAProblem(@TempDir Path dir) {
    GoldSet set = new GoldReader().readDir(dir.resolve("nowhere"));
    assertEquals(1, set.problems().size());
  }
}
