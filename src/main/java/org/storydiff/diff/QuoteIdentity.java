package org.storydiff.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storydiff.model.Quote;
import org.storydiff.text.LanguageWords;

/**
 * The one decision of whether two quoted passages are one utterance: the same sentence or
 * sentences, said once, whether quoted whole, trimmed, elided, lightly reworded or in part. Other
 * sentences of the same statement, speech or letter are other utterances, however close in topic.
 *
 * <p>The passages' words ({@link QuoteWords}) are compared by java-diff-utils; the shorter passage
 * must lie inside the longer as shared word sequences: at least {@value #COVERED_WORDS} of its
 * words, and {@value #COVERED_CONTENT_WORDS} of its content words, in common runs of two words or
 * more (a word shared alone is chance), with one run of three (or the whole passage when it is
 * shorter); or, for a passage reworded rather than cut, {@value #REWORDED_COMMON} of both passages'
 * words in common in order, in two runs or more, with that run of three. A passage of one word, or
 * of function words only, is no utterance to identify. Two sentences that share only a phrase ("the
 * man is", "of the Endangered Species Act") are not one utterance. Thresholds tuned on the
 * factpairs-ecbplus development pairs (56 of 57 same-utterance pairs, none of the 82 different
 * ones, on the labelled passages). Stateless and thread-safe.
 */
final class QuoteIdentity {

  /** Least share of the shorter passage's words inside runs shared with the longer. */
  static final double COVERED_WORDS = 0.75;

  /** Least share of the shorter passage's content words inside shared runs. */
  static final double COVERED_CONTENT_WORDS = 0.7;

  /**
   * Least share of both passages' words in common (in order, twice the common words over the words
   * of both): a passage of the same length with a few words replaced ("not chasing volume at the
   * expense of quality", "will not chase volume at the cost of quality").
   */
  static final double REWORDED_COMMON = 0.65;

  /**
   * Common runs a reworded passage keeps: the sentence's words around the rewording, not one shared
   * phrase ("of the Endangered Species Act" ends two different sentences).
   */
  static final int REWORDED_RUNS = 2;

  /** Fewest words of a passage whose identity can be told. */
  static final int MIN_WORDS = 2;

  /** Shortest shared run that counts; a single word in common is chance. */
  static final int MIN_RUN = 2;

  /** Length of the run that anchors the match (or the whole passage when shorter). */
  static final int ANCHOR_RUN = 3;

  /**
   * Fewest words of a passage whose speaker may be said to have changed: a shorter one ("as quickly
   * as possible", "significant progress") may be two people's words, however alike.
   */
  static final int SPEAKER_CLAIM_WORDS = 5;

  /** Most words of a title of a work or of a term in scare quotes. */
  static final int TITLE_MAX_WORDS = 10;

  /** Most words of a term in scare quotes (a partial quote nobody is said to have said). */
  static final int TERM_MAX_WORDS = 3;

  private static final Set<String> TITLE_JOINERS =
      Set.of(
          "a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with", "de");

  private QuoteIdentity() {}

  /**
   * Whether a quoted passage is a title of a work or a term in scare quotes rather than someone's
   * words: every word capitalised but joiners ("The Fires of Pompeii", "Do You Feel It?"), or a
   * partial quote of a few words with no speaker. Its wording is no utterance to compare.
   */
  static boolean titleOrTerm(Quote q) {
    List<String> words = new ArrayList<>();
    for (String w : q.quote().strip().split("[^\\p{L}\\p{N}'\u2019-]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (q.partial() && q.speakerName() == null && words.size() <= TERM_MAX_WORDS) {
      return true;
    }
    if (words.size() < 2 || words.size() > TITLE_MAX_WORDS) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0))
          && !TITLE_JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * How much of the shorter passage the longer one holds, in (0, 1], when the two are one
   * utterance; 0 when they are not.
   */
  static double sameUtterance(List<String> a, List<String> b) {
    return sameUtterance(a, b, LanguageWords.ENGLISH);
  }

  /** As above, with the content words of the passages' language. */
  static double sameUtterance(List<String> a, List<String> b, LanguageWords language) {
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = shorter == a ? b : a;
    if (shorter.size() < MIN_WORDS) {
      return 0; // "No." is in any quote that says no
    }
    boolean[] covered = new boolean[shorter.size()];
    int longest = 0;
    int common = 0;
    int runs = 0;
    int minRun = Math.min(MIN_RUN, shorter.size());
    for (AbstractDelta<String> d : DiffUtils.diff(shorter, longer, true).getDeltas()) {
      if (d.getType() != DeltaType.EQUAL) {
        continue;
      }
      int size = d.getSource().size();
      longest = Math.max(longest, size);
      common += size;
      if (size >= minRun) {
        runs++;
        int from = d.getSource().getPosition();
        for (int i = from; i < from + size; i++) {
          covered[i] = true;
        }
      }
    }
    int words = 0;
    int content = 0;
    int contentCovered = 0;
    for (int i = 0; i < shorter.size(); i++) {
      boolean isContent = language.isContent(shorter.get(i));
      words += covered[i] ? 1 : 0;
      content += isContent ? 1 : 0;
      contentCovered += isContent && covered[i] ? 1 : 0;
    }
    if (longest < Math.min(ANCHOR_RUN, shorter.size())) {
      return 0;
    }
    double share = words / (double) shorter.size();
    boolean contained =
        share >= COVERED_WORDS
            && contentCovered > 0
            && contentCovered >= COVERED_CONTENT_WORDS * content;
    double dice = 2.0 * common / (shorter.size() + longer.size());
    boolean reworded = dice >= REWORDED_COMMON && runs >= REWORDED_RUNS;
    return contained ? share : reworded ? dice : 0;
  }
}
