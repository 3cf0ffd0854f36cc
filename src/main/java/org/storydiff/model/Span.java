package org.storydiff.model;

import java.io.Serializable;

/** A half-open range {@code [start, end)} of UTF-16 indexes into an article body. */
public record Span(int start, int end) implements Serializable, Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start <= end, got " + start + ".." + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
