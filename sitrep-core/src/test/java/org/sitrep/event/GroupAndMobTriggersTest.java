package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.event.EventExtractorTest.actor;
import static org.sitrep.event.EventExtractorTest.place;
import static org.sitrep.event.EventExtractorTest.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventStatus;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Killings by crowds, splits from named groups, verb phrases led by an adverb and planned attacks, on hand-built parses. */
class GroupAndMobTriggersTest {
  @Test
  void villagersWhoBurnPeopleToDeathAreViolenceButPeopleBurnedInAFireAreNot() {
    Sentence mob = new SentenceBuilder(0)
        .words("Villagers/villager/NNS burned/burn/VBD to/to/IN death/death/NN four/four/CD women/woman/NNS in/in/IN Kisii/Kisii/NNP")
        .deps("nsubj 1 0; root -1 1; case 3 2; obl:to 1 3; nummod 5 4; obj 1 5; case 7 6; obl:in 1 7").build(0);
    List<Event> events = run(List.of(mob), List.of(EventExtractorTest.civilians(mob, "Villagers")), List.of(place("Kisii", mob, "Kisii", -0.68, 34.77)));
    assertEquals(4, events.get(0).fatalities().value());
    List<Event> fire = EventExtractorTest.runOne(
        "Four/four/CD women/woman/NNS burned/burn/VBD to/to/IN death/death/NN in/in/IN Kisii/Kisii/NNP",
        "nummod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:to 2 4; case 6 5; obl:in 2 6", "Kisii");
    assertEquals(List.of(), fire);
  }

  @Test
  void splittingFromANamedArmedGroupIsAChangeToTheGroupButSplittingFromAPartyIsNot() {
    String words = "A/a/DT bloc/bloc/NN said/say/VBD it/it/PRP was/be/VBD splitting/split/VBG from/from/IN the/the/DT Central/Central/NNP in/in/IN Guaviare/Guaviare/NNP";
    String deps = "det 1 0; nsubj 2 1; root -1 2; nsubj 5 3; aux 5 4; ccomp 2 5; case 8 6; det 8 7; obl:from 5 8; case 10 9; obl:in 5 10";
    assertEquals(List.of(EventType.OTHER), typesBesideStatements(words, deps, "Central", ActorKind.REBEL, "Guaviare"));
    assertEquals(List.of(), typesBesideStatements(words, deps, "Central", ActorKind.POLITICAL_PARTY, "Guaviare"));
  }

  /** The event types other than statements of one hand-built sentence whose actor words are of the given kind. */
  private static List<EventType> typesBesideStatements(String words, String deps, String actorWords, ActorKind kind, String placeName) {
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, actorWords, actorWords + " (" + kind + ")", kind)),
        List.of(place(placeName, s, placeName, 2.0, 30.0)));
    return events.stream().map(Event::type).filter(t -> t != EventType.STATEMENT).toList();
  }

  @Test
  void aGroupNamingItsSecretaryGeneralChangesTheGroup() {
    // the tokenizer splits "secretary-general" into secretary / - / general
    Sentence s = new SentenceBuilder(0).words("Hezbollah/Hezbollah/NNP named/name/VBD Qassem/Qassem/NNP as/as/IN its/its/PRP$"
        + " new/new/JJ secretary/secretary/NN -/-/HYPH general/general/JJ in/in/IN Beirut/Beirut/NNP")
        .deps("nsubj 1 0; root -1 1; obj 1 2; case 6 3; nmod:poss 6 4; amod 6 5; obl:as 1 6; punct 6 7; amod 6 8;"
            + " case 10 9; obl:in 1 10").build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, "Hezbollah", "Hezbollah", ActorKind.MILITIA)),
        List.of(place("Beirut", s, "Beirut", 33.89, 35.50)));
    assertEquals(1, events.size(), events.toString());
    assertEquals("Change to group/activity", events.get(0).subtype());
  }

  @Test
  void aVerbPhraseLedByAnAdverbMatchesOnItsVerb() {
    assertEquals(List.of(EventType.OTHER), EventExtractorTest.runOne(
        "Engineers/engineer/NNS safely/safely/RB detonated/detonate/VBD a/a/DT bomb/bomb/NN near/near/IN Lamu/Lamu/NNP",
        "nsubj 2 0; advmod 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; obl:near 2 6", "Lamu").stream().map(Event::type).toList());
  }

  @Test
  void aPlannedAttackIsPlannedAndAStateOfSiegeIsAnEvent() {
    List<Event> planned = EventExtractorTest.runOne(
        "Police/police/NNS averted/avert/VBD a/a/DT planned/planned/JJ attack/attack/NN by/by/IN militants/militant/NNS in/in/IN Bannu/Bannu/NNP",
        "nsubj 1 0; root -1 1; det 4 2; amod 4 3; obj 1 4; case 6 5; nmod:by 4 6; case 8 7; nmod:in 4 8", "Bannu");
    planned.stream().filter(e -> e.type() == EventType.BATTLE).forEach(e -> assertEquals(EventStatus.PLANNED, e.status()));
    assertEquals(List.of(EventType.OTHER), EventExtractorTest.runOne(
        "Petro/Petro/NNP declared/declare/VBD a/a/DT state/state/NN of/of/IN siege/siege/NN in/in/IN Catatumbo/Catatumbo/NNP",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:of 3 5; case 7 6; nmod:in 3 7", "Catatumbo").stream()
        .map(Event::type).filter(t -> t != EventType.STATEMENT).toList());
  }

  @Test
  void policeFiringLiveAmmunitionIsGunfireButFiringRocketsIsShelling() {
    String deps = "nsubj 1 0; root -1 1; amod 3 2; obj 1 3; case 5 4; obl:at 1 5; case 7 6; obl:in 1 7";
    assertEquals(List.of(EventType.BATTLE), EventExtractorTest.runOne(
        "Police/police/NNS fired/fire/VBD live/live/JJ ammunition/ammunition/NN at/at/IN gunmen/gunman/NNS in/in/IN Dhaka/Dhaka/NNP", deps, "Dhaka")
        .stream().map(Event::type).toList());
    assertEquals(List.of(EventType.EXPLOSION_REMOTE_VIOLENCE), EventExtractorTest.runOne(
        "Troops/troop/NNS fired/fire/VBD heavy/heavy/JJ rockets/rocket/NNS at/at/IN positions/position/NNS in/in/IN Dhaka/Dhaka/NNP", deps, "Dhaka")
        .stream().map(Event::type).toList());
  }

  @Test
  void takingSomeoneHostageIsAnAbductionAndACrowdFillingTheStreetsAProtest() {
    assertEquals(List.of(EventType.ATTACK_ON_CIVILIANS), EventExtractorTest.runOne(
        "Rebels/rebel/NNS took/take/VBD the/the/DT pilot/pilot/NN hostage/hostage/NN in/in/IN Paro/Paro/NNP",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; xcomp 1 4; case 6 5; obl:in 1 6", "Paro").stream().map(Event::type).toList());
    assertEquals(List.of(EventType.PROTEST), EventExtractorTest.runOne(
        "Crowds/crowd/NNS filled/fill/VBD the/the/DT streets/street/NNS of/of/IN Seoul/Seoul/NNP",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:of 3 5", "Seoul").stream().map(Event::type).toList());
    assertEquals(List.of(), EventExtractorTest.runOne(
        "Shoppers/shopper/NNS filled/fill/VBD the/the/DT streets/street/NNS of/of/IN Seoul/Seoul/NNP",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:of 3 5", "Seoul"));
  }

  @Test
  void aNamedArmedGroupDissolvingItselfIsAChangeToTheGroupButAParliamentDissolvedIsNot() {
    String words = "HTS/HTS/NNP said/say/VBD they/they/PRP were/be/VBD dissolving/dissolve/VBG themselves/themselves/PRP in/in/IN Damascus/Damascus/NNP";
    String deps = "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; obj 4 5; case 7 6; obl:in 4 7";
    assertEquals(List.of(EventType.OTHER), typesBesideStatements(words, deps, "HTS", ActorKind.REBEL, "Damascus"));
    assertEquals(List.of(), typesBesideStatements(words, deps, "HTS", ActorKind.POLITICAL_PARTY, "Damascus"));
  }

  @Test
  void anAnnouncementIsHowTheDevelopmentInsideItIsToldAndTearGasFiredIsAnEvent() {
    String words = "HTS/HTS/NNP announced/announce/VBD it/it/PRP was/be/VBD dissolving/dissolve/VBG itself/itself/PRP in/in/IN Damascus/Damascus/NNP";
    String deps = "nsubj 1 0; root -1 1; nsubj 4 2; aux 4 3; ccomp 1 4; obj 4 5; case 7 6; obl:in 4 7";
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, "HTS", "Hayat Tahrir al-Sham", ActorKind.REBEL)),
        List.of(place("Damascus", s, "Damascus", 33.5, 36.3)));
    assertEquals(List.of(EventType.OTHER), events.stream().map(Event::type).toList(), "no statement beside the dissolution");
    // tear gas fired is crowd control: a protest with intervention
    assertEquals(List.of(EventType.PROTEST), EventExtractorTest.runOne(
        "Police/police/NNS fired/fire/VBD tear/tear/NN gas/gas/NN in/in/IN Ashulia/Ashulia/NNP",
        "nsubj 1 0; root -1 1; compound 3 2; obj 1 3; case 5 4; obl:in 1 5", "Ashulia").stream().map(Event::type).toList());
  }

  @Test
  void fightersWhoDefectAreAChangeToTheGroupButLawmakersAreNot() {
    String deps = "nummod 1 0; nsubj 2 1; root -1 2; case 5 3; det 5 4; obl:to 2 5; case 7 6; obl:in 2 7";
    assertEquals(List.of(EventType.OTHER), EventExtractorTest.runOne(
        "Forty/forty/CD fighters/fighter/NNS defected/defect/VBD to/to/IN the/the/DT government/government/NN in/in/IN Idlib/Idlib/NNP",
        deps, "Idlib").stream().map(Event::type).toList());
    assertEquals(List.of(), EventExtractorTest.runOne(
        "Eleven/eleven/CD lawmakers/lawmaker/NNS defected/defect/VBD to/to/IN the/the/DT opposition/opposition/NN in/in/IN Idlib/Idlib/NNP",
        deps, "Idlib"));
  }

  @Test
  void menArmedWithSticksAreAMobButMenArmedWithRiflesAreNot() {
    String words = "Men/man/NNS armed/arm/VBN with/with/IN sticks/stick/NNS attacked/attack/VBD migrants/migrant/NNS in/in/IN Sfax/Sfax/NNP";
    String deps = "nsubj 4 0; acl 0 1; case 3 2; obl:with 1 3; root -1 4; obj 4 5; case 7 6; obl:in 4 7";
    assertEquals("Mob violence", EventExtractorTest.only(attackOnMigrants(words, deps)).subtype());
    assertEquals("Attack", EventExtractorTest.only(attackOnMigrants(words.replace("sticks/stick", "rifles/rifle"), deps)).subtype());
  }

  private static List<Event> attackOnMigrants(String words, String deps) {
    Sentence s = new SentenceBuilder(0).words(words).deps(deps).build(0);
    return run(List.of(s), List.of(EventExtractorTest.civilians(s, "migrants")), List.of(place("Sfax", s, "Sfax", 34.74, 10.76)));
  }
}
