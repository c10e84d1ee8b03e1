package org.sitrep.server;

import io.javalin.http.Context;

/** limit/offset query parameters: limit 1..1000 (default 100), offset ≥ 0 (default 0). */
record Paging(int limit, int offset) {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  static Paging of(Context ctx) {
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT);
    int offset = Params.integer(ctx, "offset", 0);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiError.http(400, "limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
    if (offset < 0) {
      throw ApiError.http(400, "offset must not be negative: " + offset);
    }
    return new Paging(limit, offset);
  }

  String sql() {
    return " LIMIT " + limit + " OFFSET " + offset;
  }
}
