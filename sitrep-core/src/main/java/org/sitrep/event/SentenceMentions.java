package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.quantity.QuantityMention;
import org.sitrep.time.DateMention;

/**
 * The mentions found inside one sentence, each with offsets into the cleaned text, and whether one of the two sentences
 * before it named an armed group ("Claim: The Houthis ... agreed to swap prisoners. Our check: the deal signed in Muscat").
 */
record SentenceMentions(
    List<ActorMention> actors, List<PlaceMention> places, List<QuantityMention> quantities, List<DateMention> dates,
    boolean armedGroupJustBefore) {

  SentenceMentions(List<ActorMention> actors, List<PlaceMention> places, List<QuantityMention> quantities, List<DateMention> dates) {
    this(actors, places, quantities, dates, false);
  }

  static <T> List<T> within(Span sentence, List<T> all, java.util.function.Function<T, Span> span) {
    List<T> inside = new ArrayList<>();
    for (T t : all) {
      if (sentence.contains(span.apply(t))) {
        inside.add(t);
      }
    }
    return inside;
  }
}
