package org.storydiff.align;

import java.util.List;

/** PLACEHOLDER (replaced by the real word diff): the whole of A deleted, the whole of B inserted. */
public final class WordDiff {

  /** Segments that, read in order, give A (EQUAL+DELETE) and B (EQUAL+INSERT). */
  public static List<DiffSegment> diff(String a, String b) {
    return List.of(new DiffSegment(DiffSegment.Op.DELETE, a), new DiffSegment(DiffSegment.Op.INSERT, b));
  }
}
