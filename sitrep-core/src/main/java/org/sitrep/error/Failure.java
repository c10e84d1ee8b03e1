package org.sitrep.error;

/**
 * Why one input (or one line of it) could not be processed. {@code line} is 1-based, or 0 when the
 * failure concerns the whole file.
 */
public record Failure(String source, int line, ErrorCode code, String message) {
  /** The one line printed on stderr, e.g. {@code SR101 not valid UTF-8: a.txt line 3 (byte 17)}. */
  public String describe() {
    String where = line > 0 ? source + " line " + line : source;
    String detail = message == null || message.isBlank() ? "" : " (" + message + ")";
    return code + " " + code.meaning() + ": " + where + detail;
  }
}
