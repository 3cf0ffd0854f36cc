package org.storydiff.text;

import java.util.Arrays;
import org.storydiff.model.Span;

/**
 * A matching form of a text that keeps the way back to the original characters, so that a match
 * found on normalized text highlights the agency's own wording.
 *
 * <p>Normalization: {@link TextNormalizer#fold} (curly quotes, dashes and odd spaces straightened);
 * every run of whitespace, line breaks included, becomes one space (kept, not trimmed, at the
 * ends); digit-grouping commas are dropped ({@code 2,187} gives {@code 2187}, {@code 1,500,000}
 * gives {@code 1500000}, but {@code 3,4} and {@code 12,34} stay); soft hyphens, zero-width spaces
 * and byte-order marks are dropped. Case is kept. Surrogate pairs pass through untouched, so every
 * normalized char maps to a char of the original.
 *
 * <p>Offsets are UTF-16 indexes, end exclusive. Immutable and thread-safe.
 */
public final class NormalizedText {

  private final String original;
  private final String text;

  /** For each normalized char, the original index where its source starts; one extra at the end. */
  private final int[] starts;

  /** For each normalized char, the original index where its source ends (exclusive). */
  private final int[] ends;

  private NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** Normalizes {@code original}, which must not be null. */
  public static NormalizedText of(String original) {
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[] starts = new int[n + 1];
    int[] ends = new int[n + 1];
    int i = 0;
    int numberEnd = 0;
    boolean grouped = false;
    while (i < n) {
      char c = TextNormalizer.fold(original.charAt(i));
      int next = i + 1;
      if (isAsciiDigit(c) && i >= numberEnd) {
        numberEnd = numberEnd(original, i);
        grouped = isGrouped(original.substring(i, numberEnd));
      }
      if (Boilerplate.isSpace(c)) {
        next = skipSpaces(original, i);
        c = ' ';
      } else if (isInvisible(c) || c == ',' && grouped && i < numberEnd) {
        i = next;
        continue;
      }
      starts[out.length()] = i;
      ends[out.length()] = next;
      out.append(c);
      i = next;
    }
    int length = out.length();
    starts[length] = n;
    return new NormalizedText(
        original, out.toString(), Arrays.copyOf(starts, length + 1), Arrays.copyOf(ends, length));
  }

  /** The text this was made from. */
  public String original() {
    return original;
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  /**
   * The original index of normalized index {@code normalizedIndex}, in {@code [0,
   * text().length()]}; {@code toOriginal(text().length())} is {@code original().length()}.
   */
  public int toOriginal(int normalizedIndex) {
    checkIndex(normalizedIndex);
    return starts[normalizedIndex];
  }

  /**
   * The original span of normalized {@code [start, end)}: from where the first char's source starts
   * to where the last char's source ends, so a collapsed whitespace run or a dropped grouping comma
   * inside the match is covered, and one just outside it is not.
   */
  public Span toOriginalSpan(int start, int end) {
    checkIndex(start);
    checkIndex(end);
    if (end < start) {
      throw new IllegalArgumentException("span end " + end + " before start " + start);
    }
    int originalStart = starts[start];
    return new Span(originalStart, end == start ? originalStart : ends[end - 1]);
  }

  private void checkIndex(int index) {
    if (index < 0 || index > text.length()) {
      throw new IndexOutOfBoundsException(
          "normalized index " + index + " outside [0, " + text.length() + "]");
    }
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && Boilerplate.isSpace(TextNormalizer.fold(s.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static boolean isInvisible(char c) {
    return c == '\u00AD' || c == '\u200B' || c == '\uFEFF';
  }

  /** Where the number starting at digit {@code start} ends; digits joined by ',' or '.'. */
  private static int numberEnd(String s, int start) {
    int end = start;
    while (end < s.length() && (isAsciiDigit(s.charAt(end)) || isInnerSeparator(s, end))) {
      end++;
    }
    return end;
  }

  /** Grouping commas need groups of three, as in {@link Tokenizer}: "2,187" but not "3,4". */
  private static boolean isGrouped(String number) {
    return number.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  }

  /** A ',' or '.' with ASCII digits on both sides, part of one number. */
  private static boolean isInnerSeparator(String s, int i) {
    char c = s.charAt(i);
    return (c == ',' || c == '.')
        && i > 0
        && i + 1 < s.length()
        && isAsciiDigit(s.charAt(i - 1))
        && isAsciiDigit(s.charAt(i + 1));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
