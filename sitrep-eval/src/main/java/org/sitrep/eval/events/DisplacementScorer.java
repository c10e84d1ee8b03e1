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
    boolean originRight = gold.from() == null || top.map(e -> gold.from().matches(e.from())).orElse(false);
    if (gold.from() != null) {
      origin = origin.add(originRight);
    }
    boolean allDestinations = judgeDestinations(gold, top);
    if (!figureRight || !originRight || !allDestinations) {
      errors.add(gold.id(), gold.displaced() + " " + route(gold), top.map(DisplacementScorer::describe).orElse("no event"),
          Md.snippet(gold.text()));
    }
  }

  /** Adds each gold destination to the recall tally; true when the top event has them all. */
  private boolean judgeDestinations(DisplacementCase gold, Optional<Event> top) {
    boolean all = true;
    for (NamedPlace place : gold.to()) {
      boolean found = top.map(e -> place.matchesAny(e.to())).orElse(false);
      destinations = destinations.add(found);
      all &= found;
    }
    return all;
  }

  private static String route(DisplacementCase gold) {
    String from = gold.from() == null ? "–" : gold.from().name();
    return from + " → " + (gold.to().isEmpty() ? "–" : String.join(", ", gold.to().stream().map(NamedPlace::name).toList()));
  }

  private static String describe(Event e) {
    String figure = e.displaced() == null ? "no figure" : e.displaced().value() + " (\"" + e.displaced().text() + "\")";
    String from = e.from() == null ? "–" : e.from().name();
    String to = e.to().isEmpty() ? "–" : String.join(", ", e.to().stream().map(p -> p.name()).toList());
    return figure + " " + from + " → " + to;
  }

  static boolean sameFigure(DisplacementCase gold, Event e) {
    return gold.displaced() != null && e.displaced() != null && e.displaced().value() == gold.displaced();
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
    errors.render(out, "Records with a wrong figure, origin or destination", "id", "gold", "system", "text");
  }
}
