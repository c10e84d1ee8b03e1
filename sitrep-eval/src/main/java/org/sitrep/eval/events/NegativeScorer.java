package org.sitrep.eval.events;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.eval.Accuracy;
import org.sitrep.model.Event;

/**
 * negatives.jsonl: every counted event is a false alarm. Reports the share of records left clean
 * (no counted event) and the counted events, overall and per domain, listing the offenders.
 */
public final class NegativeScorer implements SetScorer<NegativeCase> {
  private final ErrorRows errors;
  private final Map<String, Accuracy> cleanByDomain = new TreeMap<>();
  private final Map<String, Integer> eventsByDomain = new TreeMap<>();

  public NegativeScorer(int maxErrors) {
    this.errors = new ErrorRows(maxErrors);
  }

  @Override
  public void score(NegativeCase gold, List<Event> events) {
    List<Event> counted = TopEvent.counted(events);
    cleanByDomain.merge(gold.domain(), Accuracy.NONE.add(counted.isEmpty()), NegativeScorer::plus);
    eventsByDomain.merge(gold.domain(), counted.size(), Integer::sum);
    counted.forEach(e -> errors.add(gold.id(), gold.domain(), Describe.event(e), evidence(e)));
  }

  private static Accuracy plus(Accuracy a, Accuracy b) {
    return new Accuracy(a.correct() + b.correct(), a.judged() + b.judged());
  }

  private static String evidence(Event e) {
    return e.evidence().isEmpty() ? "" : Md.snippet(e.evidence().get(0).text());
  }

  public Accuracy clean() {
    return cleanByDomain.values().stream().reduce(Accuracy.NONE, NegativeScorer::plus);
  }

  public int countedEvents() {
    return eventsByDomain.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String row(String domain, Accuracy clean, int events) {
    return Md.row(domain, Md.rate(clean), events, Md.num(clean.judged() == 0 ? 0 : (double) events / clean.judged()));
  }

  @Override
  public void render(StringBuilder out) {
    out.append("## negatives\n\n")
        .append(Md.header("domain", "records without a counted event", "counted events", "counted events per record"));
    cleanByDomain.forEach((d, a) -> out.append(row(d, a, eventsByDomain.get(d))));
    out.append(row("all", clean(), countedEvents())).append('\n');
    errors.render(out, "Counted events in negative texts", "id", "domain", "event", "evidence");
  }
}
