package org.sitrep.actor.petrarch;

/**
 * Strips the comments PETRARCH dictionaries allow: "<!-- ... -->" (possibly over several lines),
 * "#" to the end of the line, and TABARI's ";" to the end of the line. One instance per file: it
 * remembers whether a "<!--" is still open.
 */
final class Comments {
  private boolean inComment;

  /** The line without its comments (may be blank). */
  String strip(String line) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      if (inComment) {
        int end = line.indexOf("-->", i);
        if (end < 0) {
          return out.toString();
        }
        inComment = false;
        i = end + 3;
        continue;
      }
      if (line.startsWith("<!--", i)) {
        inComment = true;
        i += 4;
        continue;
      }
      char c = line.charAt(i);
      if (c == '#' || c == ';') {
        return out.toString();
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
