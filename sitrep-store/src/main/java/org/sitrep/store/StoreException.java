package org.sitrep.store;

import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;

/**
 * A store problem the user must see as one line (SR3xx): an unopenable or unwritable database, a
 * bad SQL statement. Carries the {@link Failure} that describes it.
 */
public final class StoreException extends RuntimeException {
  private final transient Failure failure;

  public StoreException(ErrorCode code, String where, Throwable cause) {
    super(new Failure(where, 0, code, firstLine(cause)).describe(), cause);
    this.failure = new Failure(where, 0, code, firstLine(cause));
  }

  public Failure failure() {
    return failure;
  }

  /** DuckDB messages run to several lines with hints; the first says what went wrong. */
  static String firstLine(Throwable t) {
    String message = t == null || t.getMessage() == null ? String.valueOf(t) : t.getMessage();
    return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
  }
}
