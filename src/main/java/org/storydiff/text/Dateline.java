package org.storydiff.text;

import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a wire dateline at the start of a paragraph: a place in capitals, then at least one of a
 * region, a date or an agency in parentheses, then a dash followed by a space or the end, e.g.
 * "KYIV, March 14 (Reuters) -", "WASHINGTON (AP) —", "PARIS, Jan. 3 (AFP) –", "LONDON, Nov 24 -",
 * "NAIROBI, Kenya —". A bare "NATO — ..." is not taken, since an upper-case word and a dash also
 * open ordinary sentences. Stateless and thread-safe.
 */
public final class Dateline {

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String PLACE =
      "\\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]*(?: \\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]*){0,3}";
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'\u2019-]*";
  private static final String REGION =
      "(?:,\\s*(?!" + MONTH + "\\b)" + NAME_WORD + "(?: " + NAME_WORD + "){0,2})";

  /** "March 14" or, in British style, "14 March". */
  private static final String DATE =
      "(?:,?\\s*(?:" + MONTH + "\\.?\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + "\\.?))";

  private static final String AGENCY = "(?:\\s*\\([^()\\n]{1,40}\\))";
  private static final String DASH = "\\s*(?:--?|[\u2013\u2014])(?=\\s|$)";

  /** What must follow the place: a date (maybe after a region), a region, or an agency alone. */
  private static final String QUALIFIER =
      String.join("|", REGION + "?" + DATE + AGENCY + "?", REGION + AGENCY + "?", AGENCY);

  private static final Pattern DATELINE =
      Pattern.compile("^" + PLACE + "(?:" + QUALIFIER + ")" + DASH);

  /**
   * Another language's datelines: the place in capitals or, before an agency in parentheses, as
   * written ("Kessenrode (npa) -"), then a region or agency in parentheses, a date in the
   * language's months ("27 novembre", "30. November", "2 de diciembre", "2 dic"), an agency, and a
   * dash, which Spanish agencies put after a full stop ("(EFE).-").
   */
  static Pattern localPattern(Set<String> months) {
    String month =
        "(?iu:"
            + months.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"))
            + ")";
    String date =
        "(?<date>,?\\s*(?:\\d{1,2}\\.?\\s+(?:de\\s+)?"
            + month
            + "\\.?|"
            + month
            + "\\.?\\s+\\d{1,2}\\.?))";
    String parens = "(?:\\s*\\([^()\\n]{1,40}\\))";
    return Pattern.compile(
        "^(?:(?<caps>"
            + PLACE
            + ")|"
            + NAME_WORD
            + "(?: "
            + NAME_WORD
            + "){0,2})(?<first>"
            + parens
            + ")?"
            + date
            + "?(?<agency>"
            + parens
            + ")?\\s*\\.?(?:--?|[\u2013\u2014])(?=\\s|$)");
  }

  private Dateline() {}

  /**
   * As {@link #length(CharSequence)}, with the datelines of {@code rules}' language too: a place as
   * written needs an agency or region in parentheses; a place in capitals needs that or a date.
   */
  public static int length(CharSequence paragraph, SentenceRules rules) {
    int english = length(paragraph);
    if (english > 0 || rules.dateline() == null) {
      return english;
    }
    Matcher m = rules.dateline().matcher(paragraph);
    if (!m.find()) {
      return -1;
    }
    boolean parens = m.group("first") != null || m.group("agency") != null;
    boolean caps = m.group("caps") != null;
    return parens || caps && m.group("date") != null ? m.end() : -1;
  }

  /**
   * The length of the dateline that opens {@code paragraph}, up to and including its dash, or -1
   * when the paragraph does not open with one. Offsets are UTF-16 indexes into {@code paragraph}.
   */
  public static int length(CharSequence paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    return m.find() ? m.end() : -1;
  }
}
