package org.sitrep.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids: the same article text always gives the same ids, run after run. */
public final class EventIds {
  private EventIds() {}

  public static String of(String prefix, String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return prefix + HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
