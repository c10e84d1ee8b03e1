package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.OneDecisionPerName.Candidate;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/** One name, one decision per article; short all-capitals words are acronyms, not towns. */
class OneDecisionPerNameTest {
  private static final GazetteerEntry TOWN = new GazetteerEntry(EntryKind.CITY, "Mansfield", 7, "USA", "TX", 32f, -97f, 70_000, "PPL");

  private static Candidate candidate(int at, String name, boolean hard, boolean here, boolean loc, boolean other, boolean anchored) {
    Toponym t = new Toponym(new Span(at, at + name.length()), name, List.of(TOWN), null, false);
    return new Candidate(t, hard, here, loc, other, anchored);
  }

  private static List<Integer> starts(List<Candidate> cs) {
    return cs.stream().map(c -> c.toponym().span().start()).toList();
  }

  @Test
  void anAcceptedNameIsAcceptedWhereOnlySoftRulesDroppedIt() {
    List<Candidate> cs = List.of(candidate(0, "Mansfield", true, false, false, false, false),
        candidate(50, "MANSFIELD", true, true, true, false, false),
        candidate(90, "Mansfield", false, false, false, false, false));
    List<Candidate> decided = OneDecisionPerName.decide(cs);
    assertEquals(List.of(0, 50), starts(decided), "the hard-rejected third mention stays out");
    assertTrue(decided.get(0).nerTagged(), "a name tagged as a place once counts as tagged");
  }

  @Test
  void aNameReadMostlyAsAPersonDoesNotSpreadUnlessTheArticleAnchorsIt() {
    List<Candidate> person = List.of(candidate(0, "Culver", true, false, false, true, false),
        candidate(20, "Culver", true, true, true, false, false),
        candidate(40, "Culver", true, false, false, true, false));
    assertEquals(List.of(20), starts(OneDecisionPerName.decide(person)));
    List<Candidate> anchored = List.of(person.get(0), candidate(20, "Culver", true, true, false, false, true), person.get(2));
    assertEquals(List.of(0, 20, 40), starts(OneDecisionPerName.decide(anchored)));
  }

  @Test
  void decisionsKeepOrderAndNeverAdmitAHardRejection() {
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      List<Candidate> cs = new ArrayList<>();
      for (int i = 0; i < random.nextInt(8); i++) {
        boolean hard = random.nextBoolean();
        cs.add(candidate(i * 20, random.nextBoolean() ? "Mansfield" : "Culver", hard, hard && random.nextBoolean(),
            random.nextBoolean(), random.nextBoolean(), random.nextBoolean()));
      }
      List<Candidate> decided = OneDecisionPerName.decide(cs);
      assertTrue(decided.stream().allMatch(Candidate::passesHardFilters));
      List<Integer> starts = starts(decided);
      assertEquals(starts.stream().sorted().toList(), starts);
      long acceptedHere = cs.stream().filter(Candidate::acceptedHere).count();
      assertTrue(decided.size() >= acceptedHere, "no occurrence accepted on its own is lost");
    }
  }

  @Test
  void shortAllCapitalWordsAreAcronymsNotTowns() {
    Gazetteer gaz = Gazetteer.builder()
        .add(new GazetteerEntry(EntryKind.CITY, "Sos", 1, "FRA", "FRA-div", 44f, 0f, 900_000, "PPL"))
        .add(new GazetteerEntry(EntryKind.CITY, "Hama", 2, "SYR", "SYR-div", 35f, 36f, 900_000, "PPLA"))
        .build();
    String text = "The charity SOS said aid reached Hama. Sos and Hama were calm.";
    Article a = new Article("t", null, "t", LocalDate.of(2024, 1, 1), "test", text, "test");
    List<String> found = new PlaceFinder(gaz).find(new AnnotatedArticle(a, List.of()), List.of()).stream()
        .map(m -> m.place().text()).toList();
    assertFalse(found.contains("SOS"), found.toString());
    assertTrue(found.contains("Sos") && found.contains("Hama"), found.toString());
  }
}
