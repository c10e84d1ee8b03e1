package org.sitrep.eval;

/** {@code correct} out of {@code judged} aligned pairs; pairs where the field is not coded are not judged. */
public record Accuracy(int correct, int judged) {
  public static final Accuracy NONE = new Accuracy(0, 0);

  public Accuracy add(boolean isCorrect) {
    return new Accuracy(correct + (isCorrect ? 1 : 0), judged + 1);
  }

  public double value() {
    return judged == 0 ? 0 : (double) correct / judged;
  }
}
