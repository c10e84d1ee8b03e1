package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;

/** The finder over the seed article in ../shared (skipped when it is absent). */
class SeedArticleTest {
  private static String seed() throws IOException {
    String shared = System.getProperty("sitrep.shared");
    Path p = shared == null ? null : Path.of(shared, "seed", "homs-arabnews-rewrite.txt");
    assumeTrue(p != null && Files.isRegularFile(p), "no shared seed article");
    return Files.readString(p);
  }

  @Test
  void everyHtsSpellingIsOneActorAndForcesAreSyrian() throws IOException {
    String text = seed();
    List<ActorMention> mentions = ActorFinder.standard().find(Articles.of(text), "SYR");
    long hts = mentions.stream().filter(m -> m.actor().text().startsWith("HTS")).count();
    assertTrue(hts >= 5, "HTS mentions: " + hts);
    assertTrue(mentions.stream().filter(m -> m.actor().text().contains("HTS") || m.actor().text().contains("Tahrir"))
        .allMatch(m -> "hts".equals(m.actor().id())));
    assertTrue(mentions.stream().filter(m -> m.actor().text().endsWith("Assad’s forces"))
        .allMatch(m -> m.actor().kind() == ActorKind.STATE_MILITARY && "SYR".equals(m.actor().country())));
    assertTrue(mentions.stream().anyMatch(m -> "Daesh".equals(m.actor().text()) && "islamic-state".equals(m.actor().id())));
    for (ActorMention m : mentions) {
      assertEquals(text.substring(m.span().start(), m.span().end()), m.actor().text());
    }
  }
}
