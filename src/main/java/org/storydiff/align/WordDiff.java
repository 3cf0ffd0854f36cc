package org.storydiff.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storydiff.align.DiffSegment.Op;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Sentence;
import org.storydiff.model.Token;
import org.storydiff.text.SentenceTokenizer;

/**
 * Word-level diff of two sentences over the tokens analysis made, compared by {@link Token#norm()},
 * so differences of form ("2,187" vs "2187", curly vs straight quotes, dash style) are {@link
 * Op#EQUAL}. Tokens are the smallest unit: a number, a hyphenated word or a name is never cut
 * inside.
 *
 * <p>Reconstruction: in {@link #diff}, EQUAL+DELETE segments, read in order, give exactly {@code
 * a}; EQUAL+INSERT segments give exactly {@code b} whenever the tokens found equal are also spelled
 * identically. A {@link DiffSegment} has room for one text, so an EQUAL segment carries A's
 * characters and where B spells an equal token differently (a difference of form only) that B
 * reconstruction shows A's spelling, equal to {@code b} token norm by token norm. {@link
 * #pairedDiff} keeps both spellings and reconstructs both sides exactly, always. Whitespace between
 * tokens belongs to the following token; it is EQUAL when both sides have some (a double space or
 * line break against a single space is form, like a token's spelling), a DELETE or INSERT when only
 * one side has any. Within a run of changes all deleted text comes first, then all inserted text;
 * adjacent segments never share an op; no segment is empty.
 *
 * <p>When the two share too little (fewer than {@link #MIN_SHARED_TOKENS} of their tokens equal, as
 * a Dice share) the result is one DELETE of all of {@code a} and one INSERT of all of {@code b}: a
 * word salad of small matches helps no reader. Stateless and thread-safe.
 */
public final class WordDiff {

  /**
   * How many words two word lists have in common in order: the length of their longest common
   * subsequence (java-diff-utils' Myers diff). The one such count for quotes and lineage alike.
   */
  public static int commonInOrder(List<String> a, List<String> b) {
    int changed = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      changed += delta.getSource().size();
    }
    return a.size() - changed;
  }

  /**
   * Dice share of equal tokens (2 * equal / (tokensA + tokensB)) below which the diff falls back.
   */
  public static final double MIN_SHARED_TOKENS = 0.3;

  private WordDiff() {}

  /**
   * One side of a diff: {@code text[start, end)} and its tokens as analysis made them (offsets into
   * {@code text}), e.g. a body and one of its sentences.
   */
  public record Side(String text, int start, int end, List<Token> tokens) {

    public Side {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(tokens, "tokens");
    }

    /** Sentence {@code index} of an analysed article. */
    public static Side sentence(AnalyzedArticle article, int index) {
      Sentence s = article.sentences().get(index);
      return new Side(article.body(), s.start(), s.end(), article.tokens().tokens(index));
    }

    /** A whole text given as a string (a quote's words), not a sentence of an analysed body. */
    public static Side text(String text) {
      return new Side(text, 0, text.length(), SentenceTokenizer.ofText(text).all());
    }

    String whole() {
      return text.substring(start, end);
    }
  }

  /** Segments that, read in order, give A (EQUAL+DELETE) and B (EQUAL+INSERT); never null. */
  public static List<DiffSegment> diff(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return diff(Side.text(a), Side.text(b));
  }

  /** {@link #diff(String, String)} of two analysed sentences (or texts). */
  public static List<DiffSegment> diff(Side a, Side b) {
    return pairedDiff(a, b).stream().map(PairedSegment::toDiffSegment).toList();
  }

  /** The same diff with both sides' characters in every segment; never null. */
  public static List<PairedSegment> pairedDiff(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return pairedDiff(Side.text(a), Side.text(b));
  }

  /** {@link #pairedDiff(String, String)} of two analysed sentences (or texts). */
  public static List<PairedSegment> pairedDiff(Side a, Side b) {
    List<Token> tokensA = a.tokens();
    List<Token> tokensB = b.tokens();
    Patch<Token> patch = DiffUtils.diff(tokensA, tokensB, (x, y) -> x.norm().equals(y.norm()));
    int changedA = 0;
    for (AbstractDelta<Token> delta : patch.getDeltas()) {
      changedA += delta.getSource().size();
    }
    int total = tokensA.size() + tokensB.size();
    double shared = total == 0 ? 1.0 : 2.0 * (tokensA.size() - changedA) / total;
    SegmentBuilder out = new SegmentBuilder();
    if (shared < MIN_SHARED_TOKENS) {
      out.delete(a.whole());
      out.insert(b.whole());
      return out.build();
    }
    new Walk(a, b, out).run(patch.getDeltas());
    return out.build();
  }

  /** Emits segments while walking both token lists in step with the patch's deltas. */
  private static final class Walk {
    private final Side sideA;
    private final Side sideB;
    private final String a;
    private final String b;
    private final List<Token> tokensA;
    private final List<Token> tokensB;
    private final SegmentBuilder out;
    private int i;
    private int j;

    Walk(Side a, Side b, SegmentBuilder out) {
      this.sideA = a;
      this.sideB = b;
      this.a = a.text();
      this.b = b.text();
      this.tokensA = a.tokens();
      this.tokensB = b.tokens();
      this.out = out;
    }

    void run(List<AbstractDelta<Token>> deltas) {
      for (AbstractDelta<Token> delta : deltas) {
        equalUntil(delta.getSource().getPosition());
        int endA = i + delta.getSource().size();
        int endB = j + delta.getTarget().size();
        out.delete(a.substring(gapStart(sideA, i), tokenEnd(sideA, endA, i)));
        out.insert(b.substring(gapStart(sideB, j), tokenEnd(sideB, endB, j)));
        i = endA;
        j = endB;
      }
      equalUntil(tokensA.size());
      gap(
          a.substring(gapStart(sideA, i), sideA.end()),
          b.substring(gapStart(sideB, j), sideB.end()));
    }

    /** Equal tokens pair up one to one until A reaches {@code stopA}. */
    private void equalUntil(int stopA) {
      while (i < stopA) {
        Token ta = tokensA.get(i);
        Token tb = tokensB.get(j);
        gap(
            a.substring(gapStart(sideA, i), ta.start()),
            b.substring(gapStart(sideB, j), tb.start()));
        out.equal(a.substring(ta.start(), ta.end()), b.substring(tb.start(), tb.end()));
        i++;
        j++;
      }
    }

    private void gap(String gapA, String gapB) {
      if (gapA.isEmpty() == gapB.isEmpty()) {
        out.equal(gapA, gapB);
      } else {
        out.delete(gapA);
        out.insert(gapB);
      }
    }

    /** Where the whitespace before token {@code k} starts: token k-1's end, or the side's start. */
    private static int gapStart(Side side, int k) {
      return k == 0 ? side.start() : side.tokens().get(k - 1).end();
    }

    /** End of the last token before {@code end}, or the gap start when the range is empty. */
    private static int tokenEnd(Side side, int end, int start) {
      return end > start ? side.tokens().get(end - 1).end() : gapStart(side, start);
    }
  }

  /**
   * Collects segments, dropping empty ones and keeping each run of changes as one DELETE followed
   * by one INSERT, so consumers see a minimal, canonical list.
   */
  private static final class SegmentBuilder {
    private final List<PairedSegment> done = new ArrayList<>();
    private final StringBuilder equalA = new StringBuilder();
    private final StringBuilder equalB = new StringBuilder();
    private final StringBuilder deleted = new StringBuilder();
    private final StringBuilder inserted = new StringBuilder();

    void equal(String textA, String textB) {
      if (textA.isEmpty() && textB.isEmpty()) {
        return;
      }
      flushChanges();
      equalA.append(textA);
      equalB.append(textB);
    }

    void delete(String text) {
      if (!text.isEmpty()) {
        flushEqual();
        deleted.append(text);
      }
    }

    void insert(String text) {
      if (!text.isEmpty()) {
        flushEqual();
        inserted.append(text);
      }
    }

    List<PairedSegment> build() {
      flushEqual();
      flushChanges();
      return List.copyOf(done);
    }

    private void flushEqual() {
      if (equalA.length() > 0 || equalB.length() > 0) {
        done.add(new PairedSegment(Op.EQUAL, equalA.toString(), equalB.toString()));
        equalA.setLength(0);
        equalB.setLength(0);
      }
    }

    private void flushChanges() {
      if (deleted.length() > 0) {
        done.add(new PairedSegment(Op.DELETE, deleted.toString(), ""));
        deleted.setLength(0);
      }
      if (inserted.length() > 0) {
        done.add(new PairedSegment(Op.INSERT, "", inserted.toString()));
        inserted.setLength(0);
      }
    }
  }
}
