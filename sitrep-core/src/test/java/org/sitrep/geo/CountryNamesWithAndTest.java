package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "and" inside a name: "Trinidad and Tobago" is one country, not Trinidad in Bolivia; "Homs and Hama" stays two cities. */
class CountryNamesWithAndTest {
  private static final Gazetteer GAZ = Gazetteer.builder()
      .country(new CountryInfo("TT", "TTO", "Trinidad and Tobago", 11f, -61f, 10f, -62f, 11.5f, -60.5f), List.of(), List.of("Trinidadian"))
      .country(new CountryInfo("BO", "BOL", "Bolivia", -17f, -65f, -23f, -70f, -9f, -57f), List.of(), List.of("Bolivian"))
      .country(new CountryInfo("SY", "SYR", "Syria", 35f, 38f, 32f, 35f, 37f, 42f), List.of(), List.of("Syrian"))
      .add(new GazetteerEntry(EntryKind.CITY, "Trinidad", 1, "BOL", "BE", -14.8f, -64.9f, 130_000, "PPLA"))
      .add(new GazetteerEntry(EntryKind.CITY, "Homs", 2, "SYR", "HI", 34.7f, 36.7f, 775_000, "PPLA"))
      .add(new GazetteerEntry(EntryKind.CITY, "Hama", 3, "SYR", "HM", 35.1f, 36.7f, 460_000, "PPLA"))
      .build();

  private static List<String> found(String text) {
    return HandBuiltPlaces.find(GAZ, text).stream().map(m -> m.place().text()).toList();
  }

  @Test
  void aCountryNamedWithAndIsOnePlace() {
    List<String> names = found("The government of Trinidad and Tobago declared a state of emergency.");
    assertTrue(names.contains("Trinidad and Tobago"), names.toString());
    assertTrue(!names.contains("Trinidad"), names.toString());
  }

  @Test
  void twoCitiesJoinedByAndStayTwo() {
    List<String> names = found("Rebels advanced on Homs and Hama on Friday.");
    assertTrue(names.contains("Homs") && names.contains("Hama"), names.toString());
  }
}
