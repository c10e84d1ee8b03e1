package org.sitrep.server;

/** An error answered as {"code": ..., "message": ...} with an HTTP status; never a stack trace. */
final class ApiError extends RuntimeException {
  private final int status;
  private final String code;

  ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** An HTTP-level error whose code is "HTTP" plus the status. */
  static ApiError http(int status, String message) {
    return new ApiError(status, "HTTP" + status, message);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
