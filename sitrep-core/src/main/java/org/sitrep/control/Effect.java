package org.sitrep.control;

/** What an event does to the holder of a place; see control-triggers.tsv. */
public enum Effect {
  /** The event's actor gains the place. */
  GAIN,
  /** The event's actor loses the place (it withdraws). */
  LOSE,
  /** The actor moves in: a gain only beside a withdrawal in the same sentence. */
  MOVES_IN,
  /** No change of control ("gain ground" near a place is an advance, not a capture of it). */
  NONE;

  static Effect parse(String text) {
    return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
