package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actor.ActorMention;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Armed groups suspending operations or allying, a camp reported in an answer, an attack laid at a gang's door. */
class GroupChangesAndAttributionsTest {
  private static final String CHANGE = "Change to group/activity";

  /** Runs one hand-built sentence with a place and actors given as (words, kind) pairs. */
  private static List<Event> run(String words, String deps, String place, Object... actors) {
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    List<ActorMention> mentions = new ArrayList<>();
    for (int i = 0; i < actors.length; i += 2) {
      mentions.add(EventExtractorTest.actor(s, (String) actors[i], (String) actors[i], (ActorKind) actors[i + 1]));
    }
    return EventExtractorTest.run(List.of(s), mentions, List.of(EventExtractorTest.place(place, s, place, 33.3, 44.4)));
  }

  @Test
  void suspendingItsOperationsChangesAnArmedGroupsActivity() {
    String words = "Kataib/Kataib/NNP Hezbollah/Hezbollah/NNP announced/announce/VBD the/the/DT suspension/suspension/NN of/of/IN"
        + " its/its/PRP$ military/military/JJ %s in/in/IN Baghdad/Baghdad/NNP ././.";
    String deps = "compound 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 8 5; nmod:poss 8 6; amod 8 7; nmod:of 4 8; case 10 9;"
        + " obl:in 2 10; punct 2 11";
    List<Event> operations = run(String.format(words, "operations/operation/NNS"), deps, "Baghdad", "Kataib Hezbollah", ActorKind.MILITIA);
    assertTrue(operations.stream().anyMatch(e -> CHANGE.equals(e.subtype())), operations.toString());
    assertTrue(operations.stream().noneMatch(e -> e.type() == EventType.BATTLE), "the operations suspended are no battle: " + operations);
    List<Event> broadcasts = run(String.format(words, "broadcasts/broadcast/NNS"), deps, "Baghdad", "Kataib Hezbollah", ActorKind.MILITIA);
    assertTrue(broadcasts.stream().noneMatch(e -> CHANGE.equals(e.subtype())), broadcasts.toString());
  }

  @Test
  void anAllianceAnnouncedByArmedGroupsIsAChangeNotEveryAlliance() {
    String announced = "%s/%s/NNP leaders/leader/NNS announce/announce/VBP a/a/DT joint/joint/JJ alliance/alliance/NN in/in/IN"
        + " Port-au-Prince/Port-au-Prince/NNP ././.";
    String deps = "compound 1 0; nsubj 2 1; root -1 2; det 5 3; amod 5 4; obj 2 5; case 7 6; obl:in 2 7; punct 2 8";
    List<Event> gangs = run(String.format(announced, "G9", "G9"), deps, "Port-au-Prince", "G9", ActorKind.MILITIA);
    assertTrue(gangs.stream().anyMatch(e -> CHANGE.equals(e.subtype())), gangs.toString());
    List<Event> parties = run(String.format(announced, "Opposition", "Opposition"), deps, "Port-au-Prince");
    assertTrue(parties.stream().noneMatch(e -> CHANGE.equals(e.subtype())), "no armed group named: " + parties);
    List<Event> spoke = run("G9/G9/NNP 's/'s/POS alliance/alliance/NN spoke/speak/VBD in/in/IN Port-au-Prince/Port-au-Prince/NNP ././.",
        "nmod:poss 2 0; case 0 1; nsubj 3 2; root -1 3; case 5 4; obl:in 3 5; punct 3 6", "Port-au-Prince", "G9", ActorKind.MILITIA);
    assertTrue(spoke.stream().noneMatch(e -> CHANGE.equals(e.subtype())), "an alliance that speaks is not formed: " + spoke);
  }

  @Test
  void attacksAMinisterIsAskedAboutDoNotMakeACampASideEffect() {
    String words = "%s/%s/%s %s/%s/IN attacks/attack/NNS ,/,/, the/the/DT minister/minister/NN said/say/VBD fighters/fighter/NNS"
        + " had/have/VBD established/establish/VBN a/a/DT camp/camp/NN on/on/IN Kaiga/Kaiga/NNP ././.";
    String deps = "advcl 6 0; case 2 1; %s 0 2; punct 6 3; det 5 4; nsubj 6 5; root -1 6; nsubj 9 7; aux 9 8; ccomp 6 9; det 11 10;"
        + " obj 9 11; case 13 12; obl:on 9 13; punct 6 14";
    List<Event> asked = run(String.format(words, "Asked", "ask", "VBN", "about", "about"), String.format(deps, "obl:about"),
        "Kaiga", "fighters", ActorKind.REBEL);
    assertTrue(asked.stream().anyMatch(e -> "Headquarters or base established".equals(e.subtype())), asked.toString());
    List<Event> amid = run(String.format(words, "Reporting", "report", "VBG", "amid", "amid"), String.format(deps, "obl:amid"),
        "Kaiga", "fighters", ActorKind.REBEL);
    assertTrue(amid.stream().noneMatch(e -> "Headquarters or base established".equals(e.subtype())),
        "a camp set up amid attacks is still their side effect: " + amid);
  }

  @Test
  void anAttackAttributedLaterInItsOwnSentenceIsTheGrenadeAttack() {
    List<Event> events = run("A/a/DT man/man/NN threw/throw/VBD a/a/DT grenade/grenade/NN into/into/IN a/a/DT bar/bar/NN in/in/IN"
        + " Duran/Duran/NNP ;/;/: police/police/NNS attribute/attribute/VBP the/the/DT attack/attack/NN to/to/IN Los/Los/NNP"
        + " Lobos/Lobos/NNP ././.", "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 7 5; det 7 6; obl:into 2 7; case 9 8;"
        + " nmod:in 7 9; punct 2 10; nsubj 12 11; parataxis 2 12; det 14 13; obj 12 14; case 17 15; compound 17 16; obl:to 12 17;"
        + " punct 2 18", "Duran", "police", ActorKind.STATE_POLICE, "Los Lobos", ActorKind.MILITIA);
    List<Event> violent = events.stream().filter(e -> e.type() != EventType.STATEMENT).toList();
    assertEquals(1, violent.size(), "the attack is the grenade attack told before it: " + events);
    assertEquals("Los Lobos", violent.get(0).actor().name(), violent.toString());
  }

  @Test
  void bundledIntoALandCruiserIsAnAbduction() {
    List<Event> events = run("Mrema/Mrema/NNP was/be/VBD bundled/bundle/VBN into/into/IN a/a/DT white/white/JJ Land/Land/NNP"
        + " Cruiser/Cruiser/NNP by/by/IN armed/armed/JJ men/man/NNS in/in/IN Kibamba/Kibamba/NNP ././.",
        "nsubj:pass 2 0; aux:pass 2 1; root -1 2; case 7 3; det 7 4; amod 7 5; compound 7 6; obl:into 2 7; case 10 8; amod 10 9;"
        + " obl:agent 2 10; case 12 11; obl:in 2 12; punct 2 13", "Kibamba", "armed men", ActorKind.UNKNOWN);
    assertTrue(events.stream().anyMatch(e -> "Abduction/forced disappearance".equals(e.subtype())), events.toString());
  }

  @Test
  void peopleTakenByArmedMenAreAbductedByOthersNot() {
    String words = "%s/%s/%s %s/%s/NNS took/take/VBD seven/seven/CD young/young/JJ men/man/NNS from/from/IN a/a/DT party/party/NN"
        + " in/in/IN Jerez/Jerez/NNP ././.";
    String deps = "amod 1 0; nsubj 2 1; root -1 2; nummod 5 3; amod 5 4; obj 2 5; case 8 6; det 8 7; obl:from 2 8; case 10 9;"
        + " nmod:in 8 10; punct 2 11";
    List<Event> armed = run(String.format(words, "Armed", "armed", "JJ", "men", "man"), deps, "Jerez", "Armed men", ActorKind.UNKNOWN);
    assertTrue(armed.stream().anyMatch(e -> "Abduction/forced disappearance".equals(e.subtype())), armed.toString());
    List<Event> relatives = run(String.format(words, "Their", "their", "PRP$", "relatives", "relative"), deps.replace("amod 1 0", "nmod:poss 1 0"),
        "Jerez", "relatives", ActorKind.CIVILIANS);
    assertTrue(relatives.stream().noneMatch(e -> e.type() == EventType.ATTACK_ON_CIVILIANS), relatives.toString());
    List<Event> apposed = run("Near/near/NNP Fiche/Fiche/NNP ,/,/, OLA/OLA/NNP fighters/fighter/NNS took/take/VBD the/the/DT students/student/NNS"
        + " into/into/IN the/the/DT forest/forest/NN ././.", "compound 1 0; nsubj 5 1; punct 1 2; compound 4 3; appos 1 4; root -1 5;"
        + " det 7 6; obj 5 7; case 10 8; det 10 9; obl:into 5 10; punct 5 11", "Fiche", "OLA fighters", ActorKind.REBEL);
    assertTrue(apposed.stream().anyMatch(e -> "Abduction/forced disappearance".equals(e.subtype())), "the fighters in apposition: " + apposed);
  }

  @Test
  void aRansomDemandIsNoStatement() {
    String words = "Los/Los/NNP Lobos/Lobos/NNP are/be/VBP demanding/demand/VBG %s in/in/IN Machala/Machala/NNP ././.";
    List<Event> ransom = run(String.format(words, "200,000/200000/CD dollars/dollar/NNS"), "compound 1 0; nsubj 3 1; aux 3 2; root -1 3;"
        + " nummod 5 4; obj 3 5; case 7 6; obl:in 3 7; punct 3 8", "Machala", "Los Lobos", ActorKind.MILITIA);
    assertTrue(ransom.stream().noneMatch(e -> e.type() == EventType.STATEMENT), ransom.toString());
    List<Event> talks = run(String.format(words, "talks/talk/NNS"), "compound 1 0; nsubj 3 1; aux 3 2; root -1 3; obj 3 4; case 6 5;"
        + " obl:in 3 6; punct 3 7", "Machala", "Los Lobos", ActorKind.MILITIA);
    assertTrue(talks.stream().anyMatch(e -> e.type() == EventType.STATEMENT), talks.toString());
  }
}
