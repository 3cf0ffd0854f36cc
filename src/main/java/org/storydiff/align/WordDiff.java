package org.storydiff.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storydiff.align.DiffSegment.Op;
import org.storydiff.text.Token;
import org.storydiff.text.Tokenizer;

/**
 * Word-level diff of two sentences over {@link Tokenizer} tokens compared by {@link Token#norm()},
 * so differences of form ("2,187" vs "2187", curly vs straight quotes, dash style) are {@link
 * Op#EQUAL}. Tokens are the smallest unit: a number, a hyphenated word or a name is never cut
 * inside.
 *
 * <p>Reconstruction: EQUAL+DELETE segments, read in order, give exactly {@code a}. EQUAL+INSERT
 * segments give exactly {@code b} whenever the tokens found equal are also spelled identically; an
 * EQUAL segment carries A's characters, so where B spells an equal token differently (only a
 * difference of form, by construction) that B reconstruction shows A's spelling. Whitespace between
 * tokens belongs to the following token; a whitespace difference alone becomes a whitespace-only
 * DELETE/INSERT pair. Within a run of changes all deleted text comes first, then all inserted text,
 * and adjacent segments never share an op. No segment is empty.
 *
 * <p>When the two share too little (fewer than {@link #MIN_SHARED_TOKENS} of their tokens equal, as
 * a Dice share) the result is one DELETE of all of {@code a} and one INSERT of all of {@code b}: a
 * word salad of small matches helps no reader. Stateless and thread-safe.
 */
public final class WordDiff {

  /** Dice share of equal tokens (2 * equal / (tokensA + tokensB)) below which the diff falls back. */
  public static final double MIN_SHARED_TOKENS = 0.3;

  private WordDiff() {}

  /** Segments that, read in order, give A (EQUAL+DELETE) and B (EQUAL+INSERT); never null. */
  public static List<DiffSegment> diff(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    List<Token> tokensA = Tokenizer.INSTANCE.tokenize(a);
    List<Token> tokensB = Tokenizer.INSTANCE.tokenize(b);
    Patch<Token> patch = DiffUtils.diff(tokensA, tokensB, (x, y) -> x.norm().equals(y.norm()));
    int changedA = 0;
    for (AbstractDelta<Token> delta : patch.getDeltas()) {
      changedA += delta.getSource().size();
    }
    int total = tokensA.size() + tokensB.size();
    double shared = total == 0 ? 1.0 : 2.0 * (tokensA.size() - changedA) / total;
    SegmentBuilder out = new SegmentBuilder();
    if (shared < MIN_SHARED_TOKENS) {
      out.add(Op.DELETE, a);
      out.add(Op.INSERT, b);
      return out.build();
    }
    new Walk(a, b, tokensA, tokensB, out).run(patch.getDeltas());
    return out.build();
  }

  /** Emits segments while walking both token lists in step with the patch's deltas. */
  private static final class Walk {
    private final String a;
    private final String b;
    private final List<Token> tokensA;
    private final List<Token> tokensB;
    private final SegmentBuilder out;
    private int i;
    private int j;

    Walk(String a, String b, List<Token> tokensA, List<Token> tokensB, SegmentBuilder out) {
      this.a = a;
      this.b = b;
      this.tokensA = tokensA;
      this.tokensB = tokensB;
      this.out = out;
    }

    void run(List<AbstractDelta<Token>> deltas) {
      for (AbstractDelta<Token> delta : deltas) {
        equalUntil(delta.getSource().getPosition());
        int endA = i + delta.getSource().size();
        int endB = j + delta.getTarget().size();
        out.add(Op.DELETE, a.substring(gapStart(tokensA, i), tokenEnd(tokensA, endA, i)));
        out.add(Op.INSERT, b.substring(gapStart(tokensB, j), tokenEnd(tokensB, endB, j)));
        i = endA;
        j = endB;
      }
      equalUntil(tokensA.size());
      gap(a.substring(gapStart(tokensA, i)), b.substring(gapStart(tokensB, j)));
    }

    /** Equal tokens pair up one to one until A reaches {@code stopA}. */
    private void equalUntil(int stopA) {
      while (i < stopA) {
        Token ta = tokensA.get(i);
        Token tb = tokensB.get(j);
        gap(a.substring(gapStart(tokensA, i), ta.start()), b.substring(gapStart(tokensB, j), tb.start()));
        out.add(Op.EQUAL, a.substring(ta.start(), ta.end()));
        i++;
        j++;
      }
    }

    private void gap(String gapA, String gapB) {
      if (gapA.equals(gapB)) {
        out.add(Op.EQUAL, gapA);
      } else {
        out.add(Op.DELETE, gapA);
        out.add(Op.INSERT, gapB);
      }
    }

    /** Where the whitespace before token {@code k} starts: the end of token k-1, or 0. */
    private static int gapStart(List<Token> tokens, int k) {
      return k == 0 ? 0 : tokens.get(k - 1).end();
    }

    /** End of the last token before {@code end}, or the gap start when the range is empty. */
    private static int tokenEnd(List<Token> tokens, int end, int start) {
      return end > start ? tokens.get(end - 1).end() : gapStart(tokens, start);
    }
  }

  /**
   * Collects segments, dropping empty ones and keeping each run of changes as one DELETE followed
   * by one INSERT, so consumers see a minimal, canonical list.
   */
  private static final class SegmentBuilder {
    private final List<DiffSegment> done = new ArrayList<>();
    private final StringBuilder equal = new StringBuilder();
    private final StringBuilder deleted = new StringBuilder();
    private final StringBuilder inserted = new StringBuilder();

    void add(Op op, String text) {
      if (text.isEmpty()) {
        return;
      }
      if (op == Op.EQUAL) {
        flushChanges();
        equal.append(text);
      } else {
        flushEqual();
        (op == Op.DELETE ? deleted : inserted).append(text);
      }
    }

    List<DiffSegment> build() {
      flushEqual();
      flushChanges();
      return List.copyOf(done);
    }

    private void flushEqual() {
      emit(Op.EQUAL, equal);
    }

    private void flushChanges() {
      emit(Op.DELETE, deleted);
      emit(Op.INSERT, inserted);
    }

    private void emit(Op op, StringBuilder text) {
      if (text.length() > 0) {
        done.add(new DiffSegment(op, text.toString()));
        text.setLength(0);
      }
    }
  }
}
