package org.sitrep.eval.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.eval.Accuracy;
import org.sitrep.eval.Counts;
import org.sitrep.model.Event;
import org.sitrep.model.Quantity;

/**
 * subtypes.jsonl: the label is the ACLED sub-type of the top counted event ({@link TopEvent}).
 * Type+place counts a hit when that event's type is the gold type and its location matches the
 * gold place; system items are records whose top event has a location, gold items records with a
 * gold place. Actor, target and quantities are judged only where the gold states them.
 */
public final class SubtypeScorer implements SetScorer<SubtypeCase> {
  private final Confusion confusion = new Confusion();
  private final ErrorRows errors;
  private Counts typePlace = Counts.ZERO;
  private Accuracy actor = Accuracy.NONE;
  private Accuracy target = Accuracy.NONE;
  private Accuracy fatalities = Accuracy.NONE;
  private Accuracy injured = Accuracy.NONE;

  public SubtypeScorer(int maxErrors) {
    this.errors = new ErrorRows(maxErrors);
  }

  @Override
  public void score(SubtypeCase gold, List<Event> events) {
    Optional<Event> top = TopEvent.of(events);
    String predicted = top.map(Subtypes::label).orElse(TopEvent.NONE);
    confusion.add(gold.label(), predicted);
    typePlace = typePlace.plus(typePlace(gold, top.orElse(null)));
    actor = judge(actor, gold.actor(), top.map(e -> ActorNames.matches(gold.actor(), e.actor())));
    target = judge(target, gold.target(), top.map(e -> ActorNames.matches(gold.target(), e.target())));
    fatalities = judge(fatalities, gold.fatalities(), top.map(e -> same(gold.fatalities(), e.fatalities())));
    injured = judge(injured, gold.injured(), top.map(e -> same(gold.injured(), e.injured())));
    if (!gold.label().equals(predicted)) {
      errors.add(gold.id(), gold.label(), predicted, top.map(Describe::event).orElse("–"), Md.snippet(gold.text()));
    }
  }

  static Counts typePlace(SubtypeCase gold, Event top) {
    boolean predicted = top != null && top.location() != null;
    boolean coded = gold.place() != null;
    boolean hit = predicted && coded && gold.type() != null && top.type() != null
        && top.type().json().equals(gold.type()) && gold.place().matches(top.location());
    return new Counts(hit ? 1 : 0, predicted && !hit ? 1 : 0, coded && !hit ? 1 : 0);
  }

  private static Accuracy judge(Accuracy acc, Object gold, Optional<Boolean> right) {
    return gold == null ? acc : acc.add(right.orElse(false));
  }

  private static boolean same(Long gold, Quantity system) {
    return system != null && gold != null && system.value() == gold;
  }

  public Confusion confusion() {
    return confusion;
  }

  public Counts typePlace() {
    return typePlace;
  }

  @Override
  public void render(StringBuilder out) {
    new SubtypeReport(confusion).render(out);
    out.append("Top event type + place:\n\n");
    out.append(Md.header("hits", "false alarms", "misses", "precision", "recall", "F1"));
    out.append(Md.row(typePlace.hits(), typePlace.falseAlarms(), typePlace.misses(), Md.num(typePlace.precision()),
        Md.num(typePlace.recall()), Md.num(typePlace.f1())));
    out.append('\n').append(Md.header("field of the top event", "accuracy (right/judged)"));
    out.append(Md.row("actor", Md.rate(actor))).append(Md.row("target", Md.rate(target)));
    out.append(Md.row("fatalities", Md.rate(fatalities))).append(Md.row("injured", Md.rate(injured))).append('\n');
    errors.render(out, "Sub-type errors", "id", "gold", "predicted", "top event", "text");
  }
}
