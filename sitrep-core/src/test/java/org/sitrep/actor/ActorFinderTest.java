package org.sitrep.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

class ActorFinderTest {
  private final ActorFinder finder = ActorFinder.standard();

  private List<ActorMention> find(String text, String focus) {
    return finder.find(Articles.of(text), focus);
  }

  private static ActorMention only(List<ActorMention> mentions) {
    assertEquals(1, mentions.size(), mentions.toString());
    return mentions.get(0);
  }

  private static ActorMention withText(List<ActorMention> mentions, String text) {
    return mentions.stream().filter(m -> m.actor().text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
  }

  @Test
  void leadersForcesWithTypographicApostrophe() {
    Actor a = only(find("They attacked Assad’s forces near Homs.", "SYR")).actor();
    assertEquals(new Actor("Military Forces of Syria", null, "Assad’s forces", ActorKind.STATE_MILITARY, "SYR"), a);
    ActorMention titled = only(find("against President Bashar Assad’s forces.", null));
    assertEquals("President Bashar Assad’s forces", titled.actor().text());
    assertEquals("SYR", titled.actor().country(), "the leader's country, not the focus");
  }

  @Test
  void theNationalArmyIsTheFocusCountrysArmy() {
    ActorMention army = withText(find("dissidents attacked a patrol of the National Army near El Plateado", "COL"), "the National Army");
    assertEquals(new Actor("Military Forces of Colombia", null, "the National Army", ActorKind.STATE_MILITARY, "COL"), army.actor());
    assertEquals("lna", only(find("the Libyan National Army advanced", "LBY")).actor().id(), "a named national army stays itself");
  }

  @Test
  void dictionaryNamesAndAliases() {
    assertEquals("hezbollah", only(find("Hezbollah has deployed forces.", "SYR")).actor().id());
    ActorMention daesh = only(find("the extremist Daesh resurfaced", "SYR"));
    assertEquals("islamic-state", daesh.actor().id());
    assertEquals("Daesh", daesh.actor().text());
    assertEquals("Islamic State", daesh.actor().name());
  }

  @Test
  void namesFoldCaseDiacriticsHyphensApostrophes() {
    for (String spelling : List.of("Hayat Tahrir Al-Sham", "Hay'at Tahrir al-Sham", "Hay’at Tahrir al Sham", "HAYAT TAHRIR AL-SHAM")) {
      ActorMention m = only(find("News: " + spelling + " advanced.", null));
      assertEquals("hts", m.actor().id(), spelling);
      assertEquals(spelling, m.actor().text());
    }
  }

  @Test
  void dashesAndHyphenatedAcronyms() {
    assertEquals("iskp", only(find("Islamic State – Khorasan Province claimed it", "AFG")).actor().id());
    assertEquals("iskp", only(find("an ISIS-K cell", "AFG")).actor().id());
    assertEquals("ISIS-K", only(find("an ISIS-K cell", "AFG")).actor().text());
  }

  @Test
  void backedForcesExposeTheirBacker() {
    ActorFindings f = finder.analyse(Articles.of("causing concern among U.S.-backed Kurdish forces."), "SYR");
    ActorMention kurdish = withText(f.mentions(), "Kurdish forces");
    assertEquals(ActorKind.MILITIA, kurdish.actor().kind());
    assertEquals("SYR", kurdish.actor().country());
    assertNull(kurdish.actor().id());
    List<ActorMention> backers = f.backers(kurdish);
    assertEquals(1, backers.size());
    assertEquals("united-states", backers.get(0).actor().id());
    assertEquals("U.S.", backers.get(0).actor().text());
  }

  @Test
  void demonymBackerBecomesAForeignStateMention() {
    ActorFindings f = finder.analyse(Articles.of("Russian-backed separatists shelled the town."), "UKR");
    ActorMention separatists = withText(f.mentions(), "separatists");
    ActorMention russian = only(f.backers(separatists));
    assertEquals(ActorKind.FOREIGN_STATE, russian.actor().kind());
    assertEquals("RUS", russian.actor().country());
    assertEquals("Russian", russian.actor().text());
  }

  @Test
  void listOfBackers() {
    List<ActorMention> m = find("regained control due to backing from Russia, Iran, and Hezbollah.", "SYR");
    assertEquals(List.of("russia", "iran", "hezbollah"), m.stream().map(x -> x.actor().id()).toList());
  }

  @Test
  void acronymDefinedInArticleAndPossessive() {
    String text = "Hayat Tahrir Al-Sham (HTS) intensifies its offensive. Hezbollah moved to counter HTS’s rapid advance.";
    List<ActorMention> m = find(text, "SYR");
    ActorMention last = m.get(m.size() - 1);
    assertEquals("HTS", last.actor().text());
    assertEquals("hts", last.actor().id());
    assertEquals(text.indexOf("HTS’s"), last.span().start());
    assertEquals(text.indexOf("HTS’s") + 3, last.span().end());
  }

  @Test
  void acronymUnknownToTheDictionaryTakesItsDefinition() {
    String text = "The Popular Resistance Committees (PRC) fired rockets. Later PRC fighters withdrew.";
    List<ActorMention> prc = find(text, "PSE").stream().filter(x -> x.actor().text().startsWith("PRC")).toList();
    assertEquals(2, prc.size(), prc.toString());
    assertEquals("Popular Resistance Committees", prc.get(1).actor().name());
    assertEquals(ActorKind.UNKNOWN, prc.get(1).actor().kind());
  }

  @Test
  void definitionsNeitherInventCompaniesNorOverrideKnownAcronyms() {
    assertTrue(find("British Airways (BA) cancelled flights; BA said", null).isEmpty());
    List<ActorMention> undp = find("the United Nations Development Program (UNDP) said UNDP staff", null);
    assertTrue(undp.stream().filter(x -> x.actor().text().startsWith("UNDP")).allMatch(x -> "undp".equals(x.actor().id())), undp.toString());
    List<ActorMention> idf = find("the Israeli Defense Force (IDF) said IDF troops", null);
    assertTrue(idf.stream().filter(x -> x.actor().text().startsWith("IDF")).allMatch(x -> "idf".equals(x.actor().id())), idf.toString());
  }

  @Test
  void sharedAcronymNeedsTheArticleToResolveIt() {
    assertTrue(find("SNA troops entered the town.", null).stream().noneMatch(x -> x.actor().text().startsWith("SNA")));
    assertEquals("sna", withText(find("SNA troops entered the town.", "SYR"), "SNA troops").actor().id());
    String defined = "The Somali National Army (SNA) said SNA units held the town.";
    assertTrue(find(defined, null).stream().filter(x -> x.actor().text().equals("SNA"))
        .allMatch(x -> x.actor().id().equals("som-army")));
    String other = "the Rapid Support Forces (RSF) attacked; RSF fighters looted.";
    assertEquals(List.of("Rapid Support Forces", "RSF", "RSF fighters"),
        find(other, "SDN").stream().filter(x -> "rsf".equals(x.actor().id())).map(x -> x.actor().text()).toList());
  }

  @Test
  void acronymIsExactCaseAndNotAFunctionWord() {
    ActorMention is = only(find("IS fighters attacked the village.", "IRQ"));
    assertEquals("islamic-state", is.actor().id());
    assertEquals("IS fighters", is.actor().text());
    assertTrue(find("Is this the end of the war?", "IRQ").isEmpty());
    assertTrue(find("WHAT IS HAPPENING IN THE NORTH", "IRQ").isEmpty());
    // a capitalised label set off by punctuation is no shouting around the acronym
    assertTrue(find("BREAKING: M23/AFC fighters have taken Walikale.", "COD").stream().anyMatch(m -> "m23".equals(m.actor().id())));
    assertTrue(find("BREAKING NEWS IS HERE", "IRQ").isEmpty());
    List<ActorMention> tagged = finder.find(Articles.tagged("it IS clear", "PRP", "VBZ", "JJ"), "IRQ");
    assertTrue(tagged.isEmpty(), tagged.toString());
    List<ActorMention> noun = finder.find(Articles.tagged("IS claimed it", "NNP", "VBD", "PRP"), "IRQ");
    assertEquals("islamic-state", only(noun).actor().id());
  }

  @Test
  void lowercaseCommonWordsAreNoNames() {
    assertTrue(find("They ate turkey at home.", null).isEmpty());
    assertEquals("turkey", only(find("Turkey condemned it.", null)).actor().id());
  }

  @Test
  void genericActors() {
    Actor troops = only(find("Turkish troops crossed the border.", "SYR")).actor();
    assertEquals(new Actor("Military Forces of Turkey", null, "Turkish troops", ActorKind.STATE_MILITARY, "TUR"), troops);
    Actor gov = only(find("Clashes with government forces continued.", "SDN")).actor();
    assertEquals(ActorKind.STATE_MILITARY, gov.kind());
    assertEquals("SDN", gov.country());
    assertEquals("Military Forces", only(find("government forces", null)).actor().name());
    assertEquals(ActorKind.UNKNOWN, only(find("Unidentified gunmen opened fire", "NGA")).actor().kind());
    assertEquals(ActorKind.CIVILIANS, only(find("thousands of civilians fled", "SDN")).actor().kind());
    assertEquals(ActorKind.STATE_POLICE, only(find("police arrested two men", "PAK")).actor().kind());
    assertEquals(ActorKind.REBEL, only(find("rebels seized the town", "COD")).actor().kind());
  }

  @Test
  void aStateNamedWithItsNameAndItsBorderGuards() {
    Actor peru = only(find("Peru's government declared a state of emergency.", null)).actor();
    assertEquals(new Actor("Government of Peru", null, "Peru's government", ActorKind.GOVERNMENT, "PER"), peru);
    Actor guards = withText(find("Armenian border guards withdrew and Azerbaijani border troops took up positions.", "ARM"),
        "Azerbaijani border troops").actor();
    assertEquals("Military Forces of Azerbaijan", guards.name(), "the demonym's state, not the focus");
    assertEquals(ActorKind.STATE_MILITARY, guards.kind());
    assertTrue(find("Peru's beaches were full.", null).stream().noneMatch(m -> m.actor().kind() == ActorKind.GOVERNMENT));
  }

  @Test
  void aStatesNameBeforeItsGovernmentStaysAPlaceForTheGeoparser() {
    String text = "Qatar's government denied it, and Assad's forces attacked.";
    List<org.sitrep.model.Span> spans = finder.analyse(Articles.of(text), null).nonCountrySpans();
    assertTrue(spans.stream().anyMatch(sp -> sp.start() == text.indexOf("government") && sp.end() == text.indexOf(" denied")), spans.toString());
    assertTrue(spans.stream().noneMatch(sp -> sp.start() <= text.indexOf("Qatar") && text.indexOf("Qatar") < sp.end()), spans.toString());
    assertTrue(spans.stream().anyMatch(sp -> sp.start() == text.indexOf("Assad")), "a leader's forces keep their span: " + spans);
  }

  @Test
  void aNamedBrigadeTheDictionaryLacksIsAMilitia() {
    List<ActorMention> mentions = find("The Al-Nakhla Brigade and the Western Shield Battalion signed a ceasefire.", "LBY");
    Actor nakhla = withText(mentions, "Al-Nakhla Brigade").actor();
    assertEquals(new Actor("Al-Nakhla Brigade", null, "Al-Nakhla Brigade", ActorKind.MILITIA, "LBY"), nakhla);
    assertEquals(ActorKind.MILITIA, withText(mentions, "Western Shield Battalion").actor().kind());
    assertTrue(find("The 72nd Brigade shelled the town.", "UKR").stream().noneMatch(m -> m.actor().text().contains("72nd")));
    assertEquals("golani-brigade", withText(find("The Golani Brigade entered Jenin.", "PSE"), "Golani Brigade").actor().id());
    List<ActorMention> wazalendo = find("The Wazalendo Self-Defence Brigade attacked Goma.", "COD");
    assertTrue(wazalendo.stream().anyMatch(m -> "wazalendo".equals(m.actor().id())) && wazalendo.stream().noneMatch(m -> m.actor().id() == null),
        wazalendo.toString());
  }

  @Test
  void acledsOwnNamesForStateForcesNameTheirCountry() {
    Actor police = withText(find("Police Forces of Sudan fired live ammunition.", "SDN"), "Police Forces of Sudan").actor();
    assertEquals(new Actor("Police Forces of Sudan", null, "Police Forces of Sudan", ActorKind.STATE_POLICE, "SDN"), police);
    Actor army = withText(find("JNIM attacked Military forces of Burkina Faso near Djibo.", "MLI"), "Military forces of Burkina Faso").actor();
    assertEquals("BFA", army.country(), "the country named, not the article's focus");
    assertEquals(ActorKind.STATE_MILITARY, army.kind());
  }

  @Test
  void aStatesDefenceForcesAreItsMilitary() {
    Actor mozambique = only(find("Mozambican defence forces regained control of Mucojo.", null)).actor();
    assertEquals(new Actor("Military Forces of Mozambique", null, "Mozambican defence forces", ActorKind.STATE_MILITARY, "MOZ"), mozambique);
    assertEquals("ETH", withText(find("Soldiers of the Ethiopian National Defense Force searched houses.", null),
        "Ethiopian National Defense Force").actor().country());
  }

  @Test
  void pakistansParamilitaryRangersAreItsMilitary() {
    assertEquals("pak-rangers", only(find("Paramilitary Rangers opened fire on a sit-in in Dhirkot.", "PAK")).actor().id());
    assertEquals(ActorKind.STATE_MILITARY, only(find("Sindh Rangers raided a house in Karachi.", null)).actor().kind());
  }

  @Test
  void militiasNamedByTheirBackerKeepTheBackersName() {
    Actor militia = only(find("Iranian-backed militias set up a new headquarters.", "SYR")).actor();
    assertEquals(new Actor("Iranian-backed militia", null, "Iranian-backed militias", ActorKind.MILITIA, "SYR"), militia);
  }

  @Test
  void resistanceGroupsAreRebels() {
    Actor rebels = only(find("Four Chin resistance groups announced a merger.", "MMR")).actor();
    assertEquals(ActorKind.REBEL, rebels.kind());
    assertEquals("MMR", rebels.country());
  }

  @Test
  void longestMatchWins() {
    assertEquals("sdf", only(find("the Syrian Democratic Forces advanced", "SYR")).actor().id());
    assertEquals("syr-government", only(find("the Assad regime fell", "SYR")).actor().id());
  }

  @Test
  void nonStateLeadersForcesAreTheirActor() {
    assertEquals("rsf", only(find("Hemedti's fighters looted the market", "SDN")).actor().id());
  }

  @Test
  void personsMapByPublicationDate() {
    String text = "Ahmed al-Sharaa spoke in Damascus.";
    assertEquals("hts", only(finder.find(Articles.of(text, LocalDate.of(2024, 12, 6)), "SYR")).actor().id());
    assertEquals("syr-government", only(finder.find(Articles.of(text, LocalDate.of(2025, 3, 1)), "SYR")).actor().id());
    assertEquals("jabhat-al-nusra", only(finder.find(Articles.of("Golani said", LocalDate.of(2015, 1, 1)), "SYR")).actor().id());
    assertEquals(ActorKind.GOVERNMENT, only(finder.find(Articles.of("the Taliban said", LocalDate.of(2023, 1, 1)), "AFG")).actor().kind());
  }

  @Test
  void emptyAndNullInputs() {
    assertTrue(find("", null).isEmpty());
    assertTrue(finder.find(Articles.of(null), null).isEmpty());
    assertTrue(finder.find(null, null).isEmpty());
  }

  @Test
  void aCrowdAndPensionersAreCiviliansActing() {
    ActorMention crowd = only(find("A crowd in Soshanguve attacked foreign-owned shops.", "ZAF"));
    assertEquals(org.sitrep.model.ActorKind.CIVILIANS, crowd.actor().kind());
    assertEquals("crowd", crowd.actor().text());
    ActorMention pensioners = only(find("Some 3,000 pensioners marched to Congress.", "ARG"));
    assertEquals(org.sitrep.model.ActorKind.CIVILIANS, pensioners.actor().kind());
  }

  @Test
  void gangsAreArmedGroupsNotCivilians() {
    ActorMention gang = withText(find("Gang members seized 11 passengers outside Lascahobas.", "HTI"), "Gang members");
    assertEquals(org.sitrep.model.ActorKind.MILITIA, gang.actor().kind());
    assertEquals("Gangs (Haiti)", gang.actor().name());
    assertEquals(org.sitrep.model.ActorKind.MILITIA, only(find("Cartel gunmen burned two trucks.", "MEX")).actor().kind());
  }

  @Test
  void shorthandAndServiceNamesOfAStatesForces() {
    ActorMention helicopter = withText(find("a Syrian govt helicopter dropped a canister on the town", "SYR"), "Syrian govt");
    assertEquals("SYR", helicopter.actor().country());
    assertTrue(helicopter.actor().kind() == ActorKind.STATE_MILITARY || helicopter.actor().kind() == ActorKind.GOVERNMENT,
        helicopter.actor().toString());
    ActorMention border = only(find("Azerbaijani border service units took control of the village", "ARM"));
    assertEquals("Military Forces of Azerbaijan", border.actor().name());
  }

  @Test
  void libyanMilitiasMapucheGroupsAndEcuadorianGangsAreInTheDictionary() {
    assertEquals("lby-radaa", only(find("Commanders of the Radaa Special Deterrence Force announced a split", "LBY")).actor().id());
    assertEquals("chl-wam", only(find("Weichan Auka Mapu claimed the attack", "CHL")).actor().id());
    assertEquals("los-lobos", withText(find("police attribute the attack to Los Lobos", "ECU"), "Los Lobos").actor().id());
  }

  @Test
  void ridersWhoStrikeUnnamedAndBombDisposalTeams() {
    ActorMention rider = withText(find("someone on a motorbike threw a grenade at the checkpoint", "THA"), "someone on a motorbike");
    assertEquals(ActorKind.UNKNOWN, rider.actor().kind());
    ActorMention disposal = withText(find("Army bomb disposal officers made it safe", "GBR"), "Army bomb disposal officers");
    assertEquals("Military Forces of United Kingdom", disposal.actor().name());
    assertTrue(find("the film follows a bomb disposal unit through the jungle", "VNM").isEmpty(), "a film's unit is no one");
  }
}
