package org.sitrep.eval;

import java.util.List;

/** A place as a human coder wrote it: gazetteer-style name, spelling variants, ISO3 country or null. */
public record GoldPlace(String name, List<String> aliases, String country) {
  public GoldPlace {
    aliases = List.copyOf(aliases);
  }

  public List<String> names() {
    return Names.join(name, aliases);
  }
}
