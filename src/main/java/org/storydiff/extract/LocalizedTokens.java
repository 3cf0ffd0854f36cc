package org.storydiff.extract;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storydiff.model.Token;
import org.storydiff.model.TokenType;
import org.storydiff.text.LanguageWords;
import org.storydiff.text.NumberWords;

/**
 * Rewrites the tokens of a sentence in another language into the words the figure grammar reads,
 * keeping every offset into the body, so a figure's span and text stay the agency's own characters.
 * Numbers are read with the language's separators ("1.250" and "1 250" are 1250, "3,5" is 3.5 in
 * German), written-out numbers become one number token ("zweiundzwanzig" is 22), and the language's
 * glosses replace its words ("mindestens" reads as "at least", "millones de" as "million", a "$"
 * after an amount as "dollars"). A gloss of fewer words than its phrase lets the last word span the
 * rest; a gloss of more words adds empty tokens at the end of the phrase. Stateless and
 * thread-safe.
 */
final class LocalizedTokens {

  private static final Pattern GROUPED_BY_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
  private static final Pattern GROUPED_BY_COMMA = Pattern.compile("\\d{1,3}(,\\d{3}){2,}");
  private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)?");

  private LocalizedTokens() {}

  /** The tokens of one sentence of {@code body} as the grammar reads them in {@code lang}. */
  static List<Token> of(String body, List<Token> tokens, FigureLanguage lang) {
    List<Token> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (isLeadingDecimal(body, tokens, i, lang.decimal(), out)) {
        Token digits = tokens.get(i + 1);
        out.add(new Token(t.start(), digits.end(), "0." + digits.norm(), TokenType.NUMBER, false));
        i += 2;
        continue;
      }
      if (t.isNumber()) {
        int clockEnd = clockTime(body, tokens, i, lang.clock(), out);
        if (clockEnd > i) {
          i = clockEnd;
          continue;
        }
        out.add(number(body, t, lang.decimal()));
        i++;
        continue;
      }
      // After digits a number word is a scale ("1,17 mil millones"), and a gloss beats a one-word
      // number, so the articles "ein", "un", "una" stay articles; a longer run is a number
      // ("un millón doscientos", "mil quinientos"). A spelled zero is a digit of decimals said as
      // numbers ("coma cero tres"), so a number word after it is read.
      Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
      SpelledNumbers.Read spelled =
          previous != null
                  && previous.isNumber()
                  && !(previous.norm().equals("0") && spelledWhole(body, previous) != null)
              ? null
              : lang.spelled().read(body, tokens, i);
      int glossed = gloss(tokens, i, lang, out, spelled == null || spelled.last() == i);
      if (glossed > i) {
        i = glossed;
        continue;
      }
      SpelledNumbers.Ordinal oneWord =
          spelled == null ? lang.spelled().oneWordOrdinal(t.norm()) : null;
      if (oneWord != null) {
        emit(tokens, i, 1, ordinalWords(oneWord.value(), oneWord.plural()), out);
        i++;
        continue;
      }
      if (spelled != null && spelled.ordinal()) {
        // "troisième trimestre" is a rank, "quatre centièmes" a fraction: the grammar tells them
        // apart from the English ordinal ("third", "four hundredths") as it does in English.
        emit(
            tokens,
            i,
            spelled.last() - i + 1,
            ordinalWords((long) spelled.value(), spelled.plural()),
            out);
        i = spelled.last() + 1;
        continue;
      }
      if (spelled != null) {
        out.add(
            new Token(
                t.start(),
                tokens.get(spelled.last()).end(),
                digits(spelled.value()),
                TokenType.NUMBER,
                false));
        i = spelled.last() + 1;
        continue;
      }
      String sign = lang.signsAfter().get(t.norm());
      if (sign != null && !out.isEmpty() && isAmountEnd(out.get(out.size() - 1))) {
        out.add(new Token(t.start(), t.end(), sign, TokenType.WORD, false)); // "94.000 $"
      } else {
        out.add(t);
      }
      i++;
    }
    readWordFractions(body, out, lang.fractionOf());
    readSpelledJoins(body, out, lang.spelledJoins());
    readCentsAfterCurrency(body, out, lang.spelledJoins());
    lowerFunctionWordOpening(body, out, lang.tag());
    return out;
  }

  /**
   * A sentence opened by a function word of the language ("Die 300 Arbeiter", "Bei 500 km") has it
   * capitalized only because it opens the sentence: it is read as lower case, so it does not make
   * the number after it part of a name, as the English function words do not.
   */
  private static void lowerFunctionWordOpening(String body, List<Token> out, String tag) {
    if (out.isEmpty() || !out.get(0).isWord() || !out.get(0).capitalized()) {
      return;
    }
    Token first = out.get(0);
    if (!LanguageWords.of(tag).isContent(written(body, first))) {
      out.set(0, new Token(first.start(), first.end(), first.norm(), first.type(), false));
    }
  }

  /**
   * Cents said after the currency, joined or not ("15 Dollar und 50.", "3 euros con 99 céntimos",
   * "15 dollars 50."): the join read as "and" and, when the clause ends on the number, the cents
   * word the grammar wants added (without characters), so the amount is one figure as in "15
   * dollars and 50 cents". Only a whole number under 100 that ends the clause or comes before a
   * cents word counts.
   */
  private static void readCentsAfterCurrency(
      String body, List<Token> out, FigureLanguage.SpelledJoins joins) {
    for (int k = 1; k + 1 < out.size(); k++) {
      if (!out.get(k - 1).isNumber()
          || !out.get(k).isWord()
          || !MoneyScanner.isCurrencyWord(out.get(k).norm())) {
        continue;
      }
      int j = k + 1;
      String join = written(body, out.get(j));
      boolean joined =
          out.get(j).isWord()
              && (joins.and().contains(join)
                  || joins.point().contains(join)
                  || out.get(j).norm().equals("and"));
      int n = joined ? j + 1 : j;
      if (n >= out.size() || !isCents(out.get(n))) {
        continue;
      }
      Token after = n + 1 < out.size() ? out.get(n + 1) : null;
      boolean centsWord =
          after != null && (after.norm().equals("cents") || after.norm().equals("cent"));
      if (!centsWord && after != null && (after.isWord() || after.isNumber())) {
        continue;
      }
      if (joined) {
        out.set(j, word(out.get(j), "and"));
      }
      if (!centsWord) {
        Token cents = out.get(n);
        out.add(n + 1, new Token(cents.end(), cents.end(), "cents", TokenType.WORD, false));
      }
    }
  }

  /** A whole number from 1 to 99. */
  private static boolean isCents(Token t) {
    if (!t.isNumber() || !t.norm().chars().allMatch(Character::isDigit) || t.norm().length() > 2) {
      return false;
    }
    int value = Integer.parseInt(t.norm());
    return value >= 1 && value <= 99;
  }

  /** An ordinal in English words: "third", "twenty-fifths", "four hundredth". */
  private static List<String> ordinalWords(long value, boolean plural) {
    String english = ENGLISH_WORDS.get().format(value, "%spellout-ordinal");
    List<String> words = new ArrayList<>(List.of(english.split(" ")));
    if (plural) {
      words.set(words.size() - 1, words.get(words.size() - 1) + "s");
    }
    return words;
  }

  /**
   * Rewrites, in place, spelled numbers joined by the language's words as English writes them, so
   * the grammar reads them as one figure: a whole and a fraction ("cinq et un quart" as "five and a
   * quarter", "sechs und zwei Drittel Millionen" as "six and two thirds million"), decimals said as
   * a number ("siete con cincuenta" is 7.50, "doscientos coma cero tres" 200.03), and a ratio ("un
   * sur trois" as "1 over 3").
   */
  private static void readSpelledJoins(
      String body, List<Token> out, FigureLanguage.SpelledJoins joins) {
    for (int k = 1; k + 1 < out.size(); k++) {
      String join = written(body, out.get(k));
      if (joins.and().contains(join) && startsFraction(out, k + 1)) {
        k = wholeAndFraction(body, out, k);
      } else if (joins.point().contains(join)) {
        k = spelledDecimal(body, out, k);
      } else if (joins.over().contains(join) && out.get(k + 1).isNumber()) {
        Token before = out.get(k - 1);
        if (before.isWord() && before.norm().equals("a")) {
          out.set(k - 1, new Token(before.start(), before.end(), "1", TokenType.NUMBER, false));
        }
        if (out.get(k - 1).isNumber()) {
          out.set(k, word(out.get(k), "over"));
        }
      }
    }
  }

  /** True when a word fraction in English starts at {@code k}: "a half", "three quarters". */
  private static boolean startsFraction(List<Token> out, int k) {
    if (k + 1 >= out.size() || !out.get(k).isWord() || !out.get(k + 1).isWord()) {
      return false;
    }
    String n = out.get(k).norm();
    return (n.equals("a") || NumberWords.value(n) != null)
        && Fractions.denominator(out.get(k + 1).norm()) != null;
  }

  /**
   * The whole number before the joining word at {@code k} (a spelled number, perhaps with a scale:
   * "six millions et deux tiers"), rewritten in English words, and the join as "and"; returns the
   * index of the join after the rewrite, or {@code k} when no spelled whole precedes it.
   */
  private static int wholeAndFraction(String body, List<Token> out, int k) {
    int j = k - 1;
    if (j > 0 && out.get(j).isWord() && NumberWords.isScale(out.get(j).norm())) {
      j--;
    }
    Token whole = out.get(j);
    Double value =
        whole.isWord() && whole.norm().equals("a") && j == k - 1
            ? Double.valueOf(1)
            : spelledWhole(body, whole);
    if (value == null) {
      return k;
    }
    out.set(k, word(out.get(k), "and"));
    return k + inEnglishWords(out, j, ENGLISH_WORDS.get().format(value.longValue()));
  }

  /**
   * Decimals said as a number after the joining word at {@code k}: the spelled whole before it and
   * the spelled numbers after it become one number token, their digits written after the point
   * ("cero tres" is ".03"); returns the index of that token, or {@code k} when there is none.
   */
  private static int spelledDecimal(String body, List<Token> out, int k) {
    Double whole = spelledWhole(body, out.get(k - 1));
    StringBuilder decimals = new StringBuilder();
    int m = k + 1;
    for (; m < out.size() && spelledWhole(body, out.get(m)) != null; m++) {
      decimals.append(out.get(m).norm());
    }
    if (whole == null || decimals.length() == 0) {
      return k;
    }
    Token first = out.get(k - 1);
    Token number =
        new Token(
            first.start(),
            out.get(m - 1).end(),
            first.norm() + "." + decimals,
            TokenType.NUMBER,
            false);
    out.subList(k - 1, m).clear();
    out.add(k - 1, number);
    return k - 1;
  }

  /** The value of a whole number token spelled out in the text ("cent trois"), or null. */
  private static Double spelledWhole(String body, Token t) {
    if (!t.isNumber() || t.start() == t.end() || !t.norm().chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Character.isLetter(body.charAt(t.start())) ? Double.valueOf(t.norm()) : null;
  }

  /**
   * Rewrites, in place, a spelled numerator or an article before a fraction word as English writes
   * them: "dos tercios" is read "two thirds", "ein Drittel der" "a third of", "trois quarts" "three
   * quarters". The figure grammar reads fractions only from number words, wants a denominator's
   * number to agree with its numerator (German "Drittel" and French "tiers" do not show it), and a
   * single fraction to be followed by "of".
   */
  private static void readWordFractions(String body, List<Token> out, Set<String> fractionOf) {
    for (int k = 0; k + 1 < out.size(); k++) {
      Token numerator = out.get(k);
      Token denominator = out.get(k + 1);
      if (!denominator.isWord() || Fractions.denominator(denominator.norm()) == null) {
        k = numeratorOfOrdinal(body, out, k);
        continue;
      }
      Integer n = spelledInteger(body, numerator);
      boolean article = numerator.isWord() && numerator.norm().equals("a");
      if (n == null && !article) {
        k = numeratorOfOrdinal(body, out, k); // "ciento treinta quintos"
        continue;
      }
      int count = article ? 1 : n;
      if (!article) {
        out.set(k, word(numerator, ENGLISH_WORDS.get().format(count)));
      }
      out.set(k + 1, word(denominator, inNumber(denominator.norm(), count)));
      // Not "un medio de" (a means of, un medio de comunicación): a half is written otherwise.
      if (k + 2 < out.size()
          && !denominator.norm().startsWith("hal")
          && fractionOf.contains(written(body, out.get(k + 2)))) {
        out.set(k + 2, word(out.get(k + 2), "of")); // "un quinto de" as "a fifth of"
      }
    }
  }

  /**
   * A spelled number before an ordinal read from the language ("tres doscientosavos" is read "three
   * two hundredths", "ciento treinta y tres veintiunavos" "one hundred thirty-three
   * twenty-firsts"): the number rewritten in English words, so the grammar divides it by the
   * ordinal as in English (a plural ordinal, or a singular one after one). Returns the index of the
   * number's last word, or {@code k} when nothing is rewritten.
   */
  private static int numeratorOfOrdinal(String body, List<Token> out, int k) {
    Double value = spelledWhole(body, out.get(k));
    int d = k + 1;
    while (d < out.size() && out.get(d).isWord() && NumberWords.isNumberWord(out.get(d).norm())) {
      d++;
    }
    if (value == null || d >= out.size() || !out.get(d).isWord()) {
      return k;
    }
    String[] parts = out.get(d).norm().split("-");
    String last = parts[parts.length - 1];
    boolean plural = last.endsWith("s") && !last.equals("thousands");
    String ordinal = plural ? last.substring(0, last.length() - 1) : last;
    if (Fractions.cardinalOfOrdinal(ordinal) == null || !(plural || value == 1)) {
      return k;
    }
    // "one hundred and thirty fifths": "and" keeps the tens in the numerator (130/5), as the
    // languages' own spelling reads ("ciento treinta quintos"), not 100/35.
    return k
        + inEnglishWords(
            out, k, ENGLISH_WORDS.get().format(value.longValue(), "%spellout-numbering-verbose"));
  }

  /**
   * Replaces the number token at {@code k} by {@code english}, one word token each (the added ones
   * empty, at the number's end); returns how many tokens were added.
   */
  private static int inEnglishWords(List<Token> out, int k, String english) {
    String[] words = english.split(" ");
    Token number = out.get(k);
    out.set(k, word(number, words[0]));
    for (int w = 1; w < words.length; w++) {
      out.add(k + w, new Token(number.end(), number.end(), words[w], TokenType.WORD, false));
    }
    return words.length - 1;
  }

  /**
   * The value of a number token spelled out in the text ("dos", "vingt-trois"), 1 to 99; null
   * otherwise.
   */
  private static Integer spelledInteger(String body, Token t) {
    Double whole = spelledWhole(body, t);
    return whole != null && whole >= 1 && whole <= 99 ? whole.intValue() : null;
  }

  /** The token's own characters, lower-cased ("de", whatever gloss replaced it). */
  private static String written(String body, Token t) {
    return body.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
  }

  private static Token word(Token at, String norm) {
    return new Token(at.start(), at.end(), norm, TokenType.WORD, at.capitalized());
  }

  /** "third" for one, "thirds" for more; "half" and "halves". */
  private static String inNumber(String denominator, int count) {
    String singular =
        denominator.equals("halves")
            ? "half"
            : denominator.endsWith("s")
                ? denominator.substring(0, denominator.length() - 1)
                : denominator;
    if (count == 1) {
      return singular;
    }
    return singular.equals("half") ? "halves" : singular + "s";
  }

  private static final ThreadLocal<RuleBasedNumberFormat> ENGLISH_WORDS =
      ThreadLocal.withInitial(
          () -> new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT));

  /**
   * Applies the longest gloss whose phrase starts at token {@code i}; the index after the phrase,
   * or {@code i} when none matches.
   */
  private static int gloss(
      List<Token> tokens, int i, FigureLanguage lang, List<Token> out, boolean wins) {
    if (!wins) {
      return i;
    }
    for (int n = Math.min(lang.longestGloss(), tokens.size() - i); n >= 1; n--) {
      List<String> phrase = new ArrayList<>(n);
      for (int k = i; k < i + n; k++) {
        phrase.add(tokens.get(k).norm());
      }
      List<String> words = lang.glosses().get(phrase);
      if (words != null) {
        emit(tokens, i, n, words, out);
        return i + n;
      }
    }
    return i;
  }

  private static void emit(List<Token> tokens, int i, int n, List<String> words, List<Token> out) {
    for (int w = 0; w < words.size(); w++) {
      Token from = tokens.get(Math.min(i + w, i + n - 1));
      int start = w < n ? from.start() : from.end();
      int end = w == words.size() - 1 ? tokens.get(i + n - 1).end() : w < n ? from.end() : start;
      String word = words.get(w);
      TokenType type =
          DIGITS.matcher(word).matches()
              ? TokenType.NUMBER
              : Character.isLetter(word.codePointAt(0)) ? TokenType.WORD : TokenType.PUNCT;
      out.add(new Token(start, end, word, type, w == 0 && tokens.get(i).capitalized()));
    }
  }

  /**
   * A number token read with the language's decimal separator. Where both separators are written
   * the last is the decimal one; dots in groups of three group ("2.000.352"), and so do commas in
   * two or more groups ("1,234,567"); a lone separator is the decimal one unless it is the grouping
   * one before exactly three digits ("4.800" is 4800 and "4,800" is 4.8 in German).
   */
  static Token number(String body, Token t, char decimal) {
    String text = body.substring(t.start(), t.end());
    if (text.indexOf(':') >= 0) {
      return t;
    }
    String norm = numberNorm(text, decimal);
    return norm != null ? new Token(t.start(), t.end(), norm, TokenType.NUMBER, false) : t;
  }

  /**
   * A written number in English form ("4.800" → "4800", "3,5" → "3.5"), or null when it is none.
   */
  static String numberNorm(String text, char decimal) {
    char grouping = decimal == ',' ? '.' : ',';
    int lastDot = text.lastIndexOf('.');
    int lastComma = text.lastIndexOf(',');
    String norm;
    if (lastDot >= 0 && lastComma >= 0) {
      char point = lastDot > lastComma ? '.' : ',';
      char group = point == '.' ? ',' : '.';
      norm = text.replace(String.valueOf(group), "").replace(point, '.');
    } else if (GROUPED_BY_COMMA.matcher(text).matches()
        || (grouping == '.' && GROUPED_BY_DOT.matcher(text).matches())) {
      norm = text.replace(String.valueOf(grouping), "").replace(",", "");
    } else {
      norm = text.replace(',', '.');
    }
    return DIGITS.matcher(norm).matches() ? norm : null;
  }

  private static final Pattern CLOCK_NUMBER = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?");
  private static final Pattern MINUTES_WORD = Pattern.compile("h(\\d{2})");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

  /**
   * A clock time at number token {@code i} ("7 h 52", "7h52", "3.40 Uhr", "las 15.20 horas"),
   * emitted as one number token "H:MM" over the whole time, which the grammar reads as a time
   * ({@link ClockTimes}); the index after it, or {@code i} when there is none.
   */
  private static int clockTime(
      String body, List<Token> tokens, int i, FigureLanguage.ClockWords clock, List<Token> out) {
    Matcher m = CLOCK_NUMBER.matcher(body.substring(tokens.get(i).start(), tokens.get(i).end()));
    if (!m.matches() || i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()) {
      return i;
    }
    String word = tokens.get(i + 1).norm();
    String minutes = m.group(2);
    int last = i + 1;
    Matcher joined = MINUTES_WORD.matcher(word);
    if (minutes == null && joined.matches() && clock.always().contains("h")) {
      minutes = joined.group(1); // "7h52"
    } else if (clock.always().contains(word)) {
      if (minutes == null
          && i + 2 < tokens.size()
          && tokens.get(i + 2).isNumber()
          && TWO_DIGITS
              .matcher(body.substring(tokens.get(i + 2).start(), tokens.get(i + 2).end()))
              .matches()) {
        minutes = tokens.get(i + 2).norm(); // "7 h 52"
        last = i + 2;
      }
    } else if (!clock.withMinutes().contains(word)
        || minutes == null && (i == 0 || !clock.after().contains(tokens.get(i - 1).norm()))) {
      return i;
    }
    int hours = Integer.parseInt(m.group(1));
    int mins = minutes == null ? 0 : Integer.parseInt(minutes);
    if (hours > 24 || mins > 59) {
      return i;
    }
    String norm = String.format(Locale.ROOT, "%d:%02d", hours, mins);
    out.add(
        new Token(tokens.get(i).start(), tokens.get(last).end(), norm, TokenType.NUMBER, false));
    return last + 1;
  }

  /**
   * A decimal written without its zero (",08" where the comma is the decimal separator): the
   * separator opens the text or follows a space, and plain digits touch it.
   */
  private static boolean isLeadingDecimal(
      String body, List<Token> tokens, int i, char decimal, List<Token> out) {
    Token t = tokens.get(i);
    if (i + 1 >= tokens.size()
        || t.end() - t.start() != 1
        || body.charAt(t.start()) != decimal
        || (t.start() > 0 && !Character.isWhitespace(body.charAt(t.start() - 1)))
        || (!out.isEmpty() && out.get(out.size() - 1).isNumber())) {
      return false;
    }
    Token next = tokens.get(i + 1);
    return next.isNumber()
        && next.start() == t.end()
        && body.substring(next.start(), next.end()).chars().allMatch(Character::isDigit);
  }

  /** True for a token an amount can end with: digits or a scale ("75 millions de $"). */
  private static boolean isAmountEnd(Token t) {
    return t.isNumber()
        || t.isWord()
            && (NumberWords.isScale(t.norm()) || DigitNumbers.shortScale(t.norm()) != null);
  }

  /** A value as a number token's norm: "22", "2.5", "1000000". */
  private static String digits(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
