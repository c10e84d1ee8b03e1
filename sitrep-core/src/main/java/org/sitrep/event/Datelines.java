package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.model.Span;

/**
 * The stretches of text that are wire datelines ("KYIV, Nov 28, 2024 (Meridian) —"): the date in
 * a dateline is when the report was filed, not when its events happened, so it is no event date.
 */
final class Datelines {
  /** How far past the filing place the dateline's closing dash may be. */
  private static final int MAX_TAIL = 60;

  private Datelines() {}

  static List<Span> zones(String text) {
    List<Span> zones = new ArrayList<>();
    for (Span place : PlaceFinder.datelineSpans(text)) {
      int end = Math.min(text.length(), place.end() + MAX_TAIL);
      int dash = firstDash(text, place.end(), end);
      zones.add(new Span(place.start(), dash < 0 ? place.end() : dash));
    }
    return zones;
  }

  private static int firstDash(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\u2014' || c == '\u2013' || c == '-' && i > 0 && text.charAt(i - 1) == ' ') {
        return i;
      }
    }
    return -1;
  }
}
