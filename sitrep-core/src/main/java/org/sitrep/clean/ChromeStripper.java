package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks the lines of a text, drops chrome lines by {@link ChromePatterns}, and groups the rest into
 * paragraphs (blank lines separate paragraphs; lines of one paragraph are joined by a space).
 */
final class ChromeStripper {
  /** A kept paragraph and how many input lines it was made of (a title is one line). */
  record Paragraph(String text, int lines) {}

  record Stripped(List<Paragraph> paragraphs, String source) {}

  private final ChromePatterns patterns;

  ChromeStripper(ChromePatterns patterns) {
    this.patterns = patterns;
  }

  Stripped strip(String raw) {
    Walk walk = new Walk();
    int half = raw.length() / 2;
    int offset = 0;
    for (String rawLine : raw.split("\\R", -1)) {
      boolean lateInText = offset >= half;
      offset += rawLine.length() + 1;
      if (!walk.accept(Whitespace.normalise(rawLine), lateInText)) {
        break;
      }
    }
    walk.endParagraph();
    List<Paragraph> kept = walk.paragraphs.stream().filter(p -> !patterns.isChrome(p.text())).toList();
    return new Stripped(kept, walk.source);
  }

  /** The state of one pass over the lines. */
  private final class Walk {
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<String> current = new ArrayList<>();
    private String source;
    private Bio bio = Bio.NONE;

    /** Takes one normalised line; false means stop (the rest of the input is chrome). */
    boolean accept(String line, boolean lateInText) {
      if (line.isEmpty()) {
        endParagraph();
        bio = bio == Bio.IN_BIO ? Bio.NONE : bio;
        return true;
      }
      if (bio != Bio.NONE) {
        bio = Bio.IN_BIO;
        return true;
      }
      Optional<ChromeRule> rule = patterns.match(line);
      if (rule.isEmpty()) {
        if (HeadlineLine.endsBefore(current, paragraphs.isEmpty(), line)) {
          endParagraph();
        }
        current.add(line);
        return true;
      }
      return applyRule(rule.get(), line, lateInText);
    }

    private boolean applyRule(ChromeRule rule, String line, boolean lateInText) {
      switch (rule.action()) {
        case SOURCE -> source = source == null ? rule.sourceOf(line) : source;
        case DROP_WITH_NEXT -> {
          if (lateInText) {
            endParagraph();
            bio = Bio.WAITING;
          }
        }
        case CUT -> {
          return !lateInText;
        }
        case DROP -> { }
      }
      return true;
    }

    void endParagraph() {
      if (!current.isEmpty()) {
        String text = Whitespace.normalise(String.join(" ", current));
        paragraphs.add(new Paragraph(text, current.size()));
        current.clear();
      }
    }
  }

  /** Where we are relative to an author bio: none, waiting for it after the heading, inside it. */
  private enum Bio {
    NONE,
    WAITING,
    IN_BIO
  }
}
