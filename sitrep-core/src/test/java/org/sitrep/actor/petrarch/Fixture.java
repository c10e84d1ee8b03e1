package org.sitrep.actor.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hand-written PETRARCH-format dictionary of the tests (src/test/resources). */
final class Fixture {
  static final String NAME = "fixture.actors";

  private Fixture() {}

  static List<String> lines() {
    try (InputStream in = Fixture.class.getResourceAsStream(NAME)) {
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static PetrarchDictionary read() {
    return PetrarchDictionaryReader.read(lines(), NAME);
  }

  static PetrarchEntry actor(PetrarchDictionary d, String name) {
    return d.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
  }
}
