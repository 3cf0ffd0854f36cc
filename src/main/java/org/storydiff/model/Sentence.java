package org.storydiff.model;

import java.io.Serializable;

/**
 * One sentence of an article: its position in the article's sentence list, its span in the body
 * (trimmed of surrounding whitespace), the paragraph it belongs to (0-based) and its kind.
 */
public record Sentence(int index, int start, int end, int paragraph, SentenceKind kind)
    implements Serializable {

  public Sentence {
    if (index < 0 || start < 0 || end < start || paragraph < 0 || kind == null) {
      throw new IllegalArgumentException(
          "invalid sentence " + index + " [" + start + "," + end + ") p" + paragraph + " " + kind);
    }
  }

  public Span span() {
    return new Span(start, end);
  }

  public String text(String body) {
    return body.substring(start, end);
  }

  public boolean isBoilerplate() {
    return kind.isBoilerplate();
  }
}
