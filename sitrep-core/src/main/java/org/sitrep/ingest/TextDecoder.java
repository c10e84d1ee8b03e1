package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.sitrep.error.ErrorCode;
import org.sitrep.error.Failure;

/** Turns an input's bytes into text: refuses empty (SR103), binary (SR102) and non-UTF-8 (SR101). */
final class TextDecoder {
  /** Text files have next to no control bytes; above this share of bytes the file is binary. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private TextDecoder() {}

  static Loaded<String> decode(String name, byte[] bytes) {
    if (bytes.length == 0) {
      return Loaded.failed(new Failure(name, 0, ErrorCode.SR103, "0 bytes"));
    }
    String binary = binaryReason(bytes);
    if (binary != null) {
      return Loaded.failed(new Failure(name, 0, ErrorCode.SR102, binary));
    }
    Loaded<String> text = utf8(name, bytes);
    if (!text.failed() && text.value().isBlank()) {
      return Loaded.failed(new Failure(name, 0, ErrorCode.SR103, "only whitespace"));
    }
    return text;
  }

  private static String binaryReason(byte[] bytes) {
    int controls = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return "NUL byte at byte " + i;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        controls++;
      }
    }
    return controls > bytes.length * MAX_CONTROL_SHARE ? controls + " control bytes in " + bytes.length : null;
  }

  private static Loaded<String> utf8(String name, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      return Loaded.failed(new Failure(name, lineAt(bytes, offset), ErrorCode.SR101, "byte " + offset));
    }
    String text = out.flip().toString();
    return Loaded.ok(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** The 1-based line of a byte offset. */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    return line;
  }
}
