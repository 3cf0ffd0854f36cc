package org.storydiff.report;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.storydiff.model.Fact;
import org.storydiff.model.Figure;
import org.storydiff.model.Quote;
import org.storydiff.report.FactGroups.Member;
import org.storydiff.model.Token;
import org.storydiff.text.SentenceTokenizer;

/**
 * When two facts of different versions are plainly the same one, with no finding needed to say so:
 * figures with the same unit and value (without a unit, only in aligned sentences), quotes where
 * one's words contain the other's as a run of at least {@value #MIN_RUN_WORDS} words (trimmed and
 * split quotes). Thread-safe: stateless.
 */
final class SameFact {

  static final int MIN_RUN_WORDS = 3;

  private SameFact() {}

  /** {@code wa} and {@code wb} are the members' {@link #quoteWords}. */
  static boolean equal(PageContext page, Member a, Member b, List<String> wa, List<String> wb) {
    if (a.fact() instanceof Figure fa && b.fact() instanceof Figure fb) {
      boolean sameQuantity = sameReading(fa, fb) && Objects.equals(fa.unit(), fb.unit());
      return sameQuantity
          && (fa.unit() != null || page.aligned(a.version(), fa.sentence(), b.version(), fb.sentence()));
    }
    if (a.fact() instanceof Quote && b.fact() instanceof Quote) {
      List<String> shorter = wa.size() <= wb.size() ? wa : wb;
      List<String> longer = shorter == wa ? wb : wa;
      return shorter.equals(longer)
          || (shorter.size() >= MIN_RUN_WORDS && Collections.indexOfSubList(longer, shorter) >= 0);
    }
    return false;
  }

  /**
   * Two figures with the same value, range and qualifier whose units differ, one's words containing
   * the other's ("wounded" and "people wounded").
   */
  static boolean sameReadingOtherLabel(Fact a, Fact b) {
    if (!(a instanceof Figure fa && b instanceof Figure fb) || fa.unit() == null || fb.unit() == null) {
      return false;
    }
    boolean sameReading = sameReading(fa, fb) && Objects.equals(fa.qualifier(), fb.qualifier());
    Set<String> wa = Set.copyOf(List.of(fa.unit().split(" ")));
    Set<String> wb = Set.copyOf(List.of(fb.unit().split(" ")));
    return sameReading && !fa.unit().equals(fb.unit()) && (wa.containsAll(wb) || wb.containsAll(wa));
  }

  /** Same amount, range, date or time (whatever the figure carries). */
  private static boolean sameReading(Figure a, Figure b) {
    return Objects.equals(a.value(), b.value()) && Objects.equals(a.valueMin(), b.valueMin())
        && Objects.equals(a.valueMax(), b.valueMax()) && Objects.equals(a.date(), b.date())
        && Objects.equals(a.time(), b.time());
  }

  /** A quote's words in comparison form (lower case, straight apostrophes, plain digits). */
  static List<String> quoteWords(Fact fact) {
    if (!(fact instanceof Quote q)) {
      return List.of();
    }
    return SentenceTokenizer.ofText(q.quote()).all().stream()
        .filter(t -> t.isWord() || t.isNumber())
        .map(Token::norm)
        .toList();
  }
}
