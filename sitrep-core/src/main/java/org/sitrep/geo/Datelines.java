package org.sitrep.geo;

import org.sitrep.knowledge.TsvResource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/** Finds wire datelines at paragraph starts from the shapes in dateline-shapes.tsv. */
final class Datelines {
  /** A dateline is a short prefix: do not let a pattern scan a whole paragraph. */
  private static final int MAX_PREFIX = 160;
  private final List<Pattern> shapes = new ArrayList<>();

  Datelines() {
    for (String[] row : TsvResource.cells("org/sitrep/geo/dateline-shapes.tsv")) {
      shapes.add(Pattern.compile(row[0].trim()));
    }
  }

  /** The filing-place part of each dateline in the text, in text order. */
  List<Span> placeSpans(String text) {
    List<Span> spans = new ArrayList<>();
    for (int start = 0; start >= 0 && start < text.length(); start = nextParagraph(text, start)) {
      int from = skipSpaces(text, start);
      String prefix = text.substring(from, Math.min(text.length(), from + MAX_PREFIX));
      for (Pattern shape : shapes) {
        Matcher m = shape.matcher(prefix);
        if (m.lookingAt()) {
          spans.add(new Span(from + m.start("place"), from + m.end("place")));
          break;
        }
      }
    }
    return spans;
  }

  private static int nextParagraph(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? -1 : newline + 1;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
