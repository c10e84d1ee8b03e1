package org.sitrep.error;

/**
 * Numbered, documented errors a user can cause (see docs/ERRORS.md). Each has a stable code and a
 * one-line meaning; messages add the file and line.
 */
public enum ErrorCode {
  SR100("cannot read input"),
  SR101("not valid UTF-8"),
  SR102("binary file, not text"),
  SR103("empty input"),
  SR104("input too large"),
  SR105("broken JSONL line"),
  SR106("JSONL record has no text or html"),
  SR107("HTML has no body text"),
  SR108("not English"),
  SR109("no such file or directory"),
  SR110("bad date"),
  SR111("unsupported file type"),
  SR200("annotation failed"),
  SR201("extraction failed"),
  SR300("cannot open the store"),
  SR301("cannot write to the store"),
  SR302("broken gzip file"),
  SR303("broken feed"),
  SR304("broken WARC file"),
  SR305("article id already stored with different content"),
  SR306("SQL error");

  private final String meaning;

  ErrorCode(String meaning) {
    this.meaning = meaning;
  }

  public String meaning() {
    return meaning;
  }
}
