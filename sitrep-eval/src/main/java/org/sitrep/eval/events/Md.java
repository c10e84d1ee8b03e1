package org.sitrep.eval.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.eval.Accuracy;

/** Markdown cells and rates, with the counts behind every rate. */
final class Md {
  private static final int SNIPPET = 100;

  private Md() {}

  static String row(Object... cells) {
    return "| " + Arrays.stream(cells).map(c -> cell(String.valueOf(c))).collect(Collectors.joining(" | ")) + " |\n";
  }

  static String header(String... names) {
    return row((Object[]) names) + "|" + "---|".repeat(names.length) + "\n";
  }

  static String rate(Accuracy a) {
    return String.format(Locale.ROOT, "%.3f (%d/%d)", a.value(), a.correct(), a.judged());
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  static String snippet(String s) {
    String t = s == null ? "" : s;
    return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET) + "…";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
