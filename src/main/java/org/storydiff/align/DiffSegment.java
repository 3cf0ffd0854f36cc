package org.storydiff.align;

import java.io.Serializable;

/**
 * One piece of a word-level diff between sentence A and sentence B: text both share ({@link
 * Op#EQUAL}), text only A has ({@link Op#DELETE}) or text only B has ({@link Op#INSERT}). {@code
 * text} is the original characters of that side, whitespace between tokens included.
 */
public record DiffSegment(Op op, String text) implements Serializable {

  public enum Op {
    EQUAL,
    DELETE,
    INSERT
  }
}
