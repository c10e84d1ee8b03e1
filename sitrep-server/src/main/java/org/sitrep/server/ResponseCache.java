package org.sitrep.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of read routes by query string, valid while the store has not been written since
 * ({@link StoreAccess#generation()}). A map page and its polling clients ask the same few filtered
 * queries again and again; each costs a scan of the events table, the cached answer only a lookup.
 * Bounded: when full it is emptied, which is cheap and keeps no stale answer alive.
 */
final class ResponseCache {
  static final int MOST = 2000;

  /** A rendered answer. */
  record Answer(String contentType, String body) {}

  private record Entry(long generation, Answer answer) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final StoreAccess store;

  ResponseCache(StoreAccess store) {
    this.store = store;
  }

  Answer get(String key, Supplier<Answer> compute) {
    long generation = store.generation();
    Entry found = entries.get(key);
    if (found != null && found.generation() == generation) {
      return found.answer();
    }
    Answer answer = compute.get();
    if (entries.size() >= MOST) {
      entries.clear();
    }
    entries.put(key, new Entry(generation, answer));
    return answer;
  }
}
