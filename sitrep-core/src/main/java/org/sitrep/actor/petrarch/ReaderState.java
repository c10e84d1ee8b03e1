package org.sitrep.actor.petrarch;

import java.util.ArrayList;
import java.util.List;

/** The record being read and what has been read so far; one line at a time, never throwing. */
final class ReaderState {
  private final String fileName;
  private final List<PetrarchEntry> actors = new ArrayList<>();
  private final List<PetrarchAgent> agents = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private String name;
  private int nameLine;
  private final List<String> synonyms = new ArrayList<>();
  private final List<CameoCode> codes = new ArrayList<>();

  ReaderState(String fileName) {
    this.fileName = fileName;
  }

  /** One comment-free, stripped, non-blank line. */
  void line(int lineNo, String text) {
    if (text.startsWith("+")) {
      synonym(lineNo, text.substring(1));
    } else if (text.startsWith("[")) {
      codesOfCurrent(lineNo, text);
    } else if (isAgent(text)) {
      AgentLine.parse(text, lineNo).ifPresentOrElse(agents::add, () -> error(lineNo, "bad agent line"));
    } else {
      primary(lineNo, text);
    }
  }

  private static boolean isAgent(String text) {
    return text.startsWith("~") || text.contains("{") || text.contains("~]") || text.contains("[~")
        || text.matches(".*\\[\\s*~.*") || text.matches(".*~\\s*].*");
  }

  private void synonym(int lineNo, String text) {
    String words = Phrases.words(CodeBlock.beforeCodes(text));
    if (name == null) {
      error(lineNo, "synonym before any actor");
    } else if (words.isEmpty()) {
      error(lineNo, "empty synonym");
    } else {
      synonyms.add(words);
      codesOfCurrent(lineNo, text.substring(CodeBlock.beforeCodes(text).length()));
    }
  }

  private void codesOfCurrent(int lineNo, String text) {
    if (text.isBlank()) {
      return;
    }
    if (name == null) {
      error(lineNo, "code restriction before any actor");
      return;
    }
    CodeBlock.Parsed parsed = CodeBlock.parse(text);
    if (parsed.error() != null) {
      error(lineNo, parsed.error());
    } else {
      codes.addAll(parsed.codes());
    }
  }

  private void primary(int lineNo, String text) {
    flush();
    String words = Phrases.words(CodeBlock.beforeCodes(text));
    CodeBlock.Parsed parsed = CodeBlock.parse(text.substring(CodeBlock.beforeCodes(text).length()));
    if (words.isEmpty() || parsed.error() != null) {
      error(lineNo, words.isEmpty() ? "no actor phrase" : parsed.error());
      return;
    }
    name = words;
    nameLine = lineNo;
    codes.addAll(parsed.codes());
  }

  private void flush() {
    if (name != null) {
      actors.add(new PetrarchEntry(name, synonyms, codes, nameLine));
    }
    name = null;
    synonyms.clear();
    codes.clear();
  }

  private void error(int lineNo, String why) {
    errors.add(fileName + " line " + lineNo + ": " + why);
  }

  PetrarchDictionary finish() {
    flush();
    return new PetrarchDictionary(actors, agents, errors);
  }
}
