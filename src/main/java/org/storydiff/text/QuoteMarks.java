package org.storydiff.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The one quotation-mark scanner: finds quotations by their marks, for sentence splitting (no break
 * inside a quotation) and for quote extraction. Marks: straight {@code "…"}, curly {@code “…”},
 * low-high {@code „…“} (or {@code „…”}), guillemets {@code «…»}, doubled single marks {@code ''…''}
 * (or {@code ‘‘…’’}, {@code ``…''}), and single {@code ‘…’} or {@code '…'}. A quotation that runs
 * over several paragraphs (an opening mark on each paragraph, the closing mark only at the end) is
 * one {@link Marked} with one part per paragraph; a single line break followed by an opening mark
 * counts as a paragraph break, as some feeds separate paragraphs so; where a feed ran paragraphs
 * together, an opening mark after a sentence's end inside an open quotation opens its next
 * paragraph ({@code “…special. “Both…”}). Apostrophes are told from closing single marks by what
 * surrounds them ("don’t", "Moscow’s", "the sides’ talks"). An opening mark that is never closed in
 * its paragraph is ignored. Offsets are UTF-16 indexes into the body. Stateless, thread-safe,
 * linear in the body length.
 */
public final class QuoteMarks {

  /** Single-mark quotations are short; the bound keeps a paragraph of stray apostrophes linear. */
  private static final int MAX_SINGLE_QUOTE = 1_500;

  /**
   * One paragraph's piece of a quotation: {@code [start, end)} includes its marks (a non-final
   * paragraph piece has no closing mark), {@code [innerStart, innerEnd)} the words inside them.
   */
  public record Part(int start, int end, int innerStart, int innerEnd) {}

  /** A quotation as found, before interrupted quotations are joined. */
  public record Marked(List<Part> parts) {
    public Marked {
      parts = List.copyOf(parts);
    }

    public int start() {
      return parts.get(0).start();
    }

    public int end() {
      return parts.get(parts.size() - 1).end();
    }

    /**
     * True for a quotation in double marks (straight, curly, low-high, guillemets, or two
     * apostrophes or backticks).
     */
    public boolean isDouble(CharSequence body) {
      char open = body.charAt(start());
      return open != '\'' && open != '\u2018' || isDoubledMark(body, start());
    }
  }

  /** The quotations of {@code body} in order, none overlapping. */
  public List<Marked> find(String body) {
    List<Marked> found = new ArrayList<>();
    // Paragraph openings already read as part of a quotation that never closed: read again, each
    // would fail the same way, which made unclosed quotes on every line quadratic.
    BitSet failed = new BitSet();
    int i = 0;
    while (i < body.length()) {
      Marked m = null;
      if (opensDoubled(body, i)) {
        m = readDoubled(body, i);
      } else if (opensDouble(body, i) && !failed.get(i)) {
        m = readDouble(body, i, failed);
      } else if (opensSingle(body, i)) {
        m = readSingle(body, i);
      }
      if (m != null) {
        found.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * The quotation opening at {@code open}, or null; on failure its later paragraph openings go into
   * {@code failed}.
   */
  private static Marked readDouble(String body, int open, BitSet failed) {
    List<Part> parts = new ArrayList<>();
    char opener = body.charAt(open);
    int j = open + 1;
    while (j < body.length()) {
      char c = body.charAt(j);
      if (opensNextParagraph(body, opener, j)) {
        // paragraphs run together by the feed: "… special. “Both projects …”" goes on
        int pieceEnd = trimEnd(body, j);
        parts.add(new Part(open, pieceEnd, open + 1, pieceEnd));
        open = j;
        j++;
        continue;
      }
      if (closes(opener, c)) {
        parts.add(new Part(open, j + 1, open + 1, j));
        return new Marked(parts);
      }
      if (c == '\u201C' && opener != '\u00AB') {
        if (!inClosingPosition(body, j)) {
          return failedAt(parts, open, failed);
        }
        // “…“: an opening mark typed where the closing one belongs
        parts.add(new Part(open, j + 1, open + 1, j));
        return new Marked(parts);
      }
      int next = lineBreakEnd(body, j);
      if (next >= 0) {
        boolean continued = next < body.length() && opensDouble(body, next);
        if (!continued && isParagraphBreak(body, j, next)) {
          if (closesBeforeAttribution(body, opener, next)) {
            j = next;
            continue; // a break the feed put inside the quotation: "…win.\n\nIn his …life," said
          }
          return failedAt(parts, open, failed);
        }
        if (!continued) {
          j = next;
          continue; // a line break inside a paragraph
        }
        parts.add(new Part(open, trimEnd(body, j), open + 1, trimEnd(body, j)));
        open = next;
        j = next;
      }
      j++;
    }
    return failedAt(parts, open, failed);
  }

  /**
   * A quotation in doubled single marks ({@code ''…''}, {@code ‘‘…’’}, {@code ``…''}), as some
   * feeds and typewritten copy write double quotes: closed by two closing single marks in the same
   * paragraph, or null.
   */
  private static Marked readDoubled(String body, int open) {
    int limit = Math.min(body.length() - 1, open + MAX_SINGLE_QUOTE);
    for (int j = open + 2; j < limit; j++) {
      char c = body.charAt(j);
      if (c == '\n'
          && lineBreakEnd(body, j) >= 0
          && isParagraphBreak(body, j, lineBreakEnd(body, j))) {
        return null;
      }
      if (isClosingSingle(c) && isClosingSingle(body.charAt(j + 1)) && !isWordChar(body, j + 2)) {
        return new Marked(List.of(new Part(open, j + 2, open + 2, j)));
      }
    }
    return null;
  }

  private static boolean isClosingSingle(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean opensDoubled(String body, int i) {
    return isDoubledMark(body, i)
        && opensAfter(body, i)
        && i + 2 < body.length()
        && !Character.isWhitespace(body.charAt(i + 2));
  }

  /** Two apostrophes, opening single curly marks or backticks typed as one double mark. */
  private static boolean isDoubledMark(CharSequence body, int i) {
    if (i + 1 >= body.length()) {
      return false;
    }
    char c = body.charAt(i);
    return (c == '\'' || c == '\u2018' || c == '`') && body.charAt(i + 1) == c;
  }

  private static Marked failedAt(List<Part> parts, int open, BitSet failed) {
    parts.forEach(p -> failed.set(p.start()));
    failed.set(open);
    return null;
  }

  /**
   * A closing single mark is followed by a non-letter; one after an "s" followed by a space may be
   * a plural possessive ("the sides’ talks"), so it closes only when no better candidate follows.
   */
  private static Marked readSingle(String body, int open) {
    int weak = -1;
    int limit = Math.min(body.length(), open + MAX_SINGLE_QUOTE);
    for (int j = open + 1; j < limit; j++) {
      char c = body.charAt(j);
      if (c == '\n' || c == '\u2018' || c == '\u201C') {
        break;
      }
      if ((c == '\u2019' || c == '\'') && !isWordChar(body, j + 1)) {
        boolean possessive =
            body.charAt(j - 1) == 's' && j + 1 < body.length() && body.charAt(j + 1) == ' ';
        if (!possessive) {
          return single(open, j);
        }
        weak = weak < 0 ? j : weak;
      }
    }
    return weak < 0 ? null : single(open, weak);
  }

  private static Marked single(int open, int close) {
    return new Marked(List.of(new Part(open, close + 1, open + 1, close)));
  }

  /**
   * Whether {@code c} closes a quotation opened by {@code opener}: {@code ”} or {@code "} after
   * {@code “} or {@code "}; also {@code “} after {@code „} (German); only {@code »} after {@code
   * «}.
   */
  private static boolean closes(char opener, char c) {
    if (opener == '\u00AB') {
      return c == '\u00BB';
    }
    return c == '\u201D' || c == '"' || opener == '\u201E' && c == '\u201C';
  }

  /**
   * Whether the mark at {@code j}, inside a quotation opened by {@code opener} ({@code “} or {@code
   * "}), opens the quotation's next paragraph in copy whose paragraph breaks were lost: it follows
   * a sentence's end and a space and precedes a word ({@code special. “Both}), which is no closing
   * position. Typographers open each paragraph of a long quote and close only the last.
   */
  private static boolean opensNextParagraph(String body, char opener, int j) {
    char c = body.charAt(j);
    if ((opener != '\u201C' && opener != '"')
        || (c != '\u201C' && c != '"')
        || j < 2
        || !Character.isWhitespace(body.charAt(j - 1))
        || !isWordChar(body, j + 1)) {
      return false;
    }
    int k = trimEnd(body, j) - 1;
    return k > 0 && ".!?".indexOf(body.charAt(k)) >= 0;
  }

  /**
   * Whether the paragraph starting at {@code from} opens no quotation and its first quotation mark
   * closes one opened by {@code opener} right after a comma ({@code …rest of his life," said}): the
   * words before it are the quotation's, its paragraph break one that scraped copy put inside it,
   * as the comma leads into the attribution. Any other first mark, or none, ends the quotation at
   * the break.
   */
  private static boolean closesBeforeAttribution(String body, char opener, int from) {
    for (int k = from; k < body.length(); k++) {
      char c = body.charAt(k);
      if (c == '\n' && isParagraphBreak(body, k, lineBreakEnd(body, k))) {
        return false;
      }
      if (isDoubleMark(c)) {
        return closes(opener, c) && body.charAt(k - 1) == ',' && inClosingPosition(body, k);
      }
    }
    return false;
  }

  private static boolean isDoubleMark(char c) {
    return c == '"'
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u201E'
        || c == '\u00AB'
        || c == '\u00BB';
  }

  /** A mark right after a word and before a space, punctuation or the end closes a quotation. */
  private static boolean inClosingPosition(String body, int j) {
    if (j == 0 || Character.isWhitespace(body.charAt(j - 1))) {
      return false;
    }
    return j + 1 == body.length()
        || Character.isWhitespace(body.charAt(j + 1))
        || ",.;:!?)".indexOf(body.charAt(j + 1)) >= 0;
  }

  private static boolean opensDouble(String body, int i) {
    char c = body.charAt(i);
    if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
      return true;
    }
    return c == '"'
        && opensAfter(body, i)
        && i + 1 < body.length()
        && !Character.isWhitespace(body.charAt(i + 1));
  }

  private static boolean opensSingle(String body, int i) {
    char c = body.charAt(i);
    return (c == '\u2018' || c == '\'') && opensAfter(body, i) && isWordChar(body, i + 1);
  }

  /** An opening mark follows the start, a space or opening punctuation, never a letter. */
  private static boolean opensAfter(String body, int i) {
    if (i == 0) {
      return true;
    }
    char p = body.charAt(i - 1);
    return Character.isWhitespace(p)
        || Character.isSpaceChar(p)
        || "([{\u2014\u2013-:/\u201C\"".indexOf(p) >= 0;
  }

  private static boolean isWordChar(String body, int i) {
    return i < body.length() && Character.isLetterOrDigit(body.charAt(i));
  }

  /**
   * If a line break starts at {@code j}, the index of the next line's first non-space character,
   * else -1.
   */
  private static int lineBreakEnd(String body, int j) {
    if (body.charAt(j) != '\n') {
      return -1;
    }
    int k = j + 1;
    while (k < body.length() && Character.isWhitespace(body.charAt(k))) {
      k++;
    }
    return k;
  }

  /** Whether the break {@code [j, next)} holds a blank line, which ends a paragraph. */
  private static boolean isParagraphBreak(String body, int j, int next) {
    return body.substring(j + 1, next).indexOf('\n') >= 0;
  }

  private static int trimEnd(String body, int j) {
    while (j > 0 && Character.isWhitespace(body.charAt(j - 1))) {
      j--;
    }
    return j;
  }
}
