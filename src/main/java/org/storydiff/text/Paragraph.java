package org.storydiff.text;

/**
 * One paragraph of an article body: its 0-based number and its span {@code [start, end)} of UTF-16
 * indexes into the body, trimmed of surrounding whitespace and never empty.
 */
public record Paragraph(int index, int start, int end) {

  public Paragraph {
    if (index < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "invalid paragraph " + index + " [" + start + "," + end + ")");
    }
  }

  public String text(String body) {
    return body.substring(start, end);
  }
}
