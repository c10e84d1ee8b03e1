package org.sitrep.ingest;

import org.sitrep.error.Failure;

/** A step's value, or the one failure that stopped it. Exactly one of the two is non-null. */
record Loaded<T>(T value, Failure failure) {
  static <T> Loaded<T> ok(T value) {
    return new Loaded<>(value, null);
  }

  static <T> Loaded<T> failed(Failure failure) {
    return new Loaded<>(null, failure);
  }

  boolean failed() {
    return failure != null;
  }
}
