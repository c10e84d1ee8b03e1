package org.sitrep.eval.events;

import org.sitrep.eval.Accuracy;

/**
 * Side recall of the UCDP set: at least one / both sides found, over all records and over the
 * records whose headline names them (at least one named side found / both named and both found).
 */
public record SideRates(Accuracy any, Accuracy both, Accuracy anyNamed, Accuracy bothNamed) {
  public static final SideRates NONE = new SideRates(Accuracy.NONE, Accuracy.NONE, Accuracy.NONE, Accuracy.NONE);

  SideRates plus(SideTally a, SideTally b) {
    Accuracy named1 = a.named() || b.named() ? anyNamed.add((a.named() && a.found()) || (b.named() && b.found())) : anyNamed;
    Accuracy named2 = a.named() && b.named() ? bothNamed.add(a.found() && b.found()) : bothNamed;
    return new SideRates(any.add(a.found() || b.found()), both.add(a.found() && b.found()), named1, named2);
  }
}
