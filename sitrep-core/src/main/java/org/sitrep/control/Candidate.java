package org.sitrep.control;

import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/** An event about the place with the rule it matched, before pairing and ordering. */
record Candidate(Event event, ControlRule rule, int articleOrder) {
  String articleId() {
    if (event.article() != null) {
      return event.article().id();
    }
    Evidence e = evidence();
    return e == null ? null : e.articleId();
  }

  Evidence evidence() {
    return event.evidence().isEmpty() ? null : event.evidence().get(0);
  }

  int evidenceStart() {
    Evidence e = evidence();
    return e == null ? Integer.MAX_VALUE : e.start();
  }

  /** Article and sentence: withdrawals and captures told in one sentence are one change. */
  String sentenceKey() {
    return articleId() + "@" + evidenceStart();
  }

  Effect effect() {
    return rule.effect();
  }
}
