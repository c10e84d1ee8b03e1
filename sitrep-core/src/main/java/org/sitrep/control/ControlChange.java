package org.sitrep.control;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventStatus;
import org.sitrep.model.Evidence;

/**
 * One change of who holds a place, as one article tells it. {@code gainer} or {@code loser} may be
 * null (a withdrawal that names nobody moving in; a capture from an unnamed holder).
 * {@code counted} is false for denied or speculative changes, which leave {@code holdersAfter} as
 * they were. {@code holdersAfter} has several actors when the same day brings conflicting claims
 * ({@code contested}).
 */
public record ControlChange(
    LocalDate day, EventDate date, Actor gainer, Actor loser, String how, EventStatus status,
    boolean counted, boolean contested, List<Actor> holdersAfter, String articleId, Evidence evidence,
    String eventId) {

  public ControlChange {
    holdersAfter = List.copyOf(holdersAfter);
  }

  ControlChange walked(boolean isCounted, List<Actor> holders, boolean isContested, Actor newLoser) {
    return new ControlChange(day, date, gainer, newLoser, how, status, isCounted, isContested, holders,
        articleId, evidence, eventId);
  }
}
