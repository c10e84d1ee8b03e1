package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;

/** What is ruled out, called false or fought out in a council's words did not happen as violence. */
class RefutationTest {

  @Test
  void anAttackRuledOutIsDeniedButOneCarriedOutIsNot() {
    String deps = "nsubj 2 0; aux 2 1; root -1 2; compound:prt 2 3; det 5 4; obj 2 5; case 7 6; nmod:in 5 7";
    Event ruledOut = EventExtractorTest.only(EventExtractorTest.runOne("Police/police/NNS have/have/VBP ruled/rule/VBN out/out/RP"
        + " any/any/DT attack/attack/NN in/in/IN Krakow/Krakow/NNP", deps, "Krakow"));
    assertEquals(EventStatus.DENIED, ruledOut.status());
    Event carriedOut = EventExtractorTest.only(EventExtractorTest.runOne("Police/police/NNS have/have/VBP carried/carry/VBN out/out/RP"
        + " an/a/DT attack/attack/NN in/in/IN Krakow/Krakow/NNP", deps, "Krakow"));
    assertEquals(EventStatus.OCCURRED, carriedOut.status());
  }

  @Test
  void aClaimSaidToBeFalseIsDenied() {
    String deps = "det 1 0; nsubj 7 1; mark 4 2; nsubj 4 3; acl 1 4; obj 4 5; cop 7 6; root -1 7";
    Event refuted = EventExtractorTest.only(EventExtractorTest.runOne("The/the/DT claim/claim/NN that/that/IN troops/troops/NNS"
        + " stormed/storm/VBD Tinghir/Tinghir/NNP is/be/VBZ false/false/JJ", deps, "Tinghir"));
    assertEquals(EventStatus.DENIED, refuted.status());
    Event confirmed = EventExtractorTest.only(EventExtractorTest.runOne("The/the/DT claim/claim/NN that/that/IN troops/troops/NNS"
        + " stormed/storm/VBD Tinghir/Tinghir/NNP is/be/VBZ credible/credible/JJ", deps, "Tinghir"));
    assertEquals(EventStatus.CLAIMED, confirmed.status(), "a claim not refuted stays a claim");
  }

  @Test
  void councillorsWhoClashOverABudgetFightWithWords() {
    String deps = "nsubj 1 0; root -1 1; case 4 2; det 4 3; obl:over 1 4; case 6 5; obl:in 1 6";
    assertEquals(List.of(), EventExtractorTest.runOne("Councillors/councillor/NNS clashed/clash/VBD over/over/IN the/the/DT"
        + " budget/budget/NN in/in/IN Lille/Lille/NNP", deps, "Lille"));
    assertEquals(1, EventExtractorTest.runOne("Militiamen/militiaman/NNS clashed/clash/VBD over/over/IN the/the/DT"
        + " budget/budget/NN in/in/IN Lille/Lille/NNP", deps, "Lille").size());
  }
}
