package org.sitrep.actor.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.actor.ActorDictionary;
import org.sitrep.actor.ActorEntry;
import org.sitrep.actor.ActorFinder;
import org.sitrep.actor.ActorMention;
import org.sitrep.actor.UserActors;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;

class PetrarchImportTest {
  private final PetrarchImport.Result result = PetrarchImport.convert(Fixture.read(), Fixture.NAME, CameoKinds.standard());

  private ActorEntry entry(String id) {
    return result.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  @Test
  void mapsNamesSynonymsKindAndCountry() {
    ActorEntry zlf = entry("zanzibar-liberation-front");
    assertEquals("Zanzibar Liberation Front", zlf.name());
    assertEquals(List.of("Zanzibar Front"), zlf.aliases());
    assertEquals(List.of("ZLF"), zlf.acronyms());
    assertEquals(ActorKind.REBEL, zlf.kind());
    assertEquals("ZZZ", zlf.country());
    assertEquals(ActorKind.TERRORIST_GROUP, entry("al-qaeda").kind());
    assertEquals(ActorKind.INTERNATIONAL_ORG, entry("united-nations").kind());
  }

  @Test
  void datedCodesBecomeDatedKinds() {
    ActorEntry mbeki = entry("kofi-mbeki");
    assertEquals(ActorKind.GOVERNMENT, mbeki.kindOn(LocalDate.of(2012, 5, 1)));
    assertEquals(ActorKind.UNKNOWN, mbeki.kindOn(LocalDate.of(2005, 5, 1)));
    assertTrue(mbeki.affiliations().stream().anyMatch(a -> a.relation().equals("cameo") && a.target().equals("ZZZGOV")));
  }

  @Test
  void reportsSkippedRecordsAndReaderErrors() {
    assertTrue(result.entries().stream().noneMatch(e -> e.id().startsWith("null-coded")));
    List<String> skipped = result.skipped();
    assertTrue(skipped.stream().anyMatch(s -> s.startsWith("fixture.actors line 22: NULL CODED THING")), skipped.toString());
    assertTrue(skipped.stream().anyMatch(s -> s.startsWith("fixture.actors line 20: unbalanced")), skipped.toString());
    assertTrue(skipped.stream().anyMatch(s -> s.contains("3 agent line(s)")), skipped.toString());
  }

  @Test
  void writtenTsvReadsBackToTheSameEntries(@TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();
    ActorTsvWriter.write(result.entries(), List.of("imported from " + Fixture.NAME), out);
    Path tsv = dir.resolve("user-actors.tsv");
    Files.writeString(tsv, out.toString());
    UserActors back = UserActors.read(tsv);
    assertEquals(List.of(), back.errors());
    assertEquals(result.entries(), back.entries());
  }

  @Test
  void petrarchFileIsDetectedAndItsActorsAreFound(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("custom.actors");
    Files.write(file, Fixture.lines());
    UserActors user = UserActors.read(file);
    assertEquals(result.entries().size(), user.entries().size());
    ActorFinder finder = new ActorFinder(ActorDictionary.withUserActors(user.entries()));
    String text = "Fighters of the Zanzibar Liberation Front (ZLF) clashed with Hayat Tahrir al-Sham.";
    Article a = new Article("u1", null, null, LocalDate.of(2024, 12, 6), null, text, "test");
    List<String> ids = finder.find(new AnnotatedArticle(a, List.of()), null).stream()
        .map(ActorMention::actor).map(x -> x.id()).toList();
    assertTrue(ids.contains("zanzibar-liberation-front"), ids.toString());
    assertTrue(ids.contains("hts"), "the bundled dictionary still answers: " + ids);
  }

  @Test
  void userRowReplacesTheBundledRowOfTheSameId() {
    ActorEntry mine = new ActorEntry("hts", "HTS as I code it", List.of(), List.of(), ActorKind.MILITIA, "SYR", List.of(), "test");
    ActorDictionary d = ActorDictionary.withUserActors(List.of(mine));
    assertEquals(ActorKind.MILITIA, d.entry("hts").orElseThrow().kind());
    assertEquals(List.of(), d.errors());
  }
}
