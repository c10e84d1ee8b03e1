package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** Which event of a sentence a casualty's count joins, and protest words split by the tokenizer. */
class CasualtyHostTest {
  @Test
  void aParticipleLeftLooseByTheParserCountsForTheVerbItHangsOnNotTheNearerNoun() {
    // "Gunmen opened fire on a bar in the port city of Esmeraldas late on Saturday, killing two,
    // police said, linking the attack to a feud": "attack" is nearer to "killing" than "opened"
    String words = "Gunmen/gunman/NNS opened/open/VBD fire/fire/NN on/on/IN a/a/DT bar/bar/NN in/in/IN the/the/DT port/port/NN "
        + "city/city/NN of/of/IN Esmeraldas/Esmeraldas/NNP late/late/RB on/on/IN Saturday/Saturday/NNP ,/,/, killing/kill/VBG two/two/CD ,/,/, "
        + "police/police/NNS said/say/VBD ,/,/, linking/link/VBG the/the/DT attack/attack/NN to/to/IN a/a/DT feud/feud/NN";
    String deps = "nsubj 1 0; ccomp 20 1; obj 1 2; case 5 3; det 5 4; obl:on 1 5; case 9 6; det 9 7; compound 9 8; nmod:in 5 9; "
        + "case 11 10; nmod:of 9 11; advmod 1 12; case 14 13; obl:on 1 14; punct 1 15; dep 1 16; obj 16 17; punct 20 18; "
        + "nsubj 20 19; root -1 20; punct 20 21; advcl 20 22; det 24 23; obj 22 24; case 27 25; det 27 26; obl:to 22 27";
    List<Event> events = EventExtractorTest.runOne(words, deps, "Esmeraldas");
    Event shooting = events.stream().filter(e -> e.trigger().startsWith("opened")).findFirst().orElseThrow();
    assertEquals(2, shooting.fatalities().value(), events.toString());
  }

  @Test
  void aHeadlineRunOnAfterASemicolonIsNoTie() {
    // "Troops shelled Aleppo;9 were killed as fighting raged": the dead belong to the fighting beside them
    List<Event> events = EventExtractorTest.runOne(
        "Troops/troop/NNS shelled/shell/VBD Aleppo/Aleppo/NNP ;/;/: 9/9/CD were/be/VBD killed/kill/VBN as/as/IN fighting/fighting/NN raged/rage/VBD",
        "nsubj 1 0; root -1 1; obj 1 2; punct 1 3; nsubj:pass 6 4; aux:pass 6 5; parataxis 1 6; mark 9 7; nsubj 9 8; advcl 6 9", "Aleppo");
    Event clashes = events.stream().filter(e -> e.type() == EventType.BATTLE).findFirst().orElseThrow();
    assertEquals(9, clashes.fatalities().value(), events.toString());
    events.stream().filter(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE).forEach(e -> assertNull(e.fatalities()));
  }

  @Test
  void aSitInSplitAtItsHyphenIsAProtest() {
    assertEquals(List.of(EventType.PROTEST), EventExtractorTest.runOne(
        "Farmers/farmer/NNS staged/stage/VBD a/a/DT sit/sit/NN -/-/HYPH in/in/IN in/in/IN Ludhiana/Ludhiana/NNP",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; punct 3 4; amod 3 5; case 7 6; obl:in 1 7", "Ludhiana").stream().map(Event::type).toList());
  }
}
