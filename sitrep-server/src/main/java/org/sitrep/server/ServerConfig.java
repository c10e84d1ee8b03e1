package org.sitrep.server;

/**
 * How the server runs.
 *
 * @param port the TCP port; 0 picks a free one
 * @param token the bearer token that writes (and protected reads) need; null disables writes
 * @param protectReads whether GET /api/* needs the token too
 * @param maxBodyBytes the largest POST body accepted; bigger ones are answered 413
 */
public record ServerConfig(int port, String token, boolean protectReads, long maxBodyBytes) {
  public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

  public ServerConfig {
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
  }
}
