package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.event.EventExtractorTest.actor;
import static org.sitrep.event.EventExtractorTest.place;
import static org.sitrep.event.EventExtractorTest.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Sentence;

/** Trigger rows and filters added for wire copy the blind check set showed missing, on hand-built parses. */
class WireTriggersTest {
  private static List<EventType> types(String words, String deps, String placeName) {
    return EventExtractorTest.runOne(words, deps, placeName).stream().map(Event::type).toList();
  }

  @Test
  void droppingBombsIsAStrikeButDroppingPricesIsNot() {
    assertEquals(List.of(EventType.EXPLOSION_REMOTE_VIOLENCE),
        types("Aircraft/aircraft/NN dropped/drop/VBD bombs/bomb/NNS on/on/IN Hpakant/Hpakant/NNP", "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:on 1 4", "Hpakant"));
    assertEquals(List.of(),
        types("Prices/price/NNS dropped/drop/VBD in/in/IN Hpakant/Hpakant/NNP", "nsubj 1 0; root -1 1; case 3 2; obl:in 1 3", "Hpakant"));
  }

  @Test
  void aBombThatGoesOffIsAnExplosionButAnAlarmIsNot() {
    assertEquals(List.of(EventType.EXPLOSION_REMOTE_VIOLENCE),
        types("A/a/DT bomb/bomb/NN went/go/VBD off/off/RP in/in/IN Kandahar/Kandahar/NNP", "det 1 0; nsubj 2 1; root -1 2; compound:prt 2 3; case 5 4; obl:in 2 5", "Kandahar"));
    assertEquals(List.of(),
        types("An/a/DT alarm/alarm/NN went/go/VBD off/off/RP in/in/IN Kandahar/Kandahar/NNP", "det 1 0; nsubj 2 1; root -1 2; compound:prt 2 3; case 5 4; obl:in 2 5", "Kandahar"));
  }

  @Test
  void aClaimOfResponsibilityIsHowTheBombingIsToldNotAnEventBesideIt() {
    Sentence s = new SentenceBuilder(0)
        .words("ISKP/ISKP/NNP claimed/claim/VBD responsibility/responsibility/NN for/for/IN the/the/DT bombing/bombing/NN in/in/IN Kabul/Kabul/NNP")
        .deps("nsubj 1 0; root -1 1; obj 1 2; case 5 3; det 5 4; nmod:for 2 5; case 7 6; nmod:in 5 7").build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, "ISKP", "Islamic State Khorasan Province", ActorKind.TERRORIST_GROUP)),
        List.of(place("Kabul", s, "Kabul", 34.53, 69.17)));
    assertEquals(List.of(EventType.EXPLOSION_REMOTE_VIOLENCE), events.stream().map(Event::type).toList());
  }

  @Test
  void theObjectRightAfterTheVerbLicensesItWhenTheParserAttachedItElsewhere() {
    // as CoreNLP parses "... established a new base in X, officials said": "base" the subject of "said"
    assertEquals(List.of(EventType.OTHER), types(
        "Fighters/fighter/NNS established/establish/VBD a/a/DT base/base/NN in/in/IN Bari/Bari/NNP ,/,/, officials/official/NNS said/say/VBD",
        "nsubj 1 0; root -1 1; det 3 2; nsubj 8 3; case 5 4; nmod:in 3 5; punct 3 6; appos 3 7; ccomp 1 8", "Bari"));
  }

  @Test
  void aCaptureRanksAboveTheFightingBehindItEvenWithTheToll() {
    Sentence s = new SentenceBuilder(0)
        .words("Troops/troop/NNS retook/retake/VBD Moqokori/Moqokori/NNP after/after/IN fighting/fighting/NN that/that/WDT killed/kill/VBD 12/12/CD militants/militant/NNS")
        .deps("nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:after 1 4; nsubj 6 5; acl:relcl 4 6; nummod 8 7; obj 6 8").build(0);
    List<Event> events = run(List.of(s), List.of(actor(s, "Troops", "Military Forces of Somalia", ActorKind.STATE_MILITARY),
        actor(s, "militants", "al-Shabaab", ActorKind.TERRORIST_GROUP)), List.of(place("Moqokori", s, "Moqokori", 4.0, 45.0)));
    Event top = events.stream().max(java.util.Comparator.comparingDouble(Event::confidence)).orElseThrow();
    assertEquals(EventType.TERRITORY_CAPTURED, top.type(), events.toString());
  }

  @Test
  void aTownFallsToATakerButDebrisJustFalls() {
    assertEquals(List.of(EventType.TERRITORY_CAPTURED),
        types("Saraqeb/Saraqeb/NNP fell/fall/VBD to/to/IN rebels/rebel/NNS", "nsubj 1 0; root -1 1; case 3 2; obl:to 1 3", "Saraqeb"));
    assertEquals(List.of(),
        types("Debris/debris/NN fell/fall/VBD on/on/IN Saraqeb/Saraqeb/NNP", "nsubj 1 0; root -1 1; case 3 2; obl:on 1 3", "Saraqeb"));
  }

  @Test
  void arrestsAtADispersedGatheringAreItsInterventionNotAnEventBesideIt() {
    assertEquals(List.of(EventType.PROTEST), types(
        "Police/police/NNS broke/break/VBD up/up/RP a/a/DT gathering/gathering/NN in/in/IN Dakar/Dakar/NNP and/and/CC arrested/arrest/VBD 40/40/CD people/person/NNS",
        "nsubj 1 0; root -1 1; compound:prt 1 2; det 4 3; obj 1 4; case 6 5; nmod:in 4 6; cc 8 7; conj:and 1 8; nummod 10 9; obj 8 10", "Dakar"));
  }

  @Test
  void stormingIsAnAttackButStormingImaginedInAFilmIsNoEvent() {
    Sentence real = new SentenceBuilder(0)
        .words("Gunmen/gunman/NNS stormed/storm/VBD a/a/DT village/village/NN near/near/IN Mopti/Mopti/NNP")
        .deps("nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:near 3 5").build(0);
    List<Event> events = run(List.of(real), List.of(actor(real, "Gunmen", "Unidentified gunmen", ActorKind.UNKNOWN)),
        List.of(place("Mopti", real, "Mopti", 14.49, -4.19)));
    assertEquals(org.sitrep.model.EventStatus.OCCURRED, events.get(0).status());
    Sentence film = new SentenceBuilder(0)
        .words("The/the/DT film/film/NN imagines/imagine/VBZ soldiers/soldier/NNS storming/storm/VBG a/a/DT palace/palace/NN in/in/IN Mopti/Mopti/NNP")
        .deps("det 1 0; nsubj 2 1; root -1 2; obj 2 3; acl 3 4; det 6 5; obj 4 6; case 8 7; nmod:in 6 8").build(0);
    List<Event> imagined = run(List.of(film), List.of(actor(film, "soldiers", "Military Forces of Mali", ActorKind.STATE_MILITARY)),
        List.of(place("Mopti", film, "Mopti", 14.49, -4.19)));
    assertEquals(List.of(org.sitrep.model.EventStatus.SPECULATIVE), imagined.stream().map(Event::status).toList());
  }

  @Test
  void bodiesFoundAreAKillingWithTheirCount() {
    Sentence s = new SentenceBuilder(0)
        .words("The/the/DT bodies/body/NNS of/of/IN six/six/CD men/man/NNS were/be/VBD found/find/VBN near/near/IN Culiacan/Culiacan/NNP")
        .deps("det 1 0; nsubj:pass 6 1; case 4 2; nummod 4 3; nmod:of 1 4; aux:pass 6 5; root -1 6; case 8 7; obl:near 6 8").build(0);
    List<Event> events = run(List.of(s), List.of(), List.of(place("Culiacan", s, "Culiacan", 24.8, -107.4)));
    assertEquals(EventType.ATTACK_ON_CIVILIANS, events.get(0).type());
    assertEquals(6, events.get(0).fatalities().value());
  }

  @Test
  void demonstratorsGatherButPeopleGatheringIsNoProtest() {
    assertEquals(List.of(EventType.PROTEST), types("Demonstrators/demonstrator/NNS gathered/gather/VBD in/in/IN Seoul/Seoul/NNP",
        "nsubj 1 0; root -1 1; case 3 2; obl:in 1 3", "Seoul"));
    assertEquals(List.of(), types("Fans/fan/NNS gathered/gather/VBD in/in/IN Seoul/Seoul/NNP",
        "nsubj 1 0; root -1 1; case 3 2; obl:in 1 3", "Seoul"));
  }

  @Test
  void demolishedStructuresAreDestroyedProperty() {
    assertEquals(List.of(EventType.OTHER), types("Soldiers/soldier/NNS demolished/demolish/VBD fourteen/fourteen/CD structures/structure/NNS in/in/IN Hebron/Hebron/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5", "Hebron"));
    assertEquals(List.of(), types("Soldiers/soldier/NNS demolished/demolish/VBD fourteen/fourteen/CD records/record/NNS in/in/IN Hebron/Hebron/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; case 5 4; obl:in 1 5", "Hebron"));
  }

  @Test
  void peopleGatheredDemandingSomethingAreAProtest() {
    assertEquals(List.of(EventType.PROTEST), types("Graduates/graduate/NNS gathered/gather/VBD in/in/IN Nasiriyah/Nasiriyah/NNP ,/,/, demanding/demand/VBG jobs/job/NNS",
        "nsubj 1 0; root -1 1; case 3 2; obl:in 1 3; punct 1 4; dep 1 5; obj 5 6", "Nasiriyah"));
    assertEquals(List.of(), types("Graduates/graduate/NNS gathered/gather/VBD in/in/IN Nasiriyah/Nasiriyah/NNP ,/,/, seeking/seek/VBG jobs/job/NNS",
        "nsubj 1 0; root -1 1; case 3 2; obl:in 1 3; punct 1 4; dep 1 5; obj 5 6", "Nasiriyah"));
  }

  @Test
  void bottlesThrownAtPoliceAreARiotButFlowersThrownAreNot() {
    assertEquals(List.of(EventType.PROTEST), types("Youths/youth/NNS threw/throw/VBD bottles/bottle/NNS at/at/IN police/police/NNS in/in/IN Dublin/Dublin/NNP",
        "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:at 1 4; case 6 5; obl:in 1 6", "Dublin"));
    assertEquals(List.of(), types("Youths/youth/NNS threw/throw/VBD flowers/flower/NNS at/at/IN dancers/dancer/NNS in/in/IN Dublin/Dublin/NNP",
        "nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:at 1 4; case 6 5; obl:in 1 6", "Dublin"));
  }

  @Test
  void peopleShotDeadAreAnAttackEvenWithNoArmedPartyNamedButPeopleKilledAreNot() {
    assertEquals(List.of(EventType.ATTACK_ON_CIVILIANS), types("Four/four/CD farmers/farmer/NNS were/be/VBD shot/shoot/VBN dead/dead/JJ in/in/IN Datu/Datu/NNP",
        "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; xcomp 3 4; case 6 5; obl:in 3 6", "Datu"));
    assertEquals(List.of(), types("Four/four/CD farmers/farmer/NNS were/be/VBD killed/kill/VBN in/in/IN Datu/Datu/NNP",
        "nummod 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 5 4; obl:in 3 5", "Datu"));
  }

  @Test
  void bundledIntoACarIsAnAbductionAndSweepingIntoATownACapture() {
    assertEquals(List.of(EventType.ATTACK_ON_CIVILIANS), types("A/a/DT blogger/blogger/NN was/be/VBD bundled/bundle/VBN into/into/IN a/a/DT car/car/NN in/in/IN Almaty/Almaty/NNP",
        "det 1 0; nsubj:pass 3 1; aux:pass 3 2; root -1 3; case 6 4; det 6 5; obl:into 3 6; case 8 7; nmod:in 6 8", "Almaty"));
    assertEquals(List.of(EventType.TERRITORY_CAPTURED), types("Rebels/rebel/NNS swept/sweep/VBD into/into/IN Aleppo/Aleppo/NNP",
        "nsubj 1 0; root -1 1; case 3 2; obl:into 1 3", "Aleppo"));
  }

  @Test
  void aSportsMassacreOrRepelledAttackWithNothingOfWarIsNoEvent() {
    assertEquals(List.of(), types("Spinners/spinner/NNS completed/complete/VBD a/a/DT massacre/massacre/NN in/in/IN Nagpur/Nagpur/NNP",
        "nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; nmod:in 3 5", "Nagpur"));
    assertEquals(List.of(), types("Defenders/defender/NNS repelled/repel/VBD wave/wave/NN after/after/IN wave/wave/NN in/in/IN Dublin/Dublin/NNP",
        "nsubj 1 0; root -1 1; obj 1 2; case 4 3; nmod:after 2 4; case 6 5; obl:in 1 6", "Dublin"));
  }

  @Test
  void drivingAnArmedGroupOutOfATownIsACaptureButDrivingPeopleOutIsDisplacement() {
    assertEquals(List.of(EventType.TERRITORY_CAPTURED), types("Troops/troop/NNS drove/drive/VBD militants/militant/NNS out/out/RP of/of/IN Jowhar/Jowhar/NNP",
        "nsubj 1 0; root -1 1; obj 1 2; compound:prt 1 3; case 5 4; obl:of 1 5", "Jowhar"));
    assertEquals(List.of(EventType.DISPLACEMENT), types("Fighting/fighting/NN drove/drive/VBD 500/500/CD families/family/NNS out/out/RP of/of/IN Jowhar/Jowhar/NNP",
        "nsubj 1 0; root -1 1; nummod 3 2; obj 1 3; compound:prt 1 4; case 6 5; obl:of 1 6", "Jowhar"));
  }

  @Test
  void aLosingBattleAgainstObesityAndASlainCrowdAreMetaphorsButABattleAgainstRebelsIsNot() {
    String deps = "nsubj 2 0; aux 2 1; root -1 2; det 5 3; amod 5 4; obj 2 5; case 7 6; nmod:against 5 7; case 9 8; obl:in 2 9";
    assertEquals(List.of(), types(
        "Doctors/doctor/NNS are/be/VBP fighting/fight/VBG a/a/DT losing/losing/JJ battle/battle/NN against/against/IN obesity/obesity/NN in/in/IN Lima/Lima/NNP",
        deps, "Lima"));
    assertEquals(List.of(EventType.BATTLE), types(
        "Troops/troop/NNS are/be/VBP fighting/fight/VBG a/a/DT fierce/fierce/JJ battle/battle/NN against/against/IN rebels/rebel/NNS in/in/IN Lima/Lima/NNP",
        deps, "Lima").stream().distinct().toList());
    assertEquals(List.of(), types("A/a/DT comedian/comedian/NN slayed/slay/VBD the/the/DT crowd/crowd/NN in/in/IN Lima/Lima/NNP",
        "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; obl:in 2 6", "Lima"));
  }

  @Test
  void teamsNamedForCountriesAmongBowlersAreNoPartiesButTroopsAmongThemAre() {
    String deps = "nmod:poss 2 0; case 0 1; nsubj 3 2; root -1 3; det 5 4; obj 3 5; case 7 6; nmod:on 5 7; case 9 8; obl:in 3 9";
    Sentence sport = new SentenceBuilder(0)
        .words("India/India/NNP 's/'s/POS bowlers/bowler/NNS launched/launch/VBD an/a/DT assault/assault/NN on/on/IN Australia/Australia/NNP in/in/IN Perth/Perth/NNP")
        .deps(deps).build(0);
    List<Event> match = run(List.of(sport), List.of(actor(sport, "India", "India", ActorKind.FOREIGN_STATE),
        actor(sport, "Australia", "Australia", ActorKind.FOREIGN_STATE)), List.of(place("Perth", sport, "Perth", -31.95, 115.86)));
    assertEquals(List.of(), match);
    Sentence war = new SentenceBuilder(0)
        .words("India/India/NNP 's/'s/POS troops/troop/NNS launched/launch/VBD an/a/DT assault/assault/NN on/on/IN Australia/Australia/NNP in/in/IN Perth/Perth/NNP")
        .deps(deps).build(0);
    List<Event> attack = run(List.of(war), List.of(actor(war, "India", "India", ActorKind.FOREIGN_STATE),
        actor(war, "Australia", "Australia", ActorKind.FOREIGN_STATE)), List.of(place("Perth", war, "Perth", -31.95, 115.86)));
    assertEquals(List.of(EventType.BATTLE), attack.stream().map(Event::type).distinct().toList());
  }

  @Test
  void aRoundOfATournamentIsNoWeapon() {
    Sentence chess = new SentenceBuilder(0)
        .words("A/a/DT ferocious/ferocious/JJ attack/attack/NN on/on/IN the/the/DT king/king/NN in/in/IN the/the/DT seventh/seventh/JJ "
            + "round/round/NN of/of/IN the/the/DT tournament/tournament/NN in/in/IN Perth/Perth/NNP")
        .deps("det 2 0; amod 2 1; root -1 2; case 5 3; det 5 4; nmod:on 2 5; case 9 6; det 9 7; amod 9 8; nmod:in 2 9; "
            + "case 12 10; det 12 11; nmod:of 9 12; case 14 13; nmod:in 12 14")
        .build(0);
    assertEquals(List.of(), run(List.of(chess), List.of(), List.of(place("Perth", chess, "Perth", -31.95, 115.86))));
  }

  @Test
  void whatExplodedSaysWhetherItWasAnAttack() {
    // "..., injuring seven workers": a casualty word, which would anchor an ambiguous trigger in conflict
    String deps = "det 1 0; nsubj 4 1; case 3 2; nmod:of 1 3; root -1 4; case 7 5; det 7 6; obl:in 4 7; case 9 8; obl:in 4 9; "
        + "advcl 4 10; nummod 12 11; obj 10 12";
    Sentence fireworks = new SentenceBuilder(0)
        .words("A/a/DT stockpile/stockpile/NN of/of/IN fireworks/firework/NNS exploded/explode/VBD in/in/IN a/a/DT warehouse/warehouse/NN in/in/IN Perth/Perth/NNP "
            + "injuring/injure/VBG seven/seven/CD workers/worker/NNS")
        .deps(deps).build(0);
    assertEquals(List.of(), run(List.of(fireworks), List.of(), List.of(place("Perth", fireworks, "Perth", -31.95, 115.86))));
    Sentence shells = new SentenceBuilder(0)
        .words("A/a/DT stockpile/stockpile/NN of/of/IN shells/shell/NNS exploded/explode/VBD in/in/IN a/a/DT warehouse/warehouse/NN in/in/IN Perth/Perth/NNP "
            + "injuring/injure/VBG seven/seven/CD workers/worker/NNS")
        .deps(deps).build(0);
    assertEquals(List.of(EventType.EXPLOSION_REMOTE_VIOLENCE),
        run(List.of(shells), List.of(), List.of(place("Perth", shells, "Perth", -31.95, 115.86))).stream().map(Event::type).toList());
  }

  @Test
  void fireInTheClauseOfAnExerciseIsTrainingButExercisesElsewhereChangeNothing() {
    Sentence drill = new SentenceBuilder(0)
        .words("Troops/troop/NNS shelled/shell/VBD a/a/DT target/target/NN near/near/IN Perth/Perth/NNP in/in/IN a/a/DT live-fire/live-fire/JJ drill/drill/NN")
        .deps("nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; obl:near 1 5; case 9 6; det 9 7; amod 9 8; obl:in 1 9").build(0);
    assertEquals(List.of(), run(List.of(drill), List.of(), List.of(place("Perth", drill, "Perth", -31.95, 115.86))));
    Sentence after = new SentenceBuilder(0)
        .words("Troops/troop/NNS shelled/shell/VBD a/a/DT village/village/NN near/near/IN Perth/Perth/NNP after/after/IN the/the/DT end/end/NN of/of/IN exercises/exercise/NNS")
        .deps("nsubj 1 0; root -1 1; det 3 2; obj 1 3; case 5 4; obl:near 1 5; case 8 6; det 8 7; obl:after 1 8; case 10 9; nmod:of 8 10").build(0);
    assertEquals(List.of(EventType.EXPLOSION_REMOTE_VIOLENCE),
        run(List.of(after), List.of(), List.of(place("Perth", after, "Perth", -31.95, 115.86))).stream().map(Event::type).distinct().toList());
  }

  @Test
  void fireTradedWithWordsBetweenIsAClashButTradedGoodsAreNot() {
    String deps = "nsubj 1 0; root -1 1; amod 5 2; cc 4 3; conj:and 2 4; obj 1 5; case 7 6; obl:with 1 7; case 9 8; obl:in 1 9";
    assertEquals(List.of(EventType.BATTLE), types("Rebels/rebel/NNS traded/trade/VBD small-arms/small-arms/JJ and/and/CC"
        + " mortar/mortar/JJ fire/fire/NN with/with/IN troops/troops/NNS in/in/IN Taungup/Taungup/NNP", deps, "Taungup"));
    assertEquals(List.of(), types("Farmers/farmer/NNS traded/trade/VBD rice/rice/JJ and/and/CC"
        + " fresh/fresh/JJ fish/fish/NN with/with/IN merchants/merchant/NNS in/in/IN Taungup/Taungup/NNP", deps, "Taungup"));
  }

  @Test
  void aMoveForFearIsFlightButAMoveForWorkIsNot() {
    String deps = "nummod 1 0; nsubj 2 1; root -1 2; case 4 3; obl:to 2 4; case 6 5; obl:for 2 6; case 8 7; nmod:of 6 8";
    assertEquals(List.of(EventType.DISPLACEMENT), types("300/300/CD residents/resident/NNS moved/move/VBD to/to/IN Melamchi/Melamchi/NNP"
        + " for/for/IN fear/fear/NN of/of/IN slides/slide/NNS", deps, "Melamchi"));
    assertEquals(List.of(), types("300/300/CD residents/resident/NNS moved/move/VBD to/to/IN Melamchi/Melamchi/NNP"
        + " for/for/IN lack/lack/NN of/of/IN jobs/job/NNS", deps, "Melamchi"));
  }

  @Test
  void liveAmmunitionUsedAgainstPeopleIsViolenceButAnAppUsedIsNot() {
    String deps = "nsubj 1 0; root -1 1; amod 3 2; obj 1 3; case 5 4; obl:against 1 5; case 7 6; obl:in 1 7";
    assertEquals(1, types("Soldiers/soldier/NNS used/use/VBD live/live/JJ ammunition/ammunition/NN against/against/IN"
        + " villagers/villager/NNS in/in/IN Bamako/Bamako/NNP", deps, "Bamako").size());
    assertEquals(List.of(), types("Students/student/NNS used/use/VBD mobile/mobile/JJ apps/app/NNS against/against/IN"
        + " boredom/boredom/NN in/in/IN Bamako/Bamako/NNP", deps, "Bamako"));
  }

  @Test
  void peopleTreatedForWoundsAreInjuredButPatientsTreatedForMalariaAreNot() {
    Sentence attack = new SentenceBuilder(0).words("Rebels/rebel/NNS attacked/attack/VBD Gao/Gao/NNP").deps("nsubj 1 0; root -1 1; obj 1 2")
        .build(0);
    for (String ailment : List.of("wounds/wound/NNS", "malaria/malaria/NN")) {
      Sentence treated = new SentenceBuilder(attack.text().length() + 1).words("Doctors/doctor/NNS treated/treat/VBD 30/30/CD"
          + " for/for/IN " + ailment).deps("nsubj 1 0; root -1 1; obj 1 2; case 4 3; obl:for 1 4").build(1);
      List<Event> events = run(List.of(attack, treated), List.of(actor(attack, "Rebels", "Rapid Support Forces", ActorKind.REBEL)),
          List.of(place("Gao", attack, "Gao", 16.27, -0.04)));
      Event e = EventExtractorTest.only(events);
      assertEquals(ailment.startsWith("wounds") ? "30" : "none", e.injured() == null ? "none" : String.valueOf(e.injured().value()),
          events.toString());
    }
  }

  @Test
  void menLostAreASidesDeadButPlayersLostAreNot() {
    Sentence attack = new SentenceBuilder(0).words("Rebels/rebel/NNS attacked/attack/VBD Gao/Gao/NNP").deps("nsubj 1 0; root -1 1; obj 1 2")
        .build(0);
    for (String lost : List.of("men/man/NNS", "players/player/NNS")) {
      Sentence toll = new SentenceBuilder(attack.text().length() + 1).words("We/we/PRP lost/lose/VBD four/four/CD " + lost)
          .deps("nsubj 1 0; root -1 1; nummod 3 2; obj 1 3").build(1);
      List<Event> events = run(List.of(attack, toll), List.of(actor(attack, "Rebels", "Rapid Support Forces", ActorKind.REBEL)),
          List.of(place("Gao", attack, "Gao", 16.27, -0.04)));
      Event e = EventExtractorTest.only(events);
      assertEquals(lost.startsWith("men") ? "4" : "none", e.fatalities() == null ? "none" : String.valueOf(e.fatalities().value()),
          events.toString());
    }
  }

  @Test
  void aProjectileHitsButAStormDoesNotStrikeAsWar() {
    String deps = "det 1 0; nsubj 2 1; root -1 2; det 4 3; obj 2 4; case 6 5; obl:near 2 6";
    assertEquals(List.of(EventType.EXPLOSION_REMOTE_VIOLENCE), types("A/a/DT projectile/projectile/NN hit/hit/VBD a/a/DT car/car/NN"
        + " near/near/IN Gao/Gao/NNP", deps, "Gao"));
    assertEquals(List.of(), types("A/a/DT storm/storm/NN hit/hit/VBD a/a/DT car/car/NN near/near/IN Gao/Gao/NNP", deps, "Gao"));
  }
}
