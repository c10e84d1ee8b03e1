package org.sitrep.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** One class on purpose: the models load once (20-40 s) and every test shares them. */
class CoreNlpAnnotatorTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 12, 6);
  /** The seed sentences mentioning "situation" are left out to check the unparsed path. */
  private static final Predicate<String> SKIP_SITUATION = s -> !s.contains("situation");
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
  private static String seed;
  private static List<Sentence> sentences;

  @BeforeAll
  static void annotateSeed() throws IOException {
    String shared = System.getProperty("sitrep.shared");
    Path file = shared == null ? null : Path.of(shared, "seed", "homs-arabnews-rewrite.txt");
    if (file != null && Files.isRegularFile(file)) {
      seed = Files.readString(file);
      sentences = ANNOTATOR.annotate(seed, PUBLISHED, SKIP_SITUATION);
    }
  }

  private static void assumeSeed() {
    Assumptions.assumeTrue(sentences != null, "shared seed article not found");
  }

  @Test
  void placesAndArmedGroupsGetTheRightCoarseTags() {
    assumeSeed();
    List<Token> parsedTokens = sentences.stream().filter(Sentence::parsed)
        .flatMap(s -> s.tokens().stream()).toList();
    List<Token> homs = parsedTokens.stream().filter(t -> t.word().equals("Homs")).toList();
    List<Token> hts = parsedTokens.stream().filter(t -> t.word().equals("HTS")).toList();
    assertFalse(homs.isEmpty());
    assertFalse(hts.isEmpty());
    homs.forEach(t -> assertTrue(List.of("LOCATION", "CITY").contains(t.ner()), t.toString()));
    hts.forEach(t -> assertEquals("ORGANIZATION", t.ner(), t.toString()));
  }

  @Test
  void datesAreNormalisedAgainstThePublicationDate() {
    assumeSeed();
    Sentence since = sentenceContaining("since November 27");
    String expected = LocalDate.of(PUBLISHED.getYear(), 11, 27).toString();
    assertTrue(since.tokens().stream().anyMatch(t -> t.word().equals("27") && expected.equals(t.normalized())),
        since.tokens().toString());
  }

  @Test
  void dependenciesLinkTheVerbToItsArguments() {
    assumeSeed();
    Sentence flee = sentenceContaining("Thousands flee the central Syrian city of Homs");
    int verb = indexOf(flee, "flee");
    assertTrue(flee.dependencies().contains(new Dependency("nsubj", verb, indexOf(flee, "Thousands"))));
    assertTrue(flee.dependencies().stream().anyMatch(d -> d.governor() == verb
        && d.dependent() == indexOf(flee, "city") && d.relation().matches("obj|obl(:.*)?")),
        flee.dependencies().toString());
    assertEquals(1, flee.dependencies().stream().filter(d -> d.governor() == -1).count());
  }

  @Test
  void unselectedSentencesHaveTokensButNoParse() {
    assumeSeed();
    for (Sentence s : sentences) {
      assertEquals(SKIP_SITUATION.test(s.text()), s.parsed(), s.text());
      if (!s.parsed()) {
        assertTrue(s.dependencies().isEmpty());
        assertFalse(s.tokens().isEmpty());
        assertTrue(s.tokens().stream().allMatch(t -> t.ner() == null));
      }
    }
    assertTrue(sentences.stream().anyMatch(s -> !s.parsed()));
  }

  @Test
  void seedOffsetsPointAtTheOriginalText() {
    assumeSeed();
    assertOffsetInvariants(seed, sentences);
    assertTrue(sentences.stream().flatMap(s -> s.tokens().stream()).anyMatch(t -> t.word().contains("’")));
  }

  @Test
  void sharedPipelinesGiveTheSameResultOnConcurrentThreads() throws Exception {
    assumeSeed();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<List<Sentence>> task = () -> new CoreNlpAnnotator().annotate(seed, PUBLISHED, SKIP_SITUATION);
      for (Future<List<Sentence>> result : pool.invokeAll(List.of(task, task))) {
        assertEquals(sentences, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLiveBlogStampIsASentenceOfItsOwnAndTheEntryParsesWithoutIt() {
    String text = "03:15 IST — Authorities say 2,300 families have moved to relief camps. 06:40 — Rainfall has eased.";
    List<Sentence> result = ANNOTATOR.annotate(text, PUBLISHED, s -> true);
    assertOffsetInvariants(text, result);
    assertEquals(List.of("03:15 IST —", "Authorities say 2,300 families have moved to relief camps.", "06:40 —",
        "Rainfall has eased."), result.stream().map(Sentence::text).toList());
    Sentence entry = result.get(1);
    int moved = entry.tokens().stream().filter(t -> t.word().equals("moved")).findFirst().orElseThrow().index();
    int families = entry.tokens().stream().filter(t -> t.word().equals("families")).findFirst().orElseThrow().index();
    assertTrue(entry.dependencies().stream().anyMatch(d -> d.governor() == moved && d.dependent() == families
        && d.relation().startsWith("nsubj")), entry.dependencies().toString());
  }

  @Test
  void randomTextsKeepOffsetInvariants() {
    Random random = new Random(20241206);
    String[] pieces = {"Homs", "(HTS)", "[1]", "08:15 GMT — ", "Update 11:40: ", "“build Syria”", "Assad’s", "can't", " ", "  ", "\n", "\n\n",
        "U.S.", "...", "-", "—", "é", "\u00a0", "😀", "12,000", "Nov. 27", ".", "!", "?", "\"", "'", "\t"};
    for (int round = 0; round < 12; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String input = text.toString();
      List<Sentence> result = ANNOTATOR.annotate(input, round % 2 == 0 ? PUBLISHED : null,
          s -> s.length() % 3 == 0);
      assertOffsetInvariants(input, result);
    }
    assertTrue(ANNOTATOR.annotate("   \n ", PUBLISHED, s -> true).isEmpty());
  }

  private static void assertOffsetInvariants(String text, List<Sentence> result) {
    int previousEnd = 0;
    for (int i = 0; i < result.size(); i++) {
      Sentence s = result.get(i);
      assertEquals(i, s.index());
      assertEquals(text.substring(s.start(), s.end()), s.text());
      assertTrue(s.start() >= previousEnd, "sentences overlap");
      previousEnd = s.end();
      for (int t = 0; t < s.tokens().size(); t++) {
        Token token = s.tokens().get(t);
        assertEquals(t, token.index());
        assertEquals(text.substring(token.start(), token.end()), token.word());
        assertTrue(token.start() >= s.start() && token.end() <= s.end(), token.toString());
      }
      for (Dependency d : s.dependencies()) {
        assertTrue(d.governor() >= -1 && d.governor() < s.tokens().size(), d.toString());
        assertTrue(d.dependent() >= 0 && d.dependent() < s.tokens().size(), d.toString());
        assertNotEquals("", d.relation());
      }
    }
  }

  private static Sentence sentenceContaining(String fragment) {
    return sentences.stream().filter(s -> s.text().contains(fragment)).findFirst().orElseThrow();
  }

  private static int indexOf(Sentence sentence, String word) {
    return sentence.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
  }

  @Test
  void headlineVerbsReadAsNounsAreParsedAsVerbs() {
    Sentence headline = ANNOTATOR.annotate("Syrian warplanes bomb Aleppo.", PUBLISHED, s -> true).get(0);
    int verb = indexOf(headline, "bomb");
    assertEquals("VBP", headline.tokens().get(verb).pos());
    assertTrue(headline.dependencies().contains(new Dependency("nsubj", verb, indexOf(headline, "warplanes"))),
        headline.dependencies().toString());
    assertTrue(headline.dependencies().contains(new Dependency("obj", verb, indexOf(headline, "Aleppo"))),
        headline.dependencies().toString());
  }

  @Test
  void geoparsingVariantTagsEverySentenceWithoutParsing() {
    assumeSeed();
    List<Sentence> tagged = CoreNlpAnnotator.forGeoparsing().annotate(seed, PUBLISHED, s -> false);
    assertEquals(sentences.size(), tagged.size());
    tagged.forEach(s -> assertTrue(s.parsed(), s.text()));
    tagged.forEach(s -> assertTrue(s.dependencies().isEmpty(), s.text()));
    List<Token> homs = tagged.stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.word().equals("Homs")).toList();
    assertFalse(homs.isEmpty());
    homs.forEach(t -> assertTrue(List.of("LOCATION", "CITY").contains(t.ner()), t.toString()));
  }
}
