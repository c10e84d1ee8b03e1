package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SentencePrefilterTest {
  private final SentencePrefilter filter = SentencePrefilter.standard();

  @Test
  void inflectedTriggersPassWholeWordsOnly() {
    assertTrue(filter.test("Rebels shelled the town overnight."));
    assertTrue(filter.test("Thousands fled Homs."), "irregular form");
    assertTrue(filter.test("The army SEIZED the airport."), "case-insensitive");
    assertFalse(filter.test("The bus station reopened after the holidays."), "no trigger word");
    assertFalse(filter.test("The company said profits would grow."), "'said' alone is no event");
  }

  @Test
  void classedTriggersNeedTheirNounClass() {
    assertTrue(filter.test("President Ruto said the officers would stay."), "a leader speaking");
    assertTrue(filter.test("Kenya sent 400 police officers to Haiti."));
    assertFalse(filter.test("She sent a letter to the editor."), "sending nothing military");
  }

  @Test
  void anObjectOnlyClassLetsPeopleMovedPass() {
    assertTrue(filter.test("About 600 people have been moved out of Kiseljak."), "people, of the class displaced");
    assertTrue(filter.test("Authorities moved 9,400 residents to Manado."), "the class of an object-only class");
    assertFalse(filter.test("The company moved its offices to Manado."), "moving no people");
  }

  @Test
  void irregularPluralsOfClassNounsLicenseTheirTriggers() {
    assertTrue(filter.test("Militants executed two men in the square."), "men is the plural of man (class person)");
    assertTrue(filter.test("Gunmen abducted three children."), "children");
    assertFalse(filter.test("The board executed the plan."), "executing no one");
  }

  @Test
  void irregularPastFormsAndPactWordsLetTriggersPass() {
    assertTrue(filter.test("3 corpses found in Daraa with marks of torture"), "found: find (class corpse)");
    assertTrue(filter.test("A young man blew himself up in a tea shop"), "blew ... up: blow up");
    assertTrue(filter.test("Protesters threw petrol bombs at the police"), "threw: throw (class explosive)");
    assertFalse(filter.test("She found the keys and blew out the candles."), "found nothing of class corpse or arms, no 'up'");
    assertTrue(filter.test("Hamas and Israeli forces agreed a humanitarian pause in Gaza City."), "agree with a pact word");
    assertTrue(filter.test("Two soldiers paid the supreme price."), "paid: pay, with the phrase's last word");
  }

  @Test
  void aDeathOrKillingPassesOnlyWithPeopleNamed() {
    assertTrue(filter.test("The death of 34 members raises the toll to 66."));
    assertTrue(filter.test("The killing of a journalist in Gaza drew condemnation."));
    assertFalse(filter.test("The death of the high street was greatly exaggerated."), "no people");
  }

  @Test
  void neverThrowsOnRandomText() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(80); j > 0; j--) {
        s.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0x3000)));
      }
      filter.test(s.toString());
    }
    assertFalse(filter.test(null));
  }

  @Test
  void aPhraseNeedsItsLongerWordsAndItsClass() {
    assertTrue(filter.test("Armed men made off with 12 tonnes of food."));
    assertFalse(filter.test("It is hard to make a friend with a decent backyard."), "make ... with, but no 'off'");
    assertTrue(filter.test("Rebels took over the town on Monday."), "take over with a settlement word");
    assertFalse(filter.test("The provost will take over temporarily."), "take over with nothing taken");
  }

  @Test
  void shorthandCountsAsTheWordItStandsFor() {
    assertTrue(filter.test("UPDATE: about 19,000 ppl have left Yellowknife by road."), "ppl are people leaving");
    assertFalse(filter.test("UPDATE: about 19,000 fans have left the stadium by road."), "fans leaving are no displaced class");
  }
}
