package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.dedup.Shingles;

class GenerateCorpusTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Near-duplicate rewrites keep Jaccard >= 0.5 from this length; shorter texts may fall below. */
  private static final int MIN_WORDS_FOR_NEAR = 40;
  private static GenerateVocabulary vocabulary;
  private static GenerateSources sources;

  @BeforeAll
  static void load() {
    vocabulary = GenerateVocabulary.load();
    sources = GenerateSources.load(EXAMPLES);
  }

  private static String corpus(long count, long seed) throws IOException {
    assumeTrue(Files.isDirectory(EXAMPLES), "examples folder not found");
    StringWriter out = new StringWriter();
    new GenerateCorpus(sources, vocabulary, seed).write(count, out);
    return out.toString();
  }

  @Test
  void sameSeedSameCorpusOtherSeedOther() throws IOException {
    assertEquals(corpus(300, 5), corpus(300, 5));
    assertNotEquals(corpus(300, 5), corpus(300, 6));
  }

  @Test
  void everyRecordIsReadableWithUniqueIdAndUrlAndADateInTheYear() throws IOException {
    List<String> lines = corpus(1500, 11).lines().toList();
    assertEquals(1500, lines.size());
    Set<String> ids = new HashSet<>();
    Set<String> urls = new HashSet<>();
    LocalDate last = GenerateCorpus.FIRST_DAY.plusDays(GenerateCorpus.DAYS - 1);
    for (String line : lines) {
      JsonNode record = JSON.readTree(line);
      assertTrue(ids.add(record.path("id").asText()), "duplicate id");
      assertTrue(urls.add(record.path("url").asText()), "duplicate url");
      LocalDate published = LocalDate.parse(record.path("published").asText());
      assertFalse(published.isBefore(GenerateCorpus.FIRST_DAY) || published.isAfter(last), published.toString());
      assertFalse(record.path("text").asText().isBlank());
    }
  }

  @Test
  void aboutOneArticleInTwentyIsAnExactDuplicateText() throws IOException {
    List<String> texts = corpus(4000, 3).lines().map(l -> readText(l)).toList();
    long repeats = texts.size() - new HashSet<>(texts).size();
    // 5% drawn; rare accidental repeats of short recombinations may add a few
    assertTrue(repeats > 4000 * 0.03 && repeats < 4000 * 0.08, "exact repeats: " + repeats);
  }

  @Test
  void slotsFindActorPlaceDateAndCountButNotTheYear() {
    String text = "Fighters of the Rapid Support Forces attacked Omdurman on Dec 5, 2024, killing 1,200 people.";
    List<GenerateSlots.Kind> kinds = new GenerateSlots(vocabulary).find(text).stream().map(GenerateSlots.Slot::kind).toList();
    assertEquals(List.of(GenerateSlots.Kind.ACTOR, GenerateSlots.Kind.PLACE, GenerateSlots.Kind.DATE,
        GenerateSlots.Kind.NUMBER), kinds);
  }

  @Test
  void refilledCountsStayWithinHalfToTwiceAndTextOutsideSlotsIsKept() {
    GenerateSlots slots = new GenerateSlots(vocabulary);
    GenerateRewrite rewrite = new GenerateRewrite(vocabulary);
    Random random = new Random(42);
    for (int n = 0; n < 200; n++) {
      long original = 2 + random.nextInt(100_000);
      String text = "Officials said " + original + " people were displaced.";
      String filled = rewrite.fill(text, slots.find(text), random, LocalDate.of(2024, 6, 1), new HashMap<>());
      assertTrue(filled.startsWith("Officials said ") && filled.endsWith(" people were displaced."), filled);
      long value = GenerateRewrite.parseCount(filled.replaceAll("[^0-9,]", ""));
      assertTrue(value >= Math.max(2, original / 2) && value <= original * 2, original + " -> " + value);
    }
  }

  @Test
  void nearDuplicatesDifferButShareMostShingles() {
    Random random = new Random(9);
    for (int n = 0; n < 100; n++) {
      String text = sources.conflict.get(random.nextInt(sources.conflict.size()));
      if (text.split(" ").length < MIN_WORDS_FOR_NEAR) {
        continue; // one dropped word breaks up to five of a short text's few five-word runs
      }
      String rewritten = GenerateRewrite.nearDuplicate(text, random);
      assertNotEquals(text, rewritten);
      assertTrue(jaccard(Shingles.of(text, 5), Shingles.of(rewritten, 5)) >= 0.5, rewritten);
    }
  }

  private static double jaccard(Set<Long> a, Set<Long> b) {
    Set<Long> union = new HashSet<>(a);
    union.addAll(b);
    Set<Long> both = new HashSet<>(a);
    both.retainAll(b);
    return union.isEmpty() ? 1 : (double) both.size() / union.size();
  }

  private static String readText(String line) {
    try {
      return JSON.readTree(line).path("text").asText();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
