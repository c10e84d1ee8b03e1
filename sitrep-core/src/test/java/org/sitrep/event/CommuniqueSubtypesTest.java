package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;

/** Sub-type rows for crowds that disperse, protesters' own violence, disappearances, irritant agents and group bodies. */
class CommuniqueSubtypesTest {
  private static String subtype(EventType type, String trigger, String sentence, ActorKind actor, ActorKind target, boolean harm) {
    List<Set<String>> words = new ArrayList<>();
    for (String w : sentence.toLowerCase(Locale.ROOT).split(" ")) {
      words.add(Set.of(w.split("\\|")));
    }
    return SubtypeRules.standard().classify(new SubtypeRules.Facts(type, trigger, words, actor, target, harm)).subtype();
  }

  @Test
  void armedYouthsWhoLootAreNoRiot() {
    assertEquals("Looting/property destruction", subtype(EventType.OTHER, "loot",
        "armed youths|youth looted|loot an ngo compound in ulang", ActorKind.MILITIA, null, false));
    assertEquals("Violent demonstration", subtype(EventType.OTHER, "loot",
        "youths|youth looted|loot shops|shop in ulang", ActorKind.MILITIA, null, false));
  }

  @Test
  void aCrowdDispersingOfItselfMetNoIntervention() {
    assertEquals("Peaceful protest", subtype(EventType.PROTEST, "protest",
        "residents gathered|gather to protest chanting|chant slogans|slogan before dispersing|disperse at midnight",
        ActorKind.CIVILIANS, null, false));
    assertEquals("Protest with intervention", subtype(EventType.PROTEST, "protest",
        "police dispersed|disperse the protest in the capital", ActorKind.CIVILIANS, null, false));
  }

  @Test
  void demonstratorsShotInADemonstrationByResidentsMetExcessiveForce() {
    assertEquals("Excessive force against protesters", subtype(EventType.PROTEST, "demonstration",
        "police officers|officer during demonstrations|demonstration by residents|resident in which two demonstrators|demonstrator died|die",
        ActorKind.CIVILIANS, ActorKind.CIVILIANS, true));
  }

  @Test
  void protestersOwnAttackIsAViolentDemonstrationAndRoadsBlockedTellADemonstration() {
    assertEquals("Violent demonstration", subtype(EventType.ATTACK_ON_CIVILIANS, "stone",
        "protesters|protester stoned|stone the police station", ActorKind.CIVILIANS, ActorKind.STATE_POLICE, false));
    assertEquals("Violent demonstration", subtype(EventType.PROTEST, "block",
        "hundreds of residents|resident blocked|block roads|road and set fire to a police post",
        ActorKind.CIVILIANS, null, false));
    assertEquals("Violent demonstration", subtype(EventType.OTHER, "loot",
        "hoodlums|hoodlum who hijacked|hijack the demonstration looted|loot shops|shop", ActorKind.CIVILIANS, null, false));
  }

  @Test
  void anArrestNoOneOwnsToIsAForcedDisappearance() {
    assertEquals("Abduction/forced disappearance", subtype(EventType.ARREST, "detain",
        "security personnel detained|detain the student and they have not been seen since", ActorKind.STATE_MILITARY, null, false));
    assertEquals("Arrests", subtype(EventType.ARREST, "detain", "police detained|detain the student", ActorKind.STATE_POLICE, null, false));
  }

  @Test
  void irritantAgentsAreChemicalWeaponsAndACouncilSetUpChangesTheGroup() {
    assertEquals("Chemical weapon", subtype(EventType.EXPLOSION_REMOTE_VIOLENCE, "use",
        "the occupiers|occupier used|use munitions|munition containing|contain cs irritant agent", ActorKind.STATE_MILITARY, null, false));
    assertEquals("Change to group/activity", subtype(EventType.OTHER, "set up",
        "the coalition had|have set up a collective leadership council", ActorKind.MILITIA, null, false));
    assertEquals("Headquarters or base established", subtype(EventType.OTHER, "set up",
        "the group set up a base near the council offices|office", ActorKind.REBEL, null, false));
  }
}
