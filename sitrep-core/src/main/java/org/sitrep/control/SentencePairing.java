package org.sitrep.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

/**
 * Turns candidates into draft changes. A withdrawal and a capture (or a moving in) told in the
 * same sentence are one change: the one moving in gains what the one withdrawing loses. A moving
 * in with no withdrawal beside it is no change (troops deploy to places they already hold).
 */
final class SentencePairing {
  private SentencePairing() {}

  static List<ControlChange> changes(List<Candidate> candidates, ControlRules rules) {
    Map<String, List<Candidate>> bySentence = new LinkedHashMap<>();
    candidates.forEach(c -> bySentence.computeIfAbsent(c.sentenceKey(), k -> new ArrayList<>()).add(c));
    List<ControlChange> out = new ArrayList<>();
    for (List<Candidate> sentence : bySentence.values()) {
      out.addAll(sentenceChanges(sentence, rules));
    }
    return out;
  }

  private static List<ControlChange> sentenceChanges(List<Candidate> sentence, ControlRules rules) {
    List<Candidate> gains = ofEffect(sentence, Effect.GAIN);
    List<Candidate> losses = ofEffect(sentence, Effect.LOSE);
    List<Candidate> movesIn = ofEffect(sentence, Effect.MOVES_IN);
    List<ControlChange> out = new ArrayList<>();
    Candidate withdrawal = losses.isEmpty() ? null : losses.get(0);
    for (Candidate g : gains) {
      Actor loser = armedTarget(g.event(), rules);
      out.add(draft(g, g.event().actor(), loser != null || withdrawal == null ? loser : withdrawal.event().actor()));
    }
    if (gains.isEmpty()) {
      for (Candidate l : losses) {
        Actor mover = l == withdrawal && !movesIn.isEmpty() ? movesIn.get(0).event().actor() : null;
        out.add(draft(l, mover, l.event().actor()));
      }
    }
    return out;
  }

  private static List<Candidate> ofEffect(List<Candidate> sentence, Effect effect) {
    return sentence.stream().filter(c -> c.effect() == effect).toList();
  }

  private static Actor armedTarget(Event e, ControlRules rules) {
    return rules.isArmed(e.target()) ? e.target() : null;
  }

  private static ControlChange draft(Candidate c, Actor gainer, Actor loser) {
    Event e = c.event();
    return new ControlChange(EventDays.dayOf(e), e.date(), gainer, loser, c.rule().how(), e.status(),
        false, false, List.of(), c.articleId(), c.evidence(), e.id());
  }
}
