package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.export.OntologyMapping;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;

class SubtypeRulesTest {
  private static final SubtypeRules RULES = SubtypeRules.standard();

  private static List<Set<String>> words(String sentence) {
    List<Set<String>> words = new ArrayList<>();
    // "word|lemma" where they differ, as SentenceWords gives them
    for (String w : sentence.toLowerCase(Locale.ROOT).split(" ")) {
      words.add(Set.of(w.split("\\|")));
    }
    return words;
  }

  private static SubtypeRules.Decision decide(EventType type, String trigger, String sentence, ActorKind actor,
      ActorKind target, boolean harm) {
    return RULES.classify(new SubtypeRules.Facts(type, trigger, words(sentence), actor, target, harm));
  }

  @Test
  void everyAcledSubtypeIsReachableAndEveryRuleNamesARealOne() {
    Set<String> acled = OntologyMapping.defaults().subtypeNames();
    assertEquals(25, acled.size());
    assertEquals(acled, RULES.subtypes());
  }

  @Test
  void soldiersKilledByASuicideBomberDiedInASuicideBombing() {
    SubtypeRules.Decision d = decide(EventType.BATTLE, "kill",
        "four soldiers were|be killed|kill when a suicide car bomber rammed|ram a checkpoint", null, ActorKind.STATE_MILITARY, true);
    assertEquals("Suicide bomb", d.subtype());
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, d.type());
  }

  @Test
  void anAbductionStaysOneWhenAVigilanteDiedTryingToStopIt() {
    assertEquals("Abduction/forced disappearance", decide(EventType.ATTACK_ON_CIVILIANS, "abduct",
        "bandits|bandit abducted|abduct 37 people and a vigilante was|be shot|shoot dead", ActorKind.UNKNOWN, ActorKind.CIVILIANS, false).subtype());
    assertEquals("Mob violence", decide(EventType.ATTACK_ON_CIVILIANS, "abduct",
        "a mob abducted|abduct two men accused of theft", ActorKind.UNKNOWN, ActorKind.CIVILIANS, false).subtype());
  }

  @Test
  void aTakeOverIsNonViolentOnlyWithoutAFightBesideIt() {
    assertEquals("Non-violent transfer of territory", decide(EventType.TERRITORY_CAPTURED, "take over",
        "the rebels took|take over the camp without any clashes|clash after peacekeepers left", ActorKind.REBEL, null, false).subtype());
    assertEquals("Non-state actor overtakes territory", decide(EventType.TERRITORY_CAPTURED, "take over",
        "gangs took|take over the town after hours of gunfire with police", ActorKind.REBEL, null, false).subtype());
  }

  @Test
  void aVillageHandedOverWithoutIncidentUnderADelimitationIsNonViolent() {
    assertEquals("Non-violent transfer of territory", decide(EventType.TERRITORY_CAPTURED, "take control",
        "border units took|take control of the village without incident under the delimitation protocol", ActorKind.STATE_MILITARY,
        null, false).subtype());
    assertEquals("Government regains territory", decide(EventType.TERRITORY_CAPTURED, "take control",
        "border units took|take control of the village under the protocol", ActorKind.STATE_MILITARY, null, false).subtype());
  }

  @Test
  void aPartysCrowdRiotingIsAViolentDemonstration() {
    SubtypeRules.Decision d = decide(EventType.BATTLE, "storm",
        "supporters of imran khan set vehicles|vehicle ablaze and stormed|storm the gates|gate", ActorKind.POLITICAL_PARTY, null, false);
    assertEquals("Violent demonstration", d.subtype());
    assertEquals(EventType.PROTEST, d.type());
    assertEquals("Armed clash", decide(EventType.BATTLE, "storm", "rebels stormed|storm the gates|gate", ActorKind.REBEL, null, false)
        .subtype(), "an armed group storming is a fight");
  }

  @Test
  void aCoalitionDissolvedByAMinistryIsABanButFactionsDissolvingThemselvesChange() {
    assertEquals("Other", decide(EventType.OTHER, "dissolution", "the ministry ordered the dissolution of the civil-society coalition",
        ActorKind.GOVERNMENT, null, false).subtype());
    assertEquals("Change to group/activity", decide(EventType.OTHER, "dissolution", "the factions announced the dissolution of"
        + " their groups", ActorKind.REBEL, null, false).subtype());
  }

  @Test
  void rioterBurningIsARiotAndAnAgreementReachedIsAnAgreement() {
    SubtypeRules.Decision riot = decide(EventType.OTHER, "burn", "rioters burned|burn a police station", ActorKind.CIVILIANS, null, false);
    assertEquals("Violent demonstration", riot.subtype());
    assertEquals(EventType.PROTEST, riot.type());
    assertEquals("Looting/property destruction", decide(EventType.OTHER, "burn", "soldiers burned|burn 30 houses|house",
        ActorKind.STATE_MILITARY, null, false).subtype());
    assertEquals("Agreement", decide(EventType.OTHER, "reach", "the army and the rebels reached|reach an agreement",
        ActorKind.STATE_MILITARY, null, false).subtype());
  }

  @Test
  void aProtestThatTurnsViolentIsAViolentDemonstration() {
    assertEquals("Violent demonstration", decide(EventType.PROTEST, "protest",
        "hunger protest turns|turn violent in kano", ActorKind.CIVILIANS, null, false).subtype());
  }

  @Test
  void crowdViolenceIsAMobUnlessADemonstrationIsTold() {
    assertEquals("Mob violence", decide(EventType.PROTEST, "set fire",
        "residents beat two suspected thieves and set them on fire", ActorKind.CIVILIANS, null, true).subtype());
    assertEquals("Violent demonstration", decide(EventType.PROTEST, "set fire",
        "residents protesting|protest power cuts set fire to tyres", ActorKind.CIVILIANS, null, false).subtype());
  }

  @Test
  void arrestsAtAProtestAreAnInterventionButNoArrestsAreNone() {
    assertEquals("Protest with intervention", decide(EventType.PROTEST, "march",
        "demonstrators marched|march through the city and police detained|detain 12", ActorKind.CIVILIANS, null, false).subtype());
    assertEquals("Peaceful protest", decide(EventType.PROTEST, "march",
        "demonstrators marched|march peacefully and police reported no incidents and no arrests|arrest", ActorKind.CIVILIANS, null, false).subtype());
  }

  @Test
  void tearGasDroppedOnTroopsIsAChemicalWeaponButOnACrowdItIsCrowdControl() {
    String sentence = "forces drop|dropped canisters of tear gas from drones on troops";
    assertEquals("Chemical weapon", decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "drop", sentence, ActorKind.STATE_MILITARY,
        ActorKind.STATE_MILITARY, true).subtype());
    assertEquals("Protest with intervention", decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "drop", sentence.replace("troops", "protesters"),
        ActorKind.STATE_MILITARY, ActorKind.CIVILIANS, true).subtype());
  }

  @Test
  void theWeaponNamedInTheSentencePicksTheRemoteViolenceSubtype() {
    assertEquals("Chemical weapon", decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "drop",
        "a barrel filled with chlorine was dropped on the town", null, null, true).subtype());
    assertEquals("Chemical weapon", decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "drop",
        "aircraft dropped|drop bombs|bomb that released|release a yellowish , choking gas over positions", null, null, true).subtype());
    assertEquals("Air/drone strike", decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "strike",
        "a drone hit a car", ActorKind.STATE_MILITARY, null, true).subtype());
    assertEquals("Shelling/artillery/missile attack", decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "shell",
        "forces shelled the town overnight", ActorKind.STATE_MILITARY, null, false).subtype());
    assertEquals("Remote explosive/landmine/IED", decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "explode",
        "a device exploded near the market", null, null, true).subtype());
  }

  @Test
  void whoTakesAPlaceSaysWhetherTheGovernmentRegainsItOrANonStateActorOvertakesIt() {
    assertEquals("Government regains territory", decide(EventType.TERRITORY_CAPTURED, "recapture",
        "troops recaptured the town", ActorKind.STATE_MILITARY, ActorKind.REBEL, false).subtype());
    assertEquals("Non-state actor overtakes territory", decide(EventType.TERRITORY_CAPTURED, "seize",
        "rebels seized the town", ActorKind.REBEL, ActorKind.STATE_MILITARY, false).subtype());
    assertEquals("Non-violent transfer of territory", decide(EventType.TERRITORY_CAPTURED, "take control",
        "rebels took control of the town without a fight", ActorKind.REBEL, null, false).subtype());
  }

  @Test
  void rulesCanMoveAnEventToTheTypeOfItsSubtype() {
    SubtypeRules.Decision fired = decide(EventType.ATTACK_ON_CIVILIANS, "open fire",
        "security forces opened|open fire on protesters|protester", ActorKind.STATE_MILITARY, ActorKind.CIVILIANS, true);
    assertEquals("Excessive force against protesters", fired.subtype());
    assertEquals(EventType.PROTEST, fired.type());
    SubtypeRules.Decision chlorine = decide(EventType.BATTLE, "attack",
        "forces used chlorine in an attack on the town", ActorKind.STATE_MILITARY, null, false);
    assertEquals(EventType.EXPLOSION_REMOTE_VIOLENCE, chlorine.type());
    SubtypeRules.Decision villages = decide(EventType.BATTLE, "attack",
        "gunmen attacked|attack villages|village killing|kill villagers|villager", ActorKind.UNKNOWN, null, true);
    assertEquals(EventType.ATTACK_ON_CIVILIANS, villages.type());
    SubtypeRules.Decision clash = decide(EventType.BATTLE, "attack",
        "rebels attacked army positions near the village", ActorKind.REBEL, ActorKind.STATE_MILITARY, true);
    assertEquals("Armed clash", clash.subtype());
  }

  @Test
  void typesAcledDoesNotCodeGetNoSubtype() {
    assertNull(decide(EventType.DISPLACEMENT, "flee", "thousands fled", null, null, false).subtype());
    assertNull(decide(EventType.STATEMENT, "say", "the leader said", ActorKind.GOVERNMENT, null, false).subtype());
  }

  @Test
  void randomFactsAlwaysGiveAKnownSubtypeOrNoneAndNeverThrow() {
    Random random = new Random(7);
    String[] vocabulary = {"troops", "chlorine", "protesters", "mob", "drone", "without", "a", "fight", "tear", "gas",
        "looted", "signed", "ceasefire", "the", "town", "rape", "suicide"};
    Set<String> known = OntologyMapping.defaults().subtypeNames();
    for (int i = 0; i < 500; i++) {
      StringBuilder sentence = new StringBuilder("x");
      for (int w = random.nextInt(8); w > 0; w--) {
        sentence.append(' ').append(vocabulary[random.nextInt(vocabulary.length)]);
      }
      EventType type = EventType.values()[random.nextInt(EventType.values().length)];
      ActorKind actor = random.nextBoolean() ? null : ActorKind.values()[random.nextInt(ActorKind.values().length)];
      SubtypeRules.Decision d = decide(type, vocabulary[random.nextInt(vocabulary.length)], sentence.toString(), actor, null,
          random.nextBoolean());
      assertTrue(d.subtype() == null || known.contains(d.subtype()), d.subtype());
      assertTrue(d.type() != null);
    }
  }

  @Test
  void lessLethalWeaponsWithoutHarmAreInterventionLiveFireIsExcessiveForce() {
    assertEquals("Protest with intervention", decide(EventType.PROTEST, "fire",
        "police fired pepper spray and rubber bullets at students marching", ActorKind.STATE_POLICE, null, false).subtype());
    assertEquals("Excessive force against protesters", decide(EventType.PROTEST, "fire",
        "police fired rubber bullets and live rounds at marchers , killing two", ActorKind.STATE_POLICE, null, true).subtype());
  }

  @Test
  void aCrowdSettingBodiesOnFireOnMondayOpensNoFireOnProtesters() {
    assertEquals("Mob violence", decide(EventType.PROTEST, "beat",
        "residents|resident beat 13 gang members to death and set their bodies on fire on monday after police stopped their bus",
        ActorKind.CIVILIANS, null, true).subtype());
    assertEquals("Excessive force against protesters", decide(EventType.PROTEST, "fire",
        "police opened|open fire on residents|resident marching , killing two", ActorKind.STATE_POLICE, null, true).subtype());
  }

  @Test
  void destructionByProtestersOrRiotersIsAViolentDemonstration() {
    SubtypeRules.Decision youths = decide(EventType.OTHER, "torch", "youths protesting|protest over power cuts torched|torch shops",
        null, null, false);
    assertEquals("Violent demonstration", youths.subtype());
    assertEquals(EventType.PROTEST, youths.type());
    assertEquals("Looting/property destruction", decide(EventType.OTHER, "torch", "gunmen torched|torch homes in the village",
        null, null, false).subtype());
  }

  @Test
  void petrolBombsThrownByCiviliansAreAViolentDemonstrationAndACrowdsAttackIsMobViolence() {
    SubtypeRules.Decision thrown = decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "hurl",
        "opposition supporters hurled|hurl petrol bombs|bomb and stones|stone at the office", ActorKind.CIVILIANS, null, false);
    assertEquals("Violent demonstration", thrown.subtype());
    assertEquals(EventType.PROTEST, thrown.type());
    assertEquals("Air/drone strike", decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "strike",
        "a drone strike hit the office", ActorKind.STATE_MILITARY, null, false).subtype());
    SubtypeRules.Decision crowd = decide(EventType.ATTACK_ON_CIVILIANS, "beat", "a crowd beat a man accused of theft",
        ActorKind.UNKNOWN, ActorKind.CIVILIANS, true);
    assertEquals("Mob violence", crowd.subtype());
    assertEquals("Attack", decide(EventType.ATTACK_ON_CIVILIANS, "beat", "soldiers beat a man accused of theft",
        ActorKind.STATE_MILITARY, ActorKind.CIVILIANS, true).subtype());
  }

  @Test
  void housesBlownUpWithNoOneHurtAreDestructionNotAnExplosiveAttack() {
    SubtypeRules.Decision houses = decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "blow up", "troops blew up dozens of houses|house in the village",
        ActorKind.STATE_MILITARY, null, false);
    assertEquals("Looting/property destruction", houses.subtype());
    assertEquals(EventType.OTHER, houses.type());
    assertEquals("Remote explosive/landmine/IED", decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "blow up",
        "militants blew up a bridge", ActorKind.REBEL, null, false).subtype());
  }

  @Test
  void aBombThatGoesOffIsAnIedAndACrowdAttackingCiviliansIsAMobNotADemonstration() {
    assertEquals("Remote explosive/landmine/IED", decide(EventType.EXPLOSION_REMOTE_VIOLENCE, "go off",
        "a motorbike bomb went|go off outside a police station", null, null, true).subtype());
    assertEquals("Mob violence", decide(EventType.PROTEST, "attack",
        "a crowd of residents attacked and set fire to shops owned by foreigners", ActorKind.CIVILIANS, ActorKind.CIVILIANS, true).subtype());
    assertEquals("Violent demonstration", decide(EventType.PROTEST, "attack",
        "a crowd of protesters attacked and set fire to shops", ActorKind.CIVILIANS, null, false).subtype());
    assertEquals("Excessive force against protesters", decide(EventType.PROTEST, "fire",
        "troops fired on crowds protesting", ActorKind.STATE_MILITARY, ActorKind.CIVILIANS, true).subtype());
  }

  @Test
  void protestersHurtingPoliceStayAViolentDemonstration() {
    assertEquals("Violent demonstration", decide(EventType.PROTEST, "block",
        "supporters pelted|pelt police with stones|stone and blocked the road injuring 18 officers", ActorKind.CIVILIANS, null, true).subtype());
  }

  @Test
  void rapeBySoldiersIsSexualViolenceWhateverProtestWordIsNear() {
    var d = decide(EventType.ATTACK_ON_CIVILIANS, "rape", "soldiers raped|rape 17 women during a march", ActorKind.STATE_MILITARY, ActorKind.CIVILIANS, false);
    assertEquals("Sexual violence", d.subtype());
  }

  @Test
  void movingInWithoutFiringAShotIsANonViolentTransfer() {
    assertEquals("Non-violent transfer of territory", decide(EventType.TERRITORY_CAPTURED, "move into",
        "jnim fighters moved|move into makalondi without firing|fire a shot", ActorKind.TERRORIST_GROUP, null, false).subtype());
    assertEquals("Non-state actor overtakes territory", decide(EventType.TERRITORY_CAPTURED, "move into",
        "jnim fighters moved|move into makalondi after firing|fire mortars|mortar", ActorKind.TERRORIST_GROUP, null, false).subtype());
  }

  @Test
  void aGroupHaltingItsOperationsChangesItsActivity() {
    assertEquals("Change to group/activity", decide(EventType.OTHER, "halt",
        "it will halt all offensive operations|operation", ActorKind.REBEL, null, false).subtype());
  }

  @Test
  void aCrowdProtestingThatTroopsFiredOnIsNoMob() {
    assertEquals("Mob violence", decide(EventType.PROTEST, "attack",
        "a crowd attacked|attack two villagers|villager", ActorKind.CIVILIANS, ActorKind.CIVILIANS, true).subtype());
    assertTrue(!"Mob violence".equals(decide(EventType.PROTEST, "protest",
        "two people were|be killed|kill when troops fired|fire on a crowd protesting|protest the results", ActorKind.CIVILIANS,
        ActorKind.CIVILIANS, true).subtype()));
  }
}
