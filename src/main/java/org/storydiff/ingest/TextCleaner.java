package org.storydiff.ingest;

/**
 * Makes input strings safe to process and to write back out, without moving any character: apart
 * from a leading byte order mark, which is removed, every replacement is one UTF-16 code unit for
 * one, so offsets computed on the cleaned text are offsets into the stored body. Thread-safe
 * (stateless).
 *
 * <ul>
 *   <li>a leading U+FEFF byte order mark is removed (editors prepend it; it is not text);
 *   <li>NUL and the other C0 control characters (U+0000 to U+001F) except tab, line feed and
 *       carriage return become a space: they break downstream tools and carry no meaning in news
 *       text;
 *   <li>an unpaired surrogate (possible through a JSON {@code \\uD800} escape) becomes U+FFFD,
 *       since it cannot be encoded as UTF-8 in the output.
 * </ul>
 */
final class TextCleaner {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private TextCleaner() {}

  /** Returns {@code text} cleaned as described above; the same instance when nothing changes. */
  static String clean(String text) {
    String s = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      char replacement = replacementFor(c);
      if (replacement != c) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = replacement;
      }
    }
    return chars == null ? s : new String(chars);
  }

  /** Called only for characters that are not the first half of a valid surrogate pair. */
  private static char replacementFor(char c) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      return ' ';
    }
    if (Character.isSurrogate(c)) {
      return '\uFFFD';
    }
    return c;
  }
}
