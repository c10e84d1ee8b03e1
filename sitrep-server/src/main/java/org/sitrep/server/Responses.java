package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** Writes JSON bodies and error objects. */
final class Responses {
  static final String ERROR_WRITTEN = "sitrep.errorWritten";

  private Responses() {}

  static void json(Context ctx, JsonNode body) {
    ctx.contentType("application/json").result(Json.write(body));
  }

  /** {"code": ..., "message": ...} with the status; marks the response so the status mappers leave it alone. */
  static void error(Context ctx, int status, String code, String message) {
    ctx.status(status);
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    json(ctx, Json.object().put("code", code).put("message", message == null ? "" : message));
  }
}
