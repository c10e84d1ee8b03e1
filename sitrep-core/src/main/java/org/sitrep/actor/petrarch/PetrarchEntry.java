package org.sitrep.actor.petrarch;

import java.util.List;

/**
 * One actor record: the primary phrase, its '+' synonyms (phrases with '_' read as spaces), and
 * its codes, default and date-restricted, in file order. {@code line} is the primary's 1-based line.
 */
public record PetrarchEntry(String name, List<String> synonyms, List<CameoCode> codes, int line) {
  public PetrarchEntry {
    synonyms = List.copyOf(synonyms);
    codes = List.copyOf(codes);
  }
}
