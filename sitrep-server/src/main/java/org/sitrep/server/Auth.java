package org.sitrep.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks "Authorization: Bearer TOKEN" in constant time; 401 otherwise. */
final class Auth {
  private final String token;

  Auth(String token) {
    this.token = token;
  }

  void require(Context ctx) {
    if (token == null) {
      throw ApiError.http(401, "this server has no token: start it with --token-file FILE or SITREP_TOKEN to allow this");
    }
    String header = ctx.header("Authorization");
    String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw ApiError.http(401, "missing or wrong bearer token");
    }
  }
}
