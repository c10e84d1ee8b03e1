package org.sitrep.geo;

import org.sitrep.knowledge.TsvResource;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GeoNames build folds city names at build time (sitrep-geonames namekey.mjs) and the loader
 * trusts those keys, while lookups fold text with {@link NameKey}: both must give the same key.
 */
class NameKeyAgreementTest {
  private static final String GEONAMES = "org/sitrep/geonames/";

  @Test
  void javaFoldsTheBuildSamplesToTheSameKeys() throws Exception {
    List<String> disagreements = new ArrayList<>();
    int rows = 0;
    int nonAscii = 0;
    try (BufferedReader r = TsvResource.open(GEONAMES + "namekey-samples.tsv.gz")) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (line.startsWith("#") || f.length < 2) {
          continue;
        }
        rows++;
        nonAscii += f[0].chars().anyMatch(c -> c > 126) ? 1 : 0;
        if (!NameKey.of(f[0]).equals(f[1])) {
          disagreements.add(f[0] + " java=" + NameKey.of(f[0]) + " node=" + f[1]);
        }
      }
    }
    assertTrue(rows > 1000, "too few samples: " + rows);
    assertTrue(nonAscii > 100, "sample has too few accented names: " + nonAscii);
    assertEquals(List.of(), disagreements.subList(0, Math.min(20, disagreements.size())));
  }

  @Test
  void cityNameKeysInTheBuildMatchJavaFolding() throws Exception {
    int rows = 0;
    try (BufferedReader r = TsvResource.open(GEONAMES + "cities.tsv.gz")) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (!line.startsWith("#") && rows++ % 10 == 0) {
          assertEquals(NameKey.of(f[1]), f[2], "key of " + f[1]);
        }
      }
    }
    assertTrue(rows > 1000);
  }
}
