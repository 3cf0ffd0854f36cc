package org.storydiff.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article body into paragraphs. A blank line (one holding only whitespace) always ends a
 * paragraph. A single line break also ends one when the line before has no terminal punctuation and
 * the next line does not start with a lower-case letter: that is a headline, caption or dateline
 * line, while a lower-case start means a hard-wrapped sentence continues. Lines that start with a
 * caption or credit marker ("Photo:", "(Reporting by") always stand alone, because agencies often
 * glue them to the last body line with a single newline.
 *
 * <p>Line breaks are {@code \n}, {@code \r\n}, {@code \r}, U+0085, U+2028 and U+2029. Stateless and
 * thread-safe.
 */
public final class ParagraphSplitter {

  public static final ParagraphSplitter INSTANCE = new ParagraphSplitter();

  /** The paragraphs of {@code body} in order, numbered from 0; empty for a blank body. */
  public List<Paragraph> split(String body) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int paragraphStart = -1;
    int paragraphEnd = -1;
    int lineStart = 0;
    while (lineStart <= body.length()) {
      int lineEnd = lineEnd(body, lineStart);
      int contentStart = skipWhitespace(body, lineStart, lineEnd);
      int contentEnd = trimEnd(body, contentStart, lineEnd);
      if (contentStart == contentEnd) {
        paragraphStart = close(paragraphs, paragraphStart, paragraphEnd);
      } else {
        if (paragraphStart >= 0
            && startsNewParagraph(body, paragraphEnd, contentStart, contentEnd)) {
          paragraphStart = close(paragraphs, paragraphStart, paragraphEnd);
        }
        if (paragraphStart < 0) {
          paragraphStart = contentStart;
        }
        paragraphEnd = contentEnd;
      }
      lineStart = nextLineStart(body, lineEnd);
    }
    close(paragraphs, paragraphStart, paragraphEnd);
    return paragraphs;
  }

  /** Whether {@code c} ends a line. */
  public static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean startsNewParagraph(
      String body, int previousLineEnd, int lineStart, int lineEnd) {
    String line = body.substring(lineStart, lineEnd);
    if (Boilerplate.startsWithMarker(line)) {
      return true;
    }
    int lastLineStart = previousLineStart(body, previousLineEnd);
    if (Boilerplate.startsWithMarker(body.substring(lastLineStart, previousLineEnd))) {
      return true;
    }
    return !Boilerplate.endsWithTerminal(body, previousLineEnd)
        && !Character.isLowerCase(body.codePointAt(lineStart));
  }

  private static int close(List<Paragraph> paragraphs, int start, int end) {
    if (start >= 0) {
      paragraphs.add(new Paragraph(paragraphs.size(), start, end));
    }
    return -1;
  }

  private static int lineEnd(String body, int from) {
    int i = from;
    while (i < body.length() && !isLineBreak(body.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int nextLineStart(String body, int lineEnd) {
    if (lineEnd + 1 < body.length()
        && body.charAt(lineEnd) == '\r'
        && body.charAt(lineEnd + 1) == '\n') {
      return lineEnd + 2;
    }
    return lineEnd + 1;
  }

  private static int previousLineStart(String body, int end) {
    int i = end;
    while (i > 0 && !isLineBreak(body.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int skipWhitespace(String body, int from, int to) {
    int i = from;
    while (i < to && Boilerplate.isSpace(body.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String body, int from, int to) {
    int i = to;
    while (i > from && Boilerplate.isSpace(body.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
