package org.storydiff.text;

import java.util.regex.Pattern;
import org.storydiff.model.SentenceKind;

/**
 * Recognizes the parts of a wire article that are not the story: photo and video captions, credit
 * and copyright lines, and headlines repeated in the body. Works on plain strings; callers keep the
 * offsets. Stateless and thread-safe.
 */
public final class Boilerplate {

  /** At most this many words make a headline; longer unpunctuated paragraphs stay body text. */
  public static final int HEADLINE_MAX_WORDS = 20;

  private static final Pattern CAPTION_START =
      Pattern.compile(
          "^(?:(?i:photo|image|caption|video|picture|pictured)\\s*:|FILE"
              + " PHOTO\\s*:|FILE\\s*[-\u2013\u2014]\\s)");

  /** Labelled credits are unambiguous wherever they stand in the paragraph. */
  private static final Pattern CAPTION_LABELLED =
      Pattern.compile(
          "\\[(?i:file|photo|image|video|picture)\\s*:[^\\]\\n]*\\]"
              + "|\\((?i:photo|image|video|picture)s?(?:\\s+credit)?\\s*:[^)\\n]*\\)");

  /**
   * "[Name/AFP]" or "(Reuters/Name)" credits are only taken at the end of the paragraph, where
   * captions put them, so that "(AP/NORC poll)" inside running text does not turn it into one; a
   * list of poll sources such as "[Outlet, NBC/WSJ/Marist]" has commas or several slashes.
   */
  private static final Pattern CAPTION_SLASH_CREDIT_AT_END =
      Pattern.compile(
          "(?:\\[[^\\]\\n,/]{1,60}/\\s*\\p{Lu}[^\\]\\n,/]{0,40}\\]"
              + "|\\(\\p{Lu}[\\p{L}&. ]{1,30}/\\s*\\p{Lu}[^)\\n,/]{1,40}\\))\\s*\\.?$");

  private static final Pattern CREDIT_START =
      Pattern.compile(
          "^[(\\[]?\\s*(?:(?i:sources?\\s*:|(?:additional\\s+)?reporting\\s+by|writing\\s+by"
              + "|editing\\s+by|compiled\\s+by|all\\s+rights\\s+reserved|read\\s+more\\s*:"
              + "|related\\s*:)"
              + "|(?:Copyright|COPYRIGHT)\\s*(?:\u00A9|\\([cC]\\)|\\d|\\p{Lu})|\u00A9"
              + "|Follow\\b.{0,80}?\\bon\\s+(?:Twitter|X)\\b)");

  /** "The Associated Press contributed to this report." closes many agency stories. */
  private static final Pattern CREDIT_CONTRIBUTED =
      Pattern.compile("^.{0,120}\\bcontributed (?:reporting )?to this (?:report|story)\\.?$");

  private Boilerplate() {}

  /**
   * The kind of a whole paragraph: {@link SentenceKind#CAPTION}, {@link SentenceKind#CREDIT},
   * {@link SentenceKind#HEADLINE} or {@link SentenceKind#BODY}; never null.
   */
  public static SentenceKind classifyParagraph(String paragraph) {
    String text = paragraph.strip();
    if (isCaption(text)) {
      return SentenceKind.CAPTION;
    }
    if (isCredit(text)) {
      return SentenceKind.CREDIT;
    }
    if (!text.isEmpty()
        && !endsWithTerminal(text, text.length())
        && wordCount(text) <= HEADLINE_MAX_WORDS) {
      return SentenceKind.HEADLINE;
    }
    return SentenceKind.BODY;
  }

  public static boolean isCaption(String text) {
    String t = text.strip();
    // lookingAt for the anchored patterns, and each pattern only where its required characters
    // occur: these run on every paragraph and sentence, and find() tries every position.
    return CAPTION_START.matcher(t).lookingAt()
        || (hasBracket(t) && CAPTION_LABELLED.matcher(t).find())
        || (t.indexOf('/') >= 0 && CAPTION_SLASH_CREDIT_AT_END.matcher(t).find());
  }

  private static boolean hasBracket(String t) {
    return t.indexOf('[') >= 0 || t.indexOf('(') >= 0;
  }

  /** True for a credit, copyright or "read more" line; also used for single sentences. */
  public static boolean isCredit(String text) {
    String t = text.strip();
    return CREDIT_START.matcher(t).lookingAt()
        || (t.contains("contributed ") && CREDIT_CONTRIBUTED.matcher(t).matches());
  }

  /** True for a line that opens with a caption or credit marker such as "Photo:" or "Source:". */
  public static boolean startsWithMarker(String line) {
    String t = line.strip();
    return CAPTION_START.matcher(t).lookingAt() || CREDIT_START.matcher(t).lookingAt();
  }

  /**
   * Whether {@code text[0, end)}, ignoring trailing whitespace, ends with terminal punctuation: a
   * sentence end (. ! ? … :) or a closing double quote (German {@code .“} too), as headlines and
   * captions lack them.
   */
  public static boolean endsWithTerminal(CharSequence text, int end) {
    int i = end;
    while (i > 0 && isSpace(text.charAt(i - 1))) {
      i--;
    }
    if (i == 0) {
      return false;
    }
    char last = text.charAt(i - 1);
    // German copy closes „…“ with the mark English opens with, after the quote's own full stop.
    boolean germanClose = last == '\u201C' && i > 1 && ".!?\u2026".indexOf(text.charAt(i - 2)) >= 0;
    return ".!?:\u2026\"\u201D\u00BB".indexOf(last) >= 0 || germanClose;
  }

  /** Whitespace in the wide sense, including no-break and other Unicode spaces. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** Words as runs of non-space characters holding at least one letter or digit. */
  static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    boolean hasAlnum = false;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isSpace(text.charAt(i))) {
        if (inWord && hasAlnum) {
          count++;
        }
        inWord = false;
        hasAlnum = false;
      } else {
        inWord = true;
        hasAlnum |= Character.isLetterOrDigit(text.charAt(i));
      }
    }
    return count;
  }
}
