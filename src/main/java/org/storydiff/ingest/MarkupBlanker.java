package org.storydiff.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTML markup that feeds leave in "plain text" bodies into plain text without moving any
 * character, so offsets stay offsets into the stored body (the rule {@link TextCleaner} follows):
 *
 * <ul>
 *   <li>a tag becomes spaces; a block tag ({@code <p>}, {@code </p>}, {@code <div>}, {@code <li>},
 *       headings, ...) becomes a blank line followed by spaces, so it still separates paragraphs,
 *       and {@code <br>} becomes a line break;
 *   <li>comments and the content of {@code <script>} and {@code <style>} become spaces;
 *   <li>a character reference ({@code &amp;}, {@code &#8220;}, {@code &#x2014;}) becomes its
 *       character plus spaces up to the reference's length; the character goes next to the word it
 *       belongs to (at the end of the span when a word follows directly, as for an opening quote
 *       mark, else at its start).
 * </ul>
 *
 * <p>Text that merely contains {@code <} or {@code &} ("a < b", "AT&T") is left alone: only
 * well-formed tags and known references are touched. Thread-safe (stateless).
 */
final class MarkupBlanker {

  // Bounds keep a stray "<!--" or "<script>" without its end from making matching quadratic.
  private static final int MAX_TAG_CHARS = 2_000;
  private static final int MAX_SCRIPT_CHARS = 200_000;
  private static final Pattern MARKUP =
      Pattern.compile(
          "<!--.{0,"
              + MAX_TAG_CHARS
              + "}?-->"
              + "|<(script|style)\\b[^>]{0,"
              + MAX_TAG_CHARS
              + "}>.{0,"
              + MAX_SCRIPT_CHARS
              + "}?</\\1\\s*>"
              + "|</?([A-Za-z][A-Za-z0-9]{0,20})(?:\\s[^<>]{0,"
              + MAX_TAG_CHARS
              + "})?/?>"
              + "|&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "section",
          "article",
          "header",
          "footer",
          "table",
          "tr",
          "figure",
          "figcaption",
          "pre",
          "hr",
          "dd",
          "dt",
          "dl");

  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", "\u00A0"),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201C"),
          Map.entry("rdquo", "\u201D"),
          Map.entry("laquo", "\u00AB"),
          Map.entry("raquo", "\u00BB"),
          Map.entry("hellip", "\u2026"),
          Map.entry("euro", "\u20AC"),
          Map.entry("pound", "\u00A3"),
          Map.entry("yen", "\u00A5"),
          Map.entry("cent", "\u00A2"),
          Map.entry("deg", "\u00B0"),
          Map.entry("times", "\u00D7"),
          Map.entry("minus", "\u2212"),
          Map.entry("copy", "\u00A9"),
          Map.entry("reg", "\u00AE"),
          Map.entry("trade", "\u2122"),
          Map.entry("eacute", "\u00E9"),
          Map.entry("egrave", "\u00E8"),
          Map.entry("aacute", "\u00E1"),
          Map.entry("agrave", "\u00E0"),
          Map.entry("oacute", "\u00F3"),
          Map.entry("uuml", "\u00FC"),
          Map.entry("ouml", "\u00F6"),
          Map.entry("auml", "\u00E4"),
          Map.entry("ccedil", "\u00E7"),
          Map.entry("ntilde", "\u00F1"),
          Map.entry("iacute", "\u00ED"),
          Map.entry("szlig", "\u00DF"));

  private MarkupBlanker() {}

  /**
   * Returns {@code text} with its markup blanked as described above; the same instance when it has
   * none.
   */
  static String blank(String text) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = MARKUP.matcher(text);
    char[] chars = null;
    while (m.find()) {
      String replacement = replacement(m, text);
      if (replacement == null) {
        continue;
      }
      if (chars == null) {
        chars = text.toCharArray();
      }
      replacement.getChars(0, replacement.length(), chars, m.start());
    }
    return chars == null ? text : new String(chars);
  }

  /** Exactly as long as the match, or null to leave it as it is. */
  private static String replacement(Matcher m, String text) {
    int length = m.end() - m.start();
    if (m.group(3) != null) {
      String decoded = decode(m.group(3));
      if (decoded == null) {
        return null;
      }
      String pad = " ".repeat(length - decoded.length());
      boolean wordFollows =
          m.end() < text.length() && Character.isLetterOrDigit(text.charAt(m.end()));
      return wordFollows ? pad + decoded : decoded + pad;
    }
    String tag = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    if (tag.equals("br")) {
      return "\n" + " ".repeat(length - 1);
    }
    if (BLOCK_TAGS.contains(tag)) {
      return "\n\n" + " ".repeat(length - 2);
    }
    return blankKeepingLineBreaks(text, m.start(), m.end());
  }

  /** Spaces, but line breaks inside a comment or script stay, so line structure is unchanged. */
  private static String blankKeepingLineBreaks(String text, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      out.append(c == '\n' || c == '\r' ? c : ' ');
    }
    return out.toString();
  }

  private static String decode(String reference) {
    if (reference.charAt(0) != '#') {
      return NAMED.get(reference);
    }
    boolean hex =
        reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
    int codePoint;
    try {
      codePoint = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
    } catch (NumberFormatException e) {
      return null;
    }
    if (!Character.isValidCodePoint(codePoint)
        || Character.isISOControl(codePoint)
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
      return null;
    }
    return new String(Character.toChars(codePoint));
  }
}
