package org.sitrep.event;

/**
 * What "." means in a role column of triggers.tsv, by part of speech. Verbs take their actor from
 * the subject (or the passive agent, or the controller of "aiming to reclaim", or a "by" phrase
 * the parser did not call the agent, or the noun of a participle the parser took for a clausal subject:
 * "Protesters angered by the death ... have set fire to two police vehicles"); nouns from a
 * possessor, a "by" phrase or the subject of the light verb they are the object of. A noun's place
 * may hang on its verb: "clashes continued in Manbij", "an offensive launched near Hama", and a
 * noun that is the subject takes its verb's object as the place where that object is a place
 * ("Aerial bombardment targets Duma", "an explosion rocked Homs").
 */
final class TriggerDefaults {
  private TriggerDefaults() {}

  static String actor(char pos) {
    return pos == 'N' ? "nmod:poss,nmod:by,compound,amod,acl>obl:agent,^nsubj,^obl:agent" : "nsubj,obl:agent,nsubj:xsubj,@acl,obl:by,csubj>nsubj:pass";
  }

  static String target(char pos) {
    return pos == 'N' ? "nmod:against,nmod:on,nmod:of,^obl:against" : "obj,nsubj:pass,obl:against,obl:on";
  }

  static String place(char pos) {
    return pos == 'N'
        ? "nmod:in,nmod:near,nmod:at,nmod:around,nmod:outside,nmod:across,nmod:on,"
            + "^obl:in,^obl:near,^obl:at,^obl:around,^obl:outside,^obl:across,nsubj^obj"
        : "obl:in,obl:near,obl:at,obl:around,obl:outside,obl:across,obl:into,obl:over,nmod:in,nmod:near,nmod:at";
  }

  static String expand(String column, String defaults) {
    String c = column.trim();
    if (c.equals(".")) {
      return defaults;
    }
    return c.replace(".", defaults);
  }
}
