package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** A photo caption: the picture's line opens, the news after it happened where the picture was taken. */
class PhotoCaptionTest {
  private static List<Event> caption(String credit) {
    Sentence picture = new SentenceBuilder(0).words("Villagers/villager/NNS dig/dig/VBP graves/grave/NNS in/in/IN Dera/Dera/NNP on/on/IN Tuesday/Tuesday/NNP ././.")
        .deps("nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:in 1 4; case 6 5; obl:on 1 6; punct 1 7").build(0);
    int at = picture.text().length() + 1;
    Sentence news = new SentenceBuilder(at).words("A/a/DT drone/drone/NN strike/strike/NN hit/hit/VBD the/the/DT market/market/NN on/on/IN Sunday/Sunday/NNP ././.")
        .deps("det 2 0; compound 2 1; nsubj 3 2; root -1 3; det 5 4; obj 3 5; case 7 6; obl:on 3 7; punct 3 8").build(1);
    String text = picture.text() + " " + news.text() + credit;
    return EventExtractorTest.run(text, List.of(picture, news), List.of(),
        List.of(EventExtractorTest.place("Dera", picture, "Dera", 11.45, 38.06)));
  }

  @Test
  void theNewsAfterAPicturesLineHappenedWhereThePictureWasTaken() {
    List<Event> events = caption(" (Photo: Hauwa Garba)");
    Event strike = events.stream().filter(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("Dera", strike.location().name());
  }

  @Test
  void refugeesPicturedSomewhereElseHaveArrivedThere() {
    Sentence picture = new SentenceBuilder(0).words("Refugees/refugee/NNS rest/rest/VBP in/in/IN Zokhawthar/Zokhawthar/NNP on/on/IN Sunday/Sunday/NNP ././.")
        .deps("nsubj 1 0; root -1 1; case 3 2; obl:in 1 3; case 5 4; obl:on 1 5; punct 1 6").build(0);
    int at = picture.text().length() + 1;
    Sentence news = new SentenceBuilder(at).words("2,000/2,000/CD people/person/NNS fled/flee/VBD Rihkhawdar/Rihkhawdar/NNP ././.")
        .deps("nummod 1 0; nsubj 2 1; root -1 2; obj 2 3; punct 2 4").build(1);
    String text = picture.text() + " " + news.text() + " (Photo: L. Hmar)";
    List<Event> events = EventExtractorTest.run(text, List.of(picture, news), List.of(), List.of(
        EventExtractorTest.place("Zokhawthar", picture, "Zokhawthar", 23.37, 93.38), EventExtractorTest.place("Rihkhawdar", news, "Rihkhawdar", 23.36, 93.37)));
    Event fled = events.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals("Rihkhawdar", fled.from().name());
    assertEquals(List.of("Zokhawthar"), fled.to().stream().map(p -> p.name()).toList());
  }

  @Test
  void everyCreditWordOfTheDataFileMarksACaptionButAnyBracketedNameDoesNot() {
    for (String credit : List.of(" (Photograph by Reza Tavakoli)", " (Picture: AFP)", " (PHOTO: AP)")) {
      assertEquals(1, caption(credit).stream().filter(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE).count(), credit);
    }
    assertEquals(0, caption(" (Reporting: Hauwa Garba)").stream().filter(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE).count());
  }

  /** "Relatives wait in Kunduz on Friday after a bomber struck a mosque. Officials said 19 people were killed." */
  private static Event bombingAfterWhichThePictureWasTaken(String credit) {
    Sentence picture = new SentenceBuilder(0).words("Relatives/relative/NNS wait/wait/VBP in/in/IN Kunduz/Kunduz/NNP on/on/IN"
        + " Friday/Friday/NNP after/after/IN a/a/DT bomb/bomb/NN exploded/explode/VBD at/at/IN a/a/DT mosque/mosque/NN ././.")
        .deps("nsubj 1 0; root -1 1; case 3 2; obl:in 1 3; case 5 4; obl:on 1 5; mark 9 6; det 8 7; nsubj 9 8; advcl:after 1 9;"
            + " case 12 10; det 12 11; obl:at 9 12; punct 1 13").build(0);
    int at = picture.text().length() + 1;
    Sentence toll = new SentenceBuilder(at).words("Officials/official/NNS said/say/VBD 19/19/CD people/person/NNS were/be/VBD"
        + " killed/kill/VBN ././.").deps("nsubj 1 0; root -1 1; nummod 3 2; nsubj:pass 5 3; aux:pass 5 4; ccomp 1 5; punct 1 6").build(1);
    String text = picture.text() + " " + toll.text() + credit;
    List<Event> events = EventExtractorTest.run(text, List.of(picture, toll), List.of(),
        List.of(EventExtractorTest.place("Kunduz", picture, "Kunduz", 36.73, 68.86)));
    return events.stream().filter(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE).findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
  }

  @Test
  void whatThePictureFollowsRanksAsTheLeadWouldWithoutACaption() {
    Event captioned = bombingAfterWhichThePictureWasTaken(" (Photo: Abdul Rahim)");
    assertEquals(bombingAfterWhichThePictureWasTaken("").confidence(), captioned.confidence(), captioned.toString());
    assertEquals(19, captioned.fatalities().value());
  }

  /** "Families queue in Kaya on Friday. 1,300 families {verb}." with a credit: the displacement's destinations. */
  private static List<String> destinationsOfPeopleWho(String verb, String lemma, String tag) {
    Sentence picture = new SentenceBuilder(0).words("Families/family/NNS queue/queue/VBP in/in/IN Kaya/Kaya/NNP on/on/IN Friday/Friday/NNP ././.")
        .deps("nsubj 1 0; root -1 1; case 3 2; obl:in 1 3; case 5 4; obl:on 1 5; punct 1 6").build(0);
    Sentence news = new SentenceBuilder(picture.text().length() + 1).words("1,300/1,300/CD families/family/NNS " + verb + "/" + lemma
        + "/" + tag + " ././.").deps("nummod 1 0; nsubj 2 1; root -1 2; punct 2 3").build(1);
    String text = picture.text() + " " + news.text() + " (Photo: Issa Sawadogo)";
    List<Event> events = EventExtractorTest.run(text, List.of(picture, news), List.of(),
        List.of(EventExtractorTest.place("Kaya", picture, "Kaya", 13.09, -1.08)));
    Event moved = events.stream().filter(e -> e.type() == EventType.DISPLACEMENT).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
    return moved.to().stream().map(p -> p.name()).toList();
  }

  @Test
  void peopleWhoArrivedCameToThePicturesPlaceButPeopleWhoFledFromNowhereToldMayHaveLeftIt() {
    assertEquals(List.of("Kaya"), destinationsOfPeopleWho("arrived", "arrive", "VBD"));
    assertEquals(List.of(), destinationsOfPeopleWho("fled", "flee", "VBD"));
  }

  @Test
  void withoutAPhotoCreditTheFirstSentenceIsTheLeadAndTheStrikeHasNoPlace() {
    assertEquals(List.of(), caption("").stream().filter(e -> e.type() == EventType.EXPLOSION_REMOTE_VIOLENCE).toList());
  }
}
