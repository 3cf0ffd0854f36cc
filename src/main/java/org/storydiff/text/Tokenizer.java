package org.storydiff.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storydiff.model.Token;
import org.storydiff.model.TokenType;

/**
 * Splits text into words, numbers and punctuation, keeping offsets into the original string.
 * Numbers stay whole ("2,187", "1.5", "08:20", "30-40" gives three tokens) and hyphenated or
 * apostrophized words stay one token ("thirty-five", "Moscow's"), so diffs never cut inside them.
 * Package-private: other packages read the tokens analysis made ({@link SentenceTokenizer}).
 * Stateless and thread-safe.
 */
final class Tokenizer {

  static final Tokenizer INSTANCE = new Tokenizer();

  public List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** Tokens of {@code text[from, to)}, with offsets into {@code text}. */
  public List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += width;
      } else if (Character.isDigit(cp)) {
        int end = numberEnd(text, i, to);
        tokens.add(
            new Token(i, end, normalizeNumber(text.substring(i, end)), TokenType.NUMBER, false));
        i = end;
      } else if (Character.isLetter(cp)) {
        int end = wordEnd(text, i, to);
        String word = text.substring(i, end);
        tokens.add(
            new Token(i, end, normalizeWord(word), TokenType.WORD, Character.isUpperCase(cp)));
        i = end;
      } else {
        String punct = text.substring(i, i + width);
        tokens.add(new Token(i, i + width, TextNormalizer.foldChar(punct), TokenType.PUNCT, false));
        i += width;
      }
    }
    return tokens;
  }

  private static int numberEnd(String text, int start, int to) {
    int i = start;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        i++;
      } else if ((c == ',' || c == '.' || c == ':')
          && i + 1 < to
          && Character.isDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static int wordEnd(String text, int start, int to) {
    int i = start;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        i += Character.charCount(cp);
      } else if (isInnerJoiner(cp) && i + 1 < to && Character.isLetter(text.codePointAt(i + 1))) {
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isInnerJoiner(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '\u2011';
  }

  static String normalizeWord(String word) {
    return TextNormalizer.foldPunctuation(word).toLowerCase(Locale.ROOT);
  }

  /** Compiled once: every number token of every article is tried against it. */
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  /** "2,187" gives "2187"; "1.5" stays; "08:20" stays. Grouping commas need groups of three. */
  static String normalizeNumber(String number) {
    if (GROUPED.matcher(number).matches()) {
      return number.replace(",", "");
    }
    return number;
  }
}
