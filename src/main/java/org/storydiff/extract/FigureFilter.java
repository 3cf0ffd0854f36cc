package org.storydiff.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storydiff.extract.Quantity.Kind;
import org.storydiff.model.Token;
import org.storydiff.text.CalendarWords;
import org.storydiff.text.StopWords;

/**
 * Rejects numbers that are labels rather than facts: page, section and flight numbers, street
 * numbers, phone numbers, numbers inside names and identifiers ("COVID-19", "Boeing 737", "iPhone
 * 15", "the S&P 500", "the 1st Battalion", "Euro 2020"), results and slashed labels ("2-1", "9/11")
 * and "one" used as a pronoun ("no one", "one another"). Stateless and thread-safe.
 */
final class FigureFilter {

  private static final Set<String> LABELS =
      Set.of(
          "page",
          "pages",
          "section",
          "article",
          "chapter",
          "row",
          "room",
          "number",
          "flight",
          "route",
          "platform",
          "gate",
          "line",
          "bus",
          "highway",
          "channel",
          "version",
          "paragraph",
          "clause",
          "item",
          "resolution",
          "seat",
          "exit",
          "apartment",
          "building",
          "floor",
          "#",
          "no",
          "nos",
          "rule",
          "tier",
          "category",
          "level",
          "pier",
          "terminal",
          "lot",
          "box",
          "verse",
          "psalm",
          "amendment",
          "bill",
          "act",
          "unit",
          "ward",
          "district",
          "precinct",
          "lane",
          "track",
          "episode",
          "season",
          "week",
          "game",
          "round",
          "stage",
          "phase",
          "title",
          "volume",
          "vol",
          "issue",
          "grade",
          "class");
  private static final Set<String> STREET_SUFFIXES =
      Set.of(
          "street",
          "st",
          "avenue",
          "ave",
          "road",
          "rd",
          "lane",
          "boulevard",
          "blvd",
          "square",
          "drive",
          "way",
          "place",
          "highway");
  private static final Set<String> ONE_NEXT =
      Set.of(
          "another",
          "by",
          "who",
          "that",
          "which",
          "point",
          "time",
          "side",
          "hand",
          "way",
          "thing",
          "or",
          "more",
          "after",
          "another's",
          "if",
          "can",
          "could",
          "would",
          "must",
          "should",
          "is",
          "was",
          "and",
          "else",
          "such",
          "will",
          "i",
          "he",
          "she",
          "we",
          "they",
          "you",
          "it",
          "may",
          "might",
          "has",
          "had",
          "does",
          "did");
  private static final Set<String> ONE_PREV =
      Set.of(
          "no", "the", "any", "every", "each", "which", "this", "that", "someone", "last", "next",
          "same", "as", "little", "big", "good", "new", "old", "right", "wrong");

  /**
   * Stock indexes and rankings named by a number, written lower-case in some copy ("the sp 500").
   */
  private static final Set<String> INDEX_NAMES =
      Set.of(
          "sp", "ftse", "asx", "nikkei", "stoxx", "russell", "dax", "cac", "fortune", "nasdaq",
          "kospi", "sensex", "nifty", "ibex", "mib", "smi", "aex", "omx", "tsx");

  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "exactly",
          "just",
          "another",
          "all",
          "nearly",
          "only",
          "almost",
          "barely",
          "even",
          "perhaps",
          "possibly",
          "precisely",
          "since",
          "by",
          "until",
          "last",
          "those");
  private static final Pattern PHONE =
      Pattern.compile("\\+?\\(?\\d{2,4}\\)?(?:[ .-]\\d{2,4}){2,}|\\d{3}-\\d{4}");

  /** Words after a number that make it a model name: "737 Max", "iPhone 15 Pro". */
  private static final Set<String> MODEL_WORDS =
      Set.of(
          "max", "pro", "plus", "ultra", "mini", "lite", "xl", "series", "neo", "gt", "gti",
          "classic");

  /** True when the quantity must not become a figure. */
  boolean reject(TokenView v, Quantity q) {
    if (q.kind() == Kind.SKIP || ScrapedSpacing.splitsANumber(v, q) || inDottedDate(v, q)) {
      return true;
    }
    boolean year = q.kind() == Kind.DATE && q.first() == q.last() && v.isNumber(q.first());
    if (q.kind() == Kind.COUNT || q.kind() == Kind.ORDINAL || year) {
      return isLabel(v, q.first())
          || insideIdentifier(v, q.first())
          || afterName(v, q.first())
          || isStreetNumber(v, q.last())
          || isPhone(v, q.first())
          || isPronounOne(v, q)
          || ordinalInName(v, q)
          || isIndexName(v, q.first())
          || afterJoinedNumber(v, q.first())
          || isNameWord(v, q)
          || isLongIdentifier(v, q)
          || isListMarker(v, q)
          || isModelName(v, q)
          || afterDottedName(v, q.first())
          || isPower(v, q.first());
    }
    return false;
  }

  /** A day, month and year written with dots ("19.06.2020"), as dates are in much of Europe. */
  private static final Pattern DOTTED_DATE =
      Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})(?![\\d.]\\d)");

  /**
   * Whether the quantity's first token lies inside a dotted date: a press notice's "19.06.2020 /
   * 17:59 CET" is a time stamp, not "06.2020" read as 6.202 of "CET".
   */
  private static boolean inDottedDate(TokenView v, Quantity q) {
    Token t = v.get(q.first());
    String body = v.body();
    // read for every quantity: only a number with a dot at or right beside it can be one
    int dot = body.indexOf('.', Math.max(0, t.start() - 1));
    if (dot < 0 || dot > t.end()) {
      return false;
    }
    int from = Math.max(0, t.start() - 6);
    int to = Math.min(body.length(), t.end() + 6);
    Matcher m = DOTTED_DATE.matcher(body).region(from, to);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    while (m.find()) {
      if (m.start() <= t.start() && t.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the Four Seasons", "the Gang of Eight": a capitalized number word inside a sentence is a name.
   */
  private static boolean isNameWord(TokenView v, Quantity q) {
    int i = q.first();
    if (!v.isWord(i) || !v.isCapitalized(i) || v.sentenceInitial(i) || v.norm(i - 1).equals(":")) {
      return false;
    }
    return v.isCapitalized(q.last() + 1) || (v.norm(i - 1).equals("of") && v.isCapitalized(i - 2));
  }

  /** "km^2", "J/m^2": a number raised to, not counted. */
  private static boolean isPower(TokenView v, int first) {
    return v.norm(first - 1).equals("^") && v.touching(first - 1);
  }

  /** "737 Max", "15 Pro": a number followed by a capitalized model word. */
  private static boolean isModelName(TokenView v, Quantity q) {
    int k = q.last() + 1;
    return v.isNumber(q.last()) && v.isCapitalized(k) && MODEL_WORDS.contains(v.norm(k));
  }

  /** "ID.4", "Model.3": a number glued by a full stop to a capitalized word is part of a name. */
  private static boolean afterDottedName(TokenView v, int first) {
    return v.isNumber(first)
        && v.norm(first - 1).equals(".")
        && v.touching(first - 1)
        && v.isWord(first - 2)
        && v.touching(first - 2)
        && v.isCapitalized(first - 2)
        && v.text(first - 2, first - 2).length() >= 2;
  }

  /** Ungrouped integers of ten digits or more are ids and timestamps, not amounts. */
  private static boolean isLongIdentifier(TokenView v, Quantity q) {
    String n = v.norm(q.first());
    return v.isDigits(q.first())
        && n.length() >= 10
        && n.chars().allMatch(Character::isDigit)
        && v.text(q.first(), q.first()).indexOf(',') < 0;
  }

  /**
   * "2. Donald Trump": a number opening a sentence and closed by a dot or bracket numbers a list.
   */
  private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");

  private static boolean isListMarker(TokenView v, Quantity q) {
    String next = v.norm(q.last() + 1);
    return v.isNumber(q.first())
        && q.first() == q.last()
        && ONE_OR_TWO_DIGITS.matcher(v.norm(q.first())).matches()
        && v.sentenceInitial(q.first())
        && (next.equals(".") || next.equals(")"))
        && v.touching(q.last())
        && (q.last() + 2 >= v.size() || v.isCapitalized(q.last() + 2));
  }

  private static boolean isLabel(TokenView v, int first) {
    int prev = v.norm(first - 1).equals(".") ? first - 2 : first - 1;
    return LABELS.contains(v.norm(prev)) && (!v.norm(prev).equals("no") || v.isCapitalized(prev));
  }

  /**
   * "COVID-19", "F-16": the number is glued to a word by a hyphen ("sub-7 nanometre" is a bound).
   */
  private static boolean insideIdentifier(TokenView v, int first) {
    return v.norm(first - 1).equals("-")
        && v.touching(first - 1)
        && v.isWord(first - 2)
        && v.touching(first - 2)
        && !v.norm(first - 2).equals("sub")
        && !v.norm(first - 2).equals("minus");
  }

  /**
   * "Boeing 737", "Apollo 11", "iPhone 15": a capitalized (or inner-capitalized) word right before
   * the number. At a sentence start the word may just be capitalized ("About 300", "Only 3"), so
   * function words and qualifiers pass.
   */
  private static boolean afterName(TokenView v, int first) {
    int prev = first - 1;
    if (!v.isWord(prev)
        || !(v.isCapitalized(prev) || hasInnerCapital(v, prev))
        || !v.isDigits(first)) {
      return false;
    }
    String n = v.norm(prev);
    if (v.sentenceInitial(prev) && (StopWords.contains(n) || SENTENCE_OPENERS.contains(n))) {
      return false;
    }
    return CalendarWords.month(n) == null
        && CalendarWords.weekday(n) == null
        && QualifierFinder.WORDS.keySet().stream().noneMatch(w -> w.endsWith(n));
  }

  private static boolean hasInnerCapital(TokenView v, int k) {
    String text = v.text(k, k);
    return text.length() > 1
        && !text.substring(1).equals(text.substring(1).toLowerCase(java.util.Locale.ROOT));
  }

  /** "the sp 500", "s&p 500", "ftse 100" in lower-case copy (capitalized ones are names anyway). */
  private static boolean isIndexName(TokenView v, int first) {
    String prev = v.norm(first - 1);
    return v.isNumber(first)
        && (INDEX_NAMES.contains(prev) || (prev.equals("p") && v.norm(first - 2).equals("&")));
  }

  /** "2019-20": the second half of a pair whose first half was already read (as a year here). */
  private static boolean afterJoinedNumber(TokenView v, int first) {
    String joint = v.norm(first - 1);
    return (joint.equals("-") || joint.equals("/"))
        && v.touching(first - 1)
        && v.isNumber(first - 2)
        && v.touching(first - 2);
  }

  /** "221 Baker Street", and the police-report "3400 block of Elm Avenue". */
  private static boolean isStreetNumber(TokenView v, int last) {
    if (v.norm(last + 1).equals("block") && v.norm(last + 2).equals("of")) {
      return true;
    }
    for (int k = last + 1; k <= last + 3 && v.isWord(k) && v.isCapitalized(k); k++) {
      if (STREET_SUFFIXES.contains(v.norm(k)) && k > last + 1) {
        return true;
      }
    }
    return false;
  }

  /** Part of a phone number that starts at this token or at one of the three before it. */
  private static boolean isPhone(TokenView v, int first) {
    for (int k = Math.max(0, first - 3); k <= first; k++) {
      int from = v.get(k).start();
      var m = PHONE.matcher(v.body()).region(from, Math.min(v.body().length(), from + 24));
      if (m.lookingAt()
          && m.end() >= v.get(first).end()
          && m.group().replaceAll("\\D", "").length() >= 7) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPronounOne(TokenView v, Quantity q) {
    if (!v.norm(q.first()).equals("one") || q.last() != q.first()) {
      return false;
    }
    return ONE_NEXT.contains(v.norm(q.first() + 1))
        || ONE_PREV.contains(v.norm(q.first() - 1))
        || !v.isWord(q.first() + 1);
  }

  /** "the 1st Battalion": an ordinal followed by a capitalized word names a unit. */
  private static boolean ordinalInName(TokenView v, Quantity q) {
    return q.kind() == Kind.ORDINAL && v.isCapitalized(q.last() + 1);
  }
}
