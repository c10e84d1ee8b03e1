package org.sitrep.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Quantity;

class QuantityParserTest {
  private final QuantityParser parser = new QuantityParser();

  private Quantity only(String sentence) {
    List<QuantityMention> found = parser.find(sentence, 0);
    assertEquals(1, found.size(), () -> sentence + " -> " + found);
    return found.get(0).q();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1,200 people were killed|1200|1,200",
      "12 soldiers died|12|12",
      "1.5 million people fled|1500000|1.5 million",
      "twelve civilians|12|twelve",
      "thirty-five fighters|35|thirty-five",
      "two hundred families|200|two hundred",
      "two hundred and fifty homes|250|two hundred and fifty",
      "a dozen bodies|12|a dozen",
      "a million refugees|1000000|a million",
      "two dozen houses|24|two dozen",
      "one thousand two hundred troops|1200|one thousand two hundred"})
  void exactCounts(String sentence, long value, String text) {
    Quantity q = only(sentence);
    assertEquals(value, q.value());
    assertTrue(q.exact());
    assertEquals(text, q.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10 to 15 were wounded|10|15|10 to 15",
      "10-15 were wounded|10|15|10-15",
      "between 10 and 15 were wounded|10|15|between 10 and 15",
      "twenty or thirty died|20|30|twenty or thirty",
      "between six and seven thousand came|6000|7000|between six and seven thousand",
      "2 to 3 million fled|2000000|3000000|2 to 3 million",
      "between 50 and 2,000 fled|50|2000|between 50 and 2,000",
      "between 0 and 5 were hurt|0|5|between 0 and 5"})
  void ranges(String sentence, long low, long high, String text) {
    Quantity q = only(sentence);
    assertEquals(low, q.value());
    assertEquals(low, q.low());
    assertEquals(high, q.high());
    assertFalse(q.exact());
    assertEquals(text, q.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "at least 20 killed|20|20",
      "more than 100 fled|100|100",
      "over 100 fled|100|100"})
  void lowerBounds(String sentence, long value, long low) {
    Quantity q = only(sentence);
    assertEquals(value, q.value());
    assertEquals(low, q.low());
    assertFalse(q.exact());
  }

  @ParameterizedTest
  @ValueSource(strings = {"about 50 dead", "nearly 50 dead", "around 50 dead", "some 50 dead"})
  void hedgesAreNotExact(String sentence) {
    Quantity q = only(sentence);
    assertEquals(50, q.value());
    assertFalse(q.exact());
    assertTrue(q.text().endsWith("50") && q.text().contains(" "), q.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "several people|3|several", "a few people|3|a few", "dozens of people|12|dozens",
      "tens of people|10|tens", "scores of people|20|scores", "hundreds of people|100|hundreds",
      "Thousands flee|1000|Thousands", "tens of thousands fled|10000|tens of thousands",
      "hundreds of thousands fled|100000|hundreds of thousands",
      "half a million people were displaced|500000|half a million", "a quarter of a million fled|250000|quarter of a million"})
  void vagueQuantities(String sentence, long value, String text) {
    Quantity q = only(sentence);
    assertEquals(value, q.value());
    assertFalse(q.exact());
    assertEquals(text, q.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "It happened in 2024.", "Fighting began in 2011", "since November 27 the group advanced",
      "on 27 November fighting resumed", "on Dec. 5 it ended", "a 27-year-old man", "a five-year-old girl",
      "at 10:30 the shelling began", "the second attack", "the 27th brigade", "inflation of 12%",
      "12 percent of homes", "a $5 million fund", "5 million dollars", "one of the fighters",
      "at least one of the fighters", "no one was hurt", "the war began 13 years ago", "2024-12-05"})
  void notCounts(String sentence) {
    assertEquals(List.of(), parser.find(sentence, 0), sentence);
  }

  @Test
  void spansAreOffsetIntoTheArticle() {
    String sentence = "Officials said 300 people fled.";
    List<QuantityMention> found = parser.find(sentence, 1000);
    assertEquals(1, found.size());
    int start = found.get(0).span().start() - 1000;
    assertEquals("300", sentence.substring(start, found.get(0).span().end() - 1000));
  }

  @Test
  void findsEveryCountInASentence() {
    List<QuantityMention> found = parser.find("12 killed and at least 30 wounded, 5,000 displaced", 0);
    assertEquals(List.of(12L, 30L, 5000L), found.stream().map(m -> m.q().value()).toList());
  }

  @Test
  void parseReadsAPhraseOrNothing() {
    assertEquals(20, parser.parse("at least 20").orElseThrow().value());
    assertTrue(parser.parse("no numbers here").isEmpty());
    assertTrue(parser.parse("").isEmpty());
  }
}
