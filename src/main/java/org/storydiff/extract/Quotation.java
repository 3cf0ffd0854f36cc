package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.storydiff.model.Quote;
import org.storydiff.text.QuoteMarks;

/**
 * One quotation as the reader sees it: the marked pieces that belong together (paragraph pieces of
 * a multi-paragraph quote, the halves of a quote interrupted by its attribution, a quote continued
 * after {@code , he said.}) and the attribution gaps between pieces that were joined. Offsets are
 * UTF-16 indexes into the body; {@code [start(), end())} runs from the first opening mark to the
 * last closing mark. Immutable.
 */
record Quotation(List<QuoteMarks.Part> parts, List<Gap> gaps) {

  /** Text between two joined pieces, {@code [start, end)}: where an attribution usually sits. */
  record Gap(int start, int end) {}

  Quotation {
    parts = List.copyOf(parts);
    gaps = List.copyOf(gaps);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a quotation needs at least one part");
    }
  }

  static Quotation of(QuoteMarks.Marked m) {
    return new Quotation(m.parts(), List.of());
  }

  int start() {
    return parts.get(0).start();
  }

  int end() {
    return parts.get(parts.size() - 1).end();
  }

  QuoteMarks.Part lastPart() {
    return parts.get(parts.size() - 1);
  }

  /** The quoted words without marks, pieces joined by one space, a trailing comma dropped. */
  String words(String body) {
    StringBuilder out = new StringBuilder();
    for (QuoteMarks.Part p : parts) {
      String part = body.substring(p.innerStart(), p.innerEnd()).strip();
      if (!part.isEmpty()) {
        out.append(out.length() > 0 ? " " : "").append(part);
      }
    }
    String joined = out.toString();
    return joined.endsWith(",") ? joined.substring(0, joined.length() - 1) : joined;
  }

  /**
   * The marked passages: a new one starts after each attribution gap, so the paragraph pieces of
   * one multi-paragraph quotation stay one passage. Ids are {@code factId.1}, {@code .2}, ...
   */
  List<Quote.Passage> passages(String body, String factId) {
    List<Quote.Passage> out = new ArrayList<>();
    List<QuoteMarks.Part> piece = new ArrayList<>();
    int gap = 0;
    for (QuoteMarks.Part p : parts) {
      if (gap < gaps.size() && p.start() >= gaps.get(gap).end() && !piece.isEmpty()) {
        out.add(passage(body, factId, piece, out));
        piece.clear();
        gap++;
      }
      piece.add(p);
    }
    out.add(passage(body, factId, piece, out));
    return out;
  }

  private static Quote.Passage passage(
      String body, String factId, List<QuoteMarks.Part> piece, List<Quote.Passage> before) {
    String continues = before.isEmpty() ? null : before.get(before.size() - 1).passageId();
    return new Quote.Passage(
        factId + "." + (before.size() + 1),
        piece.get(0).start(),
        piece.get(piece.size() - 1).end(),
        new Quotation(piece, List.of()).words(body),
        continues);
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Number of whitespace-separated words quoted. */
  int wordCount(String body) {
    String w = words(body);
    return w.isBlank() ? 0 : SPACES.split(w).length;
  }
}
