package org.sitrep.event;

import java.util.List;

/**
 * "A remote-controlled bomb has exploded beside a police van in Mastung. ... The Balochistan Liberation Army has
 * claimed responsibility.": a party that claims, in a later sentence, an attack whose doer the text has not named is
 * that attack's actor, as ACLED codes the claimant. The claim (a trigger of noun class {@code responsibility_claim})
 * stays a statement of its own.
 */
final class ResponsibilityClaims {
  /** How many sentences back the claimed attack may be told. */
  private static final int REACH = 2;

  private ResponsibilityClaims() {}

  static void apply(List<Draft> drafts) {
    for (Draft claim : drafts) {
      if (isClaimByAParty(claim) && drafts.stream().noneMatch(o -> o != claim && o.sentenceIndex == claim.sentenceIndex
          && Violence.FIGHTING.contains(o.type))) {
        Draft attack = latestUnclaimedAttack(drafts, claim);
        if (attack != null) {
          attack.actor = claim.actor;
          // a claim names the doer as plainly as a subject would: the attack ranks as one whose actor the grammar gave
          attack.actorFromRole = true;
          attack.evidence.addAll(claim.evidence.stream().filter(e -> !attack.evidence.contains(e)).toList());
        }
      }
    }
  }

  private static boolean isClaimByAParty(Draft d) {
    return d.actor != null && Violence.PARTIES.contains(d.actor.actor().kind()) && d.status != null && d.status.counted()
        && NounClasses.standard().contains("responsibility_claim", String.join(" ", d.trigger.entry().lemmas()));
  }

  private static Draft latestUnclaimedAttack(List<Draft> drafts, Draft claim) {
    Draft found = null;
    for (Draft d : drafts) {
      boolean before = d.sentenceIndex < claim.sentenceIndex && d.sentenceIndex >= claim.sentenceIndex - REACH;
      if (before && d.doerUnnamed() && Violence.FIGHTING.contains(d.type) && d.status != null && d.status.counted()
          && (found == null || d.sentenceIndex > found.sentenceIndex)) {
        found = d;
      }
    }
    return found;
  }
}
