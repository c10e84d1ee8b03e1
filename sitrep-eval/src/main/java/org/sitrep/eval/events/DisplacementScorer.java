package org.sitrep.eval.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.eval.Accuracy;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/**
 * displacement.jsonl against the top counted displacement event: found (there is one), figure
 * (its displaced value equals the gold figure), origin (its "from" matches, judged where the gold
 * states one) and destination recall (gold destinations matched by any of its "to" places).
 */
public final class DisplacementScorer implements SetScorer<DisplacementCase> {
  private final ErrorRows errors;
  private Accuracy found = Accuracy.NONE;
  private Accuracy figure = Accuracy.NONE;
  private Accuracy origin = Accuracy.NONE;
  private Accuracy destinations = Accuracy.NONE;

  public DisplacementScorer(int maxErrors) {
    this.errors = new ErrorRows(maxErrors);
  }

  @Override
  public void score(DisplacementCase gold, List<Event> events) {
    Optional<Event> top = TopEvent.of(events, e -> e.type() == EventType.DISPLACEMENT);
    found = found.add(top.isPresent());
    boolean figureRight = top.map(e -> sameFigure(gold, e)).orElse(false);
    if (gold.displaced() != null) {
      figure = figure.add(figureRight);
    }
    if (gold.from() != null) {
      origin = origin.add(top.map(e -> gold.from().matches(e.from())).orElse(false));
    }
    for (var place : gold.to()) {
      destinations = destinations.add(top.map(e -> place.matchesAny(e.to())).orElse(false));
    }
    if (!figureRight) {
      errors.add(gold.id(), gold.displaced(), top.map(DisplacementScorer::figure).orElse("no event"), Md.snippet(gold.text()));
    }
  }

  static boolean sameFigure(DisplacementCase gold, Event e) {
    return gold.displaced() != null && e.displaced() != null && e.displaced().value() == gold.displaced();
  }

  private static String figure(Event e) {
    return e.displaced() == null ? "no figure" : e.displaced().value() + " (\"" + e.displaced().text() + "\")";
  }

  public Accuracy found() {
    return found;
  }

  public Accuracy figure() {
    return figure;
  }

  public Accuracy origin() {
    return origin;
  }

  public Accuracy destinations() {
    return destinations;
  }

  @Override
  public void render(StringBuilder out) {
    out.append("## displacement\n\n").append(Md.header("measure", "rate (right/judged)"));
    out.append(Md.row("displacement event found", Md.rate(found)));
    out.append(Md.row("figure equals gold (exact match)", Md.rate(figure)));
    out.append(Md.row("origin matches (where stated)", Md.rate(origin)));
    out.append(Md.row("destination recall", Md.rate(destinations))).append('\n');
    errors.render(out, "Figure errors", "id", "gold", "system", "text");
  }
}
