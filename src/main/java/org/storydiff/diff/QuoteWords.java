package org.storydiff.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comparison form of quoted words: lower-case runs of letters and digits, so that what scraped
 * copy does to form is no difference: spaces around an apostrophe ("it ’ s" and "it's" are both
 * "its"), abbreviations spaced or not ("U. S.", "U.S."), hyphens spaced, doubled or dropped ("full
 * - strength", "full-strength"), thousands separators ("2,187", "2187"), punctuation, quotation
 * marks and ellipses.
 */
final class QuoteWords {

  private static final Pattern APOSTROPHE =
      Pattern.compile("(?<=\\p{L})\\s*['\u2019]\\s*(?=\\p{L})|(?<=\\p{L})['\u2019]");
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private QuoteWords() {}

  static List<String> of(String quote) {
    String folded = quote.toLowerCase(Locale.ROOT);
    folded = APOSTROPHE.matcher(folded).replaceAll("");
    folded = THOUSANDS.matcher(folded).replaceAll("");
    List<String> words = new ArrayList<>();
    for (String w : NOT_A_WORD.split(folded)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * The same letters and digits in the same order, however split into words ("datacenter" and "data
   * center"): a difference of form only.
   */
  static boolean sameLetters(List<String> a, List<String> b) {
    return String.join("", a).equals(String.join("", b));
  }

  /** Words the two sets have in common. */
  static int sharedWords(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    return shared;
  }

  /**
   * Equal, or one is the other with at most {@code slack} words trimmed from its ends: agencies
   * trim a quote's opening "and" or tail freely, which is form, not a change.
   */
  static boolean nearlyEqual(List<String> a, List<String> b, int slack) {
    List<String> longer = a.size() >= b.size() ? a : b;
    List<String> shorter = longer == a ? b : a;
    return longer.size() - shorter.size() <= slack && isContiguousPart(shorter, longer);
  }

  /** Length of the longest common subsequence of two word lists (the words both have in order). */
  static int commonInOrder(List<String> a, List<String> b) {
    int changed = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      changed += delta.getSource().size();
    }
    return a.size() - changed;
  }

  /** {@code part} is {@code whole} with words cut and none added or changed (an excerpt of it). */
  static boolean onlyCuts(List<String> whole, List<String> part) {
    return !part.isEmpty() && commonInOrder(whole, part) == part.size();
  }

  static boolean isContiguousPart(List<String> part, List<String> whole) {
    return !part.isEmpty() && Collections.indexOfSubList(whole, part) >= 0;
  }
}
