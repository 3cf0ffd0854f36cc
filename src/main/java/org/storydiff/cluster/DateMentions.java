package org.storydiff.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storydiff.model.Token;
import org.storydiff.text.CalendarWords;

/**
 * Finds calendar dates written in a sentence and turns them into clustering terms. Two events of
 * the same kind (two quakes, two rounds of talks) share their vocabulary but not their dates, and
 * articles about one event repeat its date, so a written date is a strong, length-independent
 * signal, also where the input has no publication dates. Stateless and thread-safe.
 *
 * <p>Recognized: "November 12, 2011", "Nov. 12", "12 November 2011", "18th September", "November
 * 2011" and "2011-11-12". A date with a day gives {@code "d:11-12"} (month-day, since articles
 * about one event often omit the year); a date with a year gives {@code "d:2011-11"} (year-month).
 * Weekday names are not dates here: they recur in every story.
 */
final class DateMentions {

  private DateMentions() {}

  /** The date terms of {@code tokens}, in order of appearance (a date may give two terms). */
  static List<String> terms(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Integer month = month(tokens.get(i));
      if (month != null) {
        monthFirst(tokens, i, month, out);
      } else if (isIsoDate(tokens, i)) {
        int m = Integer.parseInt(tokens.get(i + 2).norm());
        int d = Integer.parseInt(tokens.get(i + 4).norm());
        add(out, Integer.parseInt(tokens.get(i).norm()), m, d);
        i += 4;
      }
    }
    return out;
  }

  /** At a month name: "Nov 12[, 2011]", "November 2011", or "12[th] November[ 2011]" before it. */
  private static void monthFirst(List<Token> tokens, int i, int month, List<String> out) {
    int next = skipPeriod(tokens, i + 1);
    Integer day = day(tokens, next);
    if (day != null) {
      int after = skipComma(tokens, skipOrdinal(tokens, next + 1));
      add(out, year(tokens, after), month, day);
      return;
    }
    Integer year = year(tokens, next);
    Integer dayBefore = dayBefore(tokens, i);
    if (year != null || dayBefore != null) {
      add(out, year, month, dayBefore);
    }
  }

  private static void add(List<String> out, Integer year, int month, Integer day) {
    if (day != null) {
      out.add(String.format(Locale.ROOT, "d:%02d-%02d", month, day));
    }
    if (year != null) {
      out.add(String.format(Locale.ROOT, "d:%04d-%02d", year, month));
    }
  }

  /** A month name; "may" and "march" only when capitalized, since they are also common words. */
  private static Integer month(Token t) {
    if (!t.isWord()) {
      return null;
    }
    Integer m = CalendarWords.month(t.norm());
    if (m != null && (m == 5 || m == 3) && !t.capitalized()) {
      return null;
    }
    return m != null && t.capitalized() ? m : null;
  }

  private static Integer day(List<Token> tokens, int i) {
    if (i >= tokens.size() || !tokens.get(i).isNumber()) {
      return null;
    }
    Integer d = integer(tokens.get(i).norm());
    return d != null && d >= 1 && d <= 31 && tokens.get(i).norm().length() <= 2 ? d : null;
  }

  /** "12 November" or "12th November" just before the month at {@code i}. */
  private static Integer dayBefore(List<Token> tokens, int i) {
    int j = i - 1;
    if (j >= 0 && isOrdinalSuffix(tokens.get(j))) {
      j--;
    }
    return j >= 0 ? day(tokens, j) : null;
  }

  private static Integer year(List<Token> tokens, int i) {
    if (i >= tokens.size() || !tokens.get(i).isNumber() || tokens.get(i).norm().length() != 4) {
      return null;
    }
    Integer y = integer(tokens.get(i).norm());
    return y != null && y >= 1900 && y <= 2100 ? y : null;
  }

  private static boolean isIsoDate(List<Token> tokens, int i) {
    if (i + 4 >= tokens.size() || year(tokens, i) == null) {
      return false;
    }
    return tokens.get(i + 1).norm().equals("-")
        && tokens.get(i + 3).norm().equals("-")
        && tokens.get(i + 2).norm().length() == 2
        && integer(tokens.get(i + 2).norm()) != null
        && integer(tokens.get(i + 2).norm()) <= 12
        && day(tokens, i + 4) != null
        && tokens.get(i + 4).norm().length() == 2;
  }

  private static int skipPeriod(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).norm().equals(".") ? i + 1 : i;
  }

  private static int skipComma(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).norm().equals(",") ? i + 1 : i;
  }

  private static int skipOrdinal(List<Token> tokens, int i) {
    return i < tokens.size() && isOrdinalSuffix(tokens.get(i)) ? i + 1 : i;
  }

  private static boolean isOrdinalSuffix(Token t) {
    return t.isWord()
        && (t.norm().equals("st")
            || t.norm().equals("nd")
            || t.norm().equals("rd")
            || t.norm().equals("th"));
  }

  private static Integer integer(String digits) {
    for (int k = 0; k < digits.length(); k++) {
      if (!Character.isDigit(digits.charAt(k))) {
        return null;
      }
    }
    return digits.isEmpty() || digits.length() > 9 ? null : Integer.parseInt(digits);
  }
}
