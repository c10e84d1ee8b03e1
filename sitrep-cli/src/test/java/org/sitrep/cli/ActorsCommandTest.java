package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sitrep actors import` then `sitrep extract --actors`: an actor known only to the user's file is found. */
class ActorsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DICTIONARY = List.of(
      "# a made-up actor in PETRARCH format",
      "ZANZIBAR_LIBERATION_FRONT_  [ZZZREB]",
      "+ZLF_",
      "KOFI_MBEKI_",
      "\t[ZZZGOV 20090120-20170120]",
      "BROKEN_ [ZZZGOV");
  private static final String ARTICLE = "Front seizes Kilwa\n\nKILWA, Tanzania — The Zanzibar Liberation Front seized "
      + "the town of Kilwa from the Tanzanian army on Monday, a spokesman said.\n";

  private static List<String> actorIds(String jsonl) {
    return jsonl.lines().filter(l -> !l.isBlank()).map(l -> {
      try {
        return JSON.readTree(l).path("actor").path("id").asText();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  @Test
  void importedActorIsFoundInExtractedEvents(@TempDir Path dir) throws IOException {
    Path dictionary = Files.write(dir.resolve("mine.actors"), DICTIONARY);
    Path tsv = dir.resolve("mine.tsv");
    CliRun imported = CliRun.of("actors", "import", "--format", "petrarch", dictionary.toString(), "-o", tsv.toString());
    assertEquals(0, imported.exitCode(), imported.err());
    assertTrue(imported.err().contains("mine.actors line 6: unbalanced"), imported.err());
    assertTrue(Files.readString(tsv).contains("zanzibar-liberation-front\tZanzibar Liberation Front\t\tZLF\trebel\tZZZ\t"));
    assertTrue(Files.readString(tsv).contains("kind=government@2009-01-20..2017-01-20"), "dated role kept");

    Path article = Files.writeString(dir.resolve("kilwa.txt"), ARTICLE);
    CliRun with = CliRun.of("extract", "--actors", tsv.toString(), "--published", "2024-12-06", article.toString());
    assertEquals(0, with.exitCode(), with.err());
    assertTrue(actorIds(with.out()).contains("zanzibar-liberation-front"), with.out());

    CliRun direct = CliRun.of("extract", "--actors", dictionary.toString(), "--published", "2024-12-06", article.toString());
    assertTrue(actorIds(direct.out()).contains("zanzibar-liberation-front"), "PETRARCH file taken as is: " + direct.out());

    CliRun without = CliRun.of("extract", "--published", "2024-12-06", article.toString());
    assertFalse(actorIds(without.out()).contains("zanzibar-liberation-front"), without.out());
  }
}
