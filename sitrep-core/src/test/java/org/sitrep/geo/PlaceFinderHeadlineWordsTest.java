package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Against the real GeoNames build: a name written with a lowercase Arabic article ("al-Bab") and a
 * town name the tagger reads as a common word ("Car bomb kills 5").
 */
class PlaceFinderHeadlineWordsTest {
  private static final PlaceFinder FINDER = PlaceFinder.standard();

  private static List<PlaceMention> find(String text) {
    return find(text, List.of());
  }

  private static List<PlaceMention> find(String text, List<Sentence> sentences) {
    Article a = new Article("t", null, "t", LocalDate.of(2024, 11, 26), "test", text, "test");
    return FINDER.find(new AnnotatedArticle(a, sentences), List.of());
  }

  /** A parsed sentence from "word/TAG" or "word/TAG/NER" items joined by spaces, without dependencies. */
  private static Sentence tagged(String spec) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String item : spec.split(" ")) {
      String[] p = item.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(p[0]);
      tokens.add(new Token(tokens.size(), start, text.length(), p[0], p[0].toLowerCase(), p[1], p.length > 2 ? p[2] : "O", null));
    }
    return new Sentence(0, 0, text.length(), text.toString(), tokens, List.of(), true);
  }

  private static List<String> texts(Sentence s) {
    return find(s.text(), List.of(s)).stream().map(m -> m.place().text()).toList();
  }

  @Test
  void aTownNamedAsWhereSomeoneLivesIsAPlaceThoughTaggedAsAPerson() {
    assertEquals(List.of("Nabatieh"), texts(tagged("A/DT resident/NN of/IN Nabatieh/NNP/PERSON posted/VBD a/DT message/NN")));
    assertEquals(List.of("Nabatieh"), texts(tagged("Residents/NNS of/IN Nabatieh/NNP/PERSON said/VBD")));
    assertEquals(List.of(), texts(tagged("A/DT friend/NN of/IN Nabatieh/NNP/PERSON posted/VBD a/DT message/NN")));
  }

  @Test
  void lowercaseArticleJoinedToACapitalisedNameStartsAName() {
    String text = "3 families killed in a massacre in al-Bab city.";
    assertTrue(ToponymScanner.capitalised(text, new Span(35, 41)), text.substring(35, 41));
    assertTrue(ToponymScanner.capitalised("ad-Dana", new Span(0, 7)));
  }

  @Test
  void lowercaseNamePartOrOtherPrefixDoesNotStartAName() {
    assertFalse(ToponymScanner.capitalised("al-bab", new Span(0, 6)));
    assertFalse(ToponymScanner.capitalised("pro-Assad", new Span(0, 9)), "'pro' is no Arabic article");
    assertFalse(ToponymScanner.capitalised("bab", new Span(0, 3)));
  }

  @Test
  void alBabIsFoundAndResolvedToSyria() {
    List<PlaceMention> ms = find("3 families killed in a massacre in al-Bab city.");
    assertEquals(1, ms.size(), ms.toString());
    Place p = ms.get(0).place();
    assertEquals("al-Bab", p.text());
    assertEquals("SYR", p.country());
  }

  @Test
  void lowercaseWordsAreNotTaken() {
    assertEquals(List.of(), find("3 families killed in a massacre in al-bab city."));
    assertEquals(List.of(), find("3 families killed in a massacre in bab city."));
  }

  @Test
  void townNameTaggedAsACommonNounIsNotAPlace() {
    List<String> found = texts(tagged("Car/NN bomb/NN kills/VBZ 5/CD in/IN Homs/NNP ./."));
    assertEquals(List.of("Homs"), found);
  }

  @Test
  void sameTownNameTaggedAsAProperNounIsStillAPlace() {
    List<PlaceMention> ms = find("Car bomb kills 5 in Homs .", List.of(tagged("Car/NNP bomb/NN kills/VBZ 5/CD in/IN Homs/NNP ./.")));
    assertEquals(List.of("Car", "Homs"), ms.stream().map(m -> m.place().text()).toList());
    assertEquals("CHN", ms.get(0).place().country(), "the gazetteer's only Car is a town in Tibet");
  }

  @Test
  void commonNounThatNerTagsLocationIsStillAPlace() {
    assertEquals(List.of("Car", "Homs"), texts(tagged("Car/NN/LOCATION bomb/NN kills/VBZ 5/CD in/IN Homs/NNP ./.")));
  }

  @Test
  void aCountryNameBeforeADollarSignIsACurrency() {
    assertEquals(List.of("Hanoi"), texts(tagged("It/PRP will/MD cost/VB US$58/CD million/CD in/IN Hanoi/NNP/LOCATION")));
    assertEquals(List.of("US", "Hanoi"), texts(tagged("US/NNP/LOCATION aid/NN reached/VBD Hanoi/NNP/LOCATION")));
  }

  @Test
  void aLocativeCueReachesPastTheDeterminer() {
    // NER reads "DRC" as an organisation; "in the DRC" is a place all the same
    assertEquals(List.of("DRC"), texts(tagged("Deaths/NNS rose/VBD in/IN the/DT DRC/NNP/ORGANIZATION")));
    assertEquals(List.of(), texts(tagged("Deaths/NNS rose/VBD said/VBD the/DT DRC/NNP/ORGANIZATION")));
  }

  @Test
  void aNameListedWithAcceptedPlacesIsAPlaceToo() {
    // NER reads "Salamiyah" as a person; listed with Homs and Hama it is the Syrian town
    List<String> listed = texts(tagged("Shelling/NN hit/VBD Homs/NNP/LOCATION ,/, Hama/NNP/LOCATION and/CC Salamiyah/NNP/PERSON"));
    assertEquals(List.of("Homs", "Hama", "Salamiyah"), listed);
    List<String> alone = texts(tagged("Shelling/NN hit/VBD Homs/NNP/LOCATION while/IN Salamiyah/NNP/PERSON spoke/VBD"));
    assertEquals(List.of("Homs"), alone, "not in a list: NER's reading stands");
  }

  @Test
  void aDivisionNamedAfterItsDivisionWordIsAPlaceWhateverNerSays() {
    assertEquals(List.of("Ohio"),
        texts(tagged("registered/VBN with/IN the/DT State/NNP/ORGANIZATION of/IN/ORGANIZATION Ohio/NNP/ORGANIZATION")));
    assertEquals(List.of(), texts(tagged("registered/VBN with/IN the/DT Bank/NNP/ORGANIZATION of/IN/ORGANIZATION Ohio/NNP/ORGANIZATION")),
        "a bank is no division word");
  }

  @Test
  void anAreaNounAndOfMarkANameAsAPlace() {
    // NER reads "Deir Ezzor" as a person; "the countryside of" says it is a place
    assertEquals(List.of("Deir Ezzor"),
        texts(tagged("Clashes/NNS in/IN the/DT countryside/NN of/IN Deir/NNP/PERSON Ezzor/NNP/PERSON")));
    assertEquals(List.of("Raqqa"), texts(tagged("Airstrikes/NNS east/RB of/IN Raqqa/NNP/PERSON")));
    assertEquals(List.of(), texts(tagged("The/DT friends/NNS of/IN Deir/NNP/PERSON Ezzor/NNP/PERSON met/VBD")),
        "'of' after a word that names no area says nothing");
  }

  @Test
  void aLocalGovernmentWordAndOfMarkANameAsAPlace() {
    // NER reads "Benue State" inside a local-government phrase as an organisation
    assertEquals(List.of("Benue State"),
        texts(tagged("Houses/NNS burned/VBD in/IN Tse-Ako/NNP community/NN of/IN Benue/NNP/ORGANIZATION State/NNP/ORGANIZATION")));
  }

  @Test
  void theTailOfALongerNameIsNoPlace() {
    List<String> found = find("Clashes renewed in Jobar and Ein Tarma, east of Damascus, and work began on Clinton Street.")
        .stream().map(m -> m.place().text()).toList();
    assertEquals(List.of("Damascus"), found, "no Tarma (Peru) for Ein Tarma, no Street (England) for Clinton Street");
    List<String> kept = find("Protests spread in Greater London and Downtown Cairo. In Aleppo, shelling resumed.")
        .stream().map(m -> m.place().text()).toList();
    assertEquals(List.of("London", "Cairo", "Aleppo"), kept, "modifiers and a sentence's first word are no name parts");
  }

  @Test
  void inTitleCaseEveryWordIsCapitalisedSoNoneMakesATail() {
    List<String> found = find("Rebels Enter Aleppo After Fierce Clashes").stream().map(m -> m.place().text()).toList();
    assertEquals(List.of("Aleppo"), found);
  }
}
