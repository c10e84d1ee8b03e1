package org.sitrep.eval;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/** The markdown lists behind the numbers: misses, false alarms and field disagreements. */
final class ErrorListing {
  private static final int SNIPPET = 90;

  void render(StringBuilder out, Score s) {
    out.append("## Misses\n\n| article | # | type | status | sentence | system events on that sentence |\n|---|---|---|---|---|---|\n");
    s.alignments().forEach(a -> a.misses().forEach(m -> out.append(miss(a.articleId(), m))));
    out.append("\n## False alarms\n\n| article | type | status | actor | place | evidence | note |\n|---|---|---|---|---|---|---|\n");
    s.alignments().forEach(a -> a.falseAlarms().forEach(f -> out.append(falseAlarm(a.articleId(), f))));
    out.append("\n## Field disagreements on aligned events\n\n| article | # | field | gold | system |\n|---|---|---|---|---|\n");
    s.alignments().forEach(a -> a.pairs().forEach(p -> out.append(disagreements(a.articleId(), p))));
    if (!s.problems().isEmpty()) {
      out.append("\n## Input problems\n\n");
      s.problems().forEach(p -> out.append("- ").append(cell(p)).append('\n'));
    }
  }

  private static String miss(String article, Miss m) {
    String others = m.sameSentence().isEmpty() ? "none"
        : m.sameSentence().stream().map(e -> e.type().json() + "/" + e.status().json()).collect(Collectors.joining(", "));
    GoldEvent g = m.gold();
    return row(article, g.label(), g.type().json(), g.status().json(), snippet(g.sentences().get(0)), others);
  }

  private static String falseAlarm(String article, FalseAlarm f) {
    Event e = f.system();
    String note = f.headline() ? "headline" : f.sameSentence().isEmpty() ? "no gold event on this sentence"
        : "sentence of gold " + f.sameSentence().stream().map(g -> "#" + g.label() + " " + g.type().json())
            .collect(Collectors.joining(", "));
    String evidence = e.evidence().isEmpty() ? "" : e.evidence().get(0).text();
    return row(article, e.type().json(), e.status().json(), actor(e.actor()), place(e.location()), snippet(evidence), note);
  }

  private static String disagreements(String article, Pair p) {
    StringBuilder rows = new StringBuilder();
    for (Attribute a : List.of(Attribute.values())) {
      Optional<Boolean> right = a.judge(p);
      if (right.isPresent() && !right.get()) {
        rows.append(row(article, p.gold().label(), a.label(), FieldText.gold(a, p.gold()), FieldText.system(a, p.system())));
      }
    }
    return rows.toString();
  }

  static String actor(Actor a) {
    return a == null ? "–" : a.name() + (a.text() == null ? "" : " (\"" + a.text() + "\")");
  }

  static String place(Place p) {
    return p == null ? "–" : p.name();
  }

  private static String snippet(String s) {
    return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET) + "…";
  }

  private static String row(String... cells) {
    return "| " + java.util.Arrays.stream(cells).map(ErrorListing::cell).collect(Collectors.joining(" | ")) + " |\n";
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }
}
