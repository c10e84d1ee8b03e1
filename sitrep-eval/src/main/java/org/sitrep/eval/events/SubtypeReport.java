package org.sitrep.eval.events;

import org.sitrep.eval.Counts;

/** The label part of the subtypes section: accuracy, weighted and macro F1, per-label table, confusions. */
final class SubtypeReport {
  static final int CONFUSIONS = 10;
  private final Confusion c;

  SubtypeReport(Confusion c) {
    this.c = c;
  }

  void render(StringBuilder out) {
    out.append("## subtypes\n\n");
    out.append(String.format(java.util.Locale.ROOT, "Records: %d. Accuracy %s (%d/%d), support-weighted F1 %s, macro F1 %s "
        + "(over %d gold sub-types).%n%n", c.total(), Md.num(c.accuracy()), c.correct(), c.total(),
        Md.num(c.weightedF1()), Md.num(c.macroF1()), c.goldLabels().size()));
    out.append(Md.header("gold sub-type", "support", "right", "predicted for others", "precision", "recall", "F1"));
    for (String label : c.goldLabels()) {
      Counts k = c.counts(label);
      out.append(Md.row(label, c.support(label), k.hits(), k.falseAlarms(), Md.num(k.precision()), Md.num(k.recall()),
          Md.num(k.f1())));
    }
    out.append("\nTop confusions:\n\n").append(Md.header("gold", "predicted", "records"));
    c.topConfusions(CONFUSIONS).forEach(x -> out.append(Md.row(x.gold(), x.predicted(), x.count())));
    out.append('\n');
  }
}
