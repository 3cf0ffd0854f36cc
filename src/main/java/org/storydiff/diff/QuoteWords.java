package org.storydiff.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.storydiff.align.WordDiff;

/**
 * The comparison form of quoted words: lower-case runs of letters and digits, so that what scraped
 * copy does to form is no difference: spaces around an apostrophe ("it ’ s" and "it's" are both
 * "its"), abbreviations spaced or not ("U. S.", "U.S."), hyphens spaced, doubled or dropped ("full
 * - strength", "full-strength"), thousands separators ("2,187", "2187"), punctuation, quotation
 * marks and ellipses, clock times ("6:41pm PST", "18:41"), a web address's suffix ("MySpace.com"),
 * numbers in words or digits ("five", "5"), a sum's short magnitude ("€118m", "€118 million") and
 * "per cent" for "%", and the two possessives of a word ending in s ("ISIS's", "ISIS'").
 */
final class QuoteWords {

  private static final Pattern APOSTROPHE =
      Pattern.compile("(?<=\\p{L})\\s*['\u2019]\\s*(?=\\p{L})|(?<=\\p{L})['\u2019]");

  /**
   * The possessive of a word ending in s, written either way ("ISIS's", "ISIS'"; "Chris's",
   * "Chris'"): one word, read without its ending.
   */
  private static final Pattern S_POSSESSIVE =
      Pattern.compile("(?<=\\p{L}s)\\s*['\u2019](?:\\s*s)?(?!\\p{L})");

  /** Time zones written after a clock time: a form of the same time in a quote. */
  private static final String ZONES =
      "(?:gmt|utc|pst|pdt|est|edt|cst|cdt|mst|mdt|bst|cet|cest|et|pt|local time)\\b";

  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");

  /** Words the reporter inserts into a quote: "[the Act]", "her (Tara Reid)". */
  private static final Pattern INSERTION = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)");

  /**
   * A quotation inside the quote ("the officers said, ‘Don’t move.’"): someone else's words the
   * speaker repeats, another utterance. Read after apostrophes inside words are joined.
   */
  private static final Pattern NESTED =
      Pattern.compile(
          "(?:(?<=[\\s,:;(])|^)[\u2018'][^\u2018\u2019'\"\u201c\u201d]*(?:[\u2019']|$)");

  /** Zero minutes of a clock time: "6:00 p.m." is "6 p.m.". */
  private static final Pattern ZERO_MINUTES = Pattern.compile("(?<=\\d)\\s*:\\s*00(?!\\d)");

  /** A clock time with am or pm ("6:41pm", "6.41 p.m.", "6 pm"), and the zone after it. */
  private static final Pattern CLOCK_12 =
      Pattern.compile(
          "(?<![\\d.,])(\\d{1,2})(?:\\s*[:.]\\s*(\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?"
              + "(?:\\s+"
              + ZONES
              + ")?");

  /** A 24-hour clock time ("18:41"), and the zone after it. */
  private static final Pattern CLOCK_24 =
      Pattern.compile("(?<![\\d.,])(\\d{1,2})\\s*:\\s*(\\d{2})(?!\\d)(?:\\s+" + ZONES + ")?");

  /** A web address's suffix: "MySpace.com" is MySpace to a reader. */
  private static final Pattern WEB_SUFFIX =
      Pattern.compile("(?<=\\p{L})\\.(?:com|org|net|co\\.uk)\\b");

  /** Least length of two words that differ by one letter as spellings of one word. */
  private static final int SPELLING_MIN_LENGTH = 5;

  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** "per cent" and "percent" after a number: the form of "%", which is no word. */
  private static final Pattern PERCENT = Pattern.compile("(?<=\\d)\\s*(?:per\\s?cent)\\b");

  /** "€118m", "$2.5bn", "£40k": a sum's magnitude in short, read as its word. */
  private static final Pattern SUM_SHORT =
      Pattern.compile("([$€£¥]\\s*\\d[\\d.,]*)\\s*(m|mn|bn|b|k)\\b");

  /**
   * Numbers 0 to 20 and the tens to 90 as English spells them (by ICU's spell-out rules), and their
   * digits: "five" and "5" in a quote are one word.
   */
  private static final Map<String, String> SPELLED = spelledNumbers();

  private QuoteWords() {}

  /** The quote's words in comparison form, a quotation nested in it included. */
  static List<String> of(String quote) {
    return words(quote, false);
  }

  /**
   * The speaker's own words in comparison form: a quotation nested in the quote left out, as the
   * words another utterance ({@link QuoteIdentity}).
   */
  static List<String> ownWords(String quote) {
    return words(quote, true);
  }

  private static List<String> words(String quote, boolean withoutNested) {
    String folded = INSERTION.matcher(quote.toLowerCase(Locale.ROOT)).replaceAll(" ");
    folded = clocks(folded);
    folded = WEB_SUFFIX.matcher(folded).replaceAll("");
    folded = ZERO_MINUTES.matcher(folded).replaceAll("");
    folded = S_POSSESSIVE.matcher(folded).replaceAll("");
    folded = APOSTROPHE.matcher(folded).replaceAll("");
    if (withoutNested) {
      folded = NESTED.matcher(folded).replaceAll(" ");
    }
    folded = THOUSANDS.matcher(folded).replaceAll("");
    folded = PERCENT.matcher(folded).replaceAll("");
    folded =
        SUM_SHORT
            .matcher(folded)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + magnitude(m.group(2))));
    List<String> words = new ArrayList<>();
    for (String w : NOT_A_WORD.split(folded)) {
      if (!w.isEmpty()) {
        words.add(SPELLED.getOrDefault(w, w));
      }
    }
    return words;
  }

  private static String magnitude(String shortForm) {
    return switch (shortForm) {
      case "k" -> "thousand";
      case "m", "mn" -> "million";
      default -> "billion";
    };
  }

  private static Map<String, String> spelledNumbers() {
    RuleBasedNumberFormat spell =
        new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
    Map<String, String> out = new HashMap<>();
    for (int n = 0; n <= 90; n += n < 20 ? 1 : 10) {
      out.put(spell.format(n).toLowerCase(Locale.ROOT), Integer.toString(n));
    }
    return Map.copyOf(out);
  }

  /** Clock times as one 24-hour word ("6:41pm PST" and "18:41" are both "t1841"). */
  private static String clocks(String text) {
    String out =
        CLOCK_12
            .matcher(text)
            .replaceAll(
                m -> {
                  int hour = Integer.parseInt(m.group(1)) % 12 + ("p".equals(m.group(3)) ? 12 : 0);
                  String minutes = m.group(2) == null ? "00" : m.group(2);
                  return hour > 23
                      ? m.group()
                      : String.format(Locale.ROOT, " t%02d%s ", hour, minutes);
                });
    return CLOCK_24
        .matcher(out)
        .replaceAll(
            m ->
                Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59
                    ? m.group()
                    : String.format(
                        Locale.ROOT, " t%02d%s ", Integer.parseInt(m.group(1)), m.group(2)));
  }

  /**
   * Whether two wordings differ in form only: each difference the same letters split otherwise
   * ("datacenter", "data center"; "e-mail", "email") or one spelling of a word for another
   * ("realised", "realized"; "neighbourhood", "neighborhood": one letter apart, five letters or
   * more), or a name and its initials ("Internet Explorer", "IE").
   */
  static boolean formOnly(List<String> a, List<String> b) {
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      if (!sameInForm(d.getSource().getLines(), d.getTarget().getLines())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code part} is an excerpt of {@code whole} up to form: words cut, and each remaining
   * difference one of {@link #formOnly}'s ("all IE customers" from "… of Internet Explorer
   * customers …"). A reporter's partial quote that writes a name out is no rewording.
   */
  static boolean excerptInForm(List<String> whole, List<String> part) {
    if (part.isEmpty()) {
      return false;
    }
    for (AbstractDelta<String> d : DiffUtils.diff(whole, part).getDeltas()) {
      List<String> cut = d.getSource().getLines();
      List<String> kept = d.getTarget().getLines();
      if (!kept.isEmpty() && !inFormWithin(cut, kept)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code kept} matches a contiguous run of {@code cut} in form: the diff of an excerpt
   * folds the words it cut around a differently written word into one change.
   */
  private static boolean inFormWithin(List<String> cut, List<String> kept) {
    for (int from = 0; from < cut.size(); from++) {
      for (int to = from + 1; to <= cut.size(); to++) {
        if (sameInForm(cut.subList(from, to), kept)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One difference of two wordings that is form only ({@link #formOnly}). */
  private static boolean sameInForm(List<String> before, List<String> after) {
    String joinedBefore = String.join("", before);
    String joinedAfter = String.join("", after);
    boolean spelling =
        before.size() == 1
            && after.size() == 1
            && Math.min(joinedBefore.length(), joinedAfter.length()) >= SPELLING_MIN_LENGTH
            && ONE_EDIT.apply(joinedBefore, joinedAfter) >= 0;
    return joinedBefore.equals(joinedAfter)
        || spelling
        || isInitialism(before, after)
        || isInitialism(after, before);
  }

  /**
   * One word made of the initials of the other words: "IE" for "Internet Explorer", "UN" for
   * "United Nations", one name written two ways.
   */
  static boolean isInitialism(List<String> one, List<String> words) {
    if (one.size() != 1 || words.size() < 2 || one.get(0).length() != words.size()) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : words) {
      initials.append(w.charAt(0));
    }
    return initials.toString().equals(one.get(0));
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

  /** {@code part} is {@code whole} with words cut and none added or changed (an excerpt of it). */
  static boolean onlyCuts(List<String> whole, List<String> part) {
    return !part.isEmpty() && WordDiff.commonInOrder(whole, part) == part.size();
  }

  static boolean isContiguousPart(List<String> part, List<String> whole) {
    return !part.isEmpty() && Collections.indexOfSubList(whole, part) >= 0;
  }
}
