package org.sitrep.actor.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorKind;

class CameoKindsTest {
  private final CameoKinds kinds = CameoKinds.standard();

  private void assertReading(String code, ActorKind kind, String country) {
    assertEquals(new CameoKinds.Reading(kind, country), kinds.read(code), code);
  }

  @Test
  void countryThenRole() {
    assertReading("SYRGOV", ActorKind.GOVERNMENT, "SYR");
    assertReading("SYRMIL", ActorKind.STATE_MILITARY, "SYR");
    assertReading("USACOP", ActorKind.STATE_POLICE, "USA");
    assertReading("SDNREB", ActorKind.REBEL, "SDN");
    assertReading("NGAUAF", ActorKind.MILITIA, "NGA");
    assertReading("IRQPTY", ActorKind.POLITICAL_PARTY, "IRQ");
  }

  @Test
  void countryAloneIsTheStateAndUnlistedRoleIsUnknown() {
    assertReading("AFG", ActorKind.FOREIGN_STATE, "AFG");
    assertReading("AFGXYZ", ActorKind.UNKNOWN, "AFG");
  }

  @Test
  void firstListedRoleWins() {
    assertReading("SYRMEDGOV", ActorKind.GOVERNMENT, "SYR");
    assertReading("SYRREBMIL", ActorKind.REBEL, "SYR");
  }

  @Test
  void internationalRegionalAndGroupCodes() {
    assertReading("IGOUNO", ActorKind.INTERNATIONAL_ORG, null);
    assertReading("NGOAMN", ActorKind.INTERNATIONAL_ORG, null);
    assertReading("IMGMOS", ActorKind.MILITIA, null);
    assertReading("IMGMOSALQ", ActorKind.TERRORIST_GROUP, null);
    assertReading("MEAREB", ActorKind.REBEL, null);
  }

  @Test
  void oddCodesAreUnknownNotErrors() {
    assertReading("", ActorKind.UNKNOWN, null);
    assertReading("X1", ActorKind.UNKNOWN, null);
    assertReading("AB", ActorKind.UNKNOWN, null);
  }
}
