package org.storydiff.align;

import java.io.Serializable;
import java.util.Objects;
import org.storydiff.align.DiffSegment.Op;

/**
 * One piece of a word-level diff with both sides' original characters. For {@link Op#EQUAL} the two
 * texts are equal by token norm but may differ in form ("2,187" / "2187", curly / straight quotes,
 * whitespace); for {@link Op#DELETE} {@code textB} is empty, for {@link Op#INSERT} {@code textA}
 * is. Concatenating every {@code textA} gives exactly A, every {@code textB} exactly B.
 */
public record PairedSegment(Op op, String textA, String textB) implements Serializable {

  public PairedSegment {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(textA, "textA");
    Objects.requireNonNull(textB, "textB");
  }

  /** The single-text view: A's characters, except for an insertion. */
  public DiffSegment toDiffSegment() {
    return new DiffSegment(op, op == Op.INSERT ? textB : textA);
  }
}
