package org.sitrep.actor;

/**
 * One row of demonyms.tsv: "Syrian" → SYR (type state), or a group adjective such as "Kurdish"
 * (type ethnic, sectarian, religious or ideological) with no country.
 */
public record Demonym(String word, String country, String type, String countryName) {
  public boolean isState() {
    return "state".equals(type);
  }
}
