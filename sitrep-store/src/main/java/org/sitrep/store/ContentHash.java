package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of an article's cleaned text, whitespace runs folded to one space, so that the same
 * story reached twice (another URL, another file, re-wrapped lines) is stored once.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(String cleanedText) {
    String folded = cleanedText == null ? "" : cleanedText.strip().replaceAll("\\s+", " ");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(folded.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
