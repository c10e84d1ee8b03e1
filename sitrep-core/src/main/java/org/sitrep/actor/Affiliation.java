package org.sitrep.actor;

/**
 * One dated fact about an actor from the affiliations column: "former_affiliate_of=al-qaeda@2012..2016-07"
 * is relation former_affiliate_of, target al-qaeda, during 2012 to July 2016. For relation
 * {@code kind} the target is an actor kind that applies during the dates.
 */
public record Affiliation(String relation, String target, DateRange dates) {

  /** The affiliation, or null when the text is malformed. */
  static Affiliation parse(String text) {
    String t = text.trim();
    int eq = t.indexOf('=');
    if (eq <= 0 || eq == t.length() - 1) {
      return null;
    }
    String relation = t.substring(0, eq).trim();
    String rest = t.substring(eq + 1);
    int at = rest.indexOf('@');
    String target = (at < 0 ? rest : rest.substring(0, at)).trim();
    DateRange dates = at < 0 ? DateRange.ALWAYS : DateRange.parse(rest.substring(at + 1));
    if (target.isEmpty() || dates == null || !relation.matches("[a-z_]+")) {
      return null;
    }
    return new Affiliation(relation, target, dates);
  }
}
