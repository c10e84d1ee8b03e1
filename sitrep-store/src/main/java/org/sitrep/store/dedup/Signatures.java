package org.sitrep.store.dedup;

import java.nio.ByteBuffer;
import java.util.Base64;

/** A MinHash signature as the text stored in article_signatures: Base64 of its big-endian ints. */
final class Signatures {
  private Signatures() {}

  static String encode(int[] signature) {
    ByteBuffer b = ByteBuffer.allocate(signature.length * 4);
    for (int v : signature) {
      b.putInt(v);
    }
    return Base64.getEncoder().encodeToString(b.array());
  }

  /** The stored signature, or an empty one (similar to nothing) when the text is damaged. */
  static int[] decode(String text) {
    try {
      ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(text));
      int[] sig = new int[b.remaining() / 4];
      for (int i = 0; i < sig.length; i++) {
        sig[i] = b.getInt();
      }
      return sig;
    } catch (IllegalArgumentException e) {
      return new int[0];
    }
  }
}
