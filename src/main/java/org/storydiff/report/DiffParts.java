package org.storydiff.report;

import java.util.List;
import org.storydiff.align.DiffSegment;
import org.storydiff.align.WordDiff;
import org.storydiff.report.StoryPageView.DiffPart;

/** Word diffs as the templates show them: runs flagged equal, deleted or inserted. Thread-safe. */
final class DiffParts {

  private DiffParts() {}

  /**
   * {@code b} against {@code a}: deleted runs are only in {@code a}, inserted ones only in {@code
   * b}.
   */
  static List<DiffPart> of(String a, String b) {
    return of(WordDiff.Side.text(a), WordDiff.Side.text(b));
  }

  /** The same for two analysed sentences, over the tokens analysis made. */
  static List<DiffPart> of(WordDiff.Side a, WordDiff.Side b) {
    return WordDiff.diff(a, b).stream()
        .map(
            s ->
                new DiffPart(
                    s.text(),
                    s.op() == DiffSegment.Op.EQUAL,
                    s.op() == DiffSegment.Op.DELETE,
                    s.op() == DiffSegment.Op.INSERT))
        .toList();
  }
}
