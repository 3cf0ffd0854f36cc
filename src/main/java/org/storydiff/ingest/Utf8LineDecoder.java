package org.storydiff.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a line's bytes as strict UTF-8: malformed sequences, overlong forms and encoded
 * surrogates are errors, never silently replaced, because a replaced character would change the
 * article. Not thread-safe (the decoder keeps state): one instance per reader.
 */
final class Utf8LineDecoder {

  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private int errorOffset;

  /**
   * Decodes {@code bytes[from, to)}.
   *
   * @return the text, or null if the bytes are not valid UTF-8 (see {@link #errorOffset()})
   */
  String decode(byte[] bytes, int from, int to) {
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    // UTF-8 never yields more UTF-16 code units than it has bytes.
    CharBuffer out = CharBuffer.allocate(to - from);
    decoder.reset();
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      errorOffset = in.position();
      return null;
    }
    return out.flip().toString();
  }

  /** The index into the byte array of the first invalid byte of the last failed {@link #decode}. */
  int errorOffset() {
    return errorOffset;
  }
}
