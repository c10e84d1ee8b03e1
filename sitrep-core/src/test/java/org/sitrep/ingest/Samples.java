package org.sitrep.ingest;

/** Hand-written English article text for ingest tests. */
final class Samples {
  private Samples() {}

  static final String BODY =
      "Thousands of people fled the central city on Friday as rebel fighters advanced from the north, "
          + "residents said. The army said it had redeployed troops to protect civilians and denied that the "
          + "city was encircled by the fighters. At least 20 people were killed in air strikes on villages "
          + "near the city, a monitoring group said, and the roads to the coast were full of cars.";

  static final String ARTICLE = "Thousands flee as rebels advance\n\n" + BODY + "\n";
}
