package org.storydiff.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storydiff.model.Span;

/**
 * Sentence spans inside one paragraph: ICU's sentence rules for the language ({@link
 * SentenceRules}), then three corrections.
 *
 * <ol>
 *   <li>No break after a known abbreviation ("Mr.", "U.S.", "Feb.") or a middle initial ("John F.
 *       Kennedy"). ICU's own filter misses dotted initialisms such as "U.S.", so it is applied
 *       again here; the price is that "... in the U.S. The ..." stays one sentence.
 *   <li>No break inside a direct quotation that closes in the same paragraph: a multi-sentence
 *       quote stays one sentence with its attribution, which keeps quote and speaker together.
 *   <li>A short attribution after a closing quote ({@code "Stop!" he said.}, {@code "..." Zelenskyy
 *       said.}) joins the quote instead of standing alone.
 * </ol>
 *
 * Line breaks inside the paragraph count as spaces. Not thread-safe: it owns an ICU iterator, so
 * make one per thread or per call (cloning the shared prototype is cheap).
 */
final class SentenceBreaker {

  private static final int ATTRIBUTION_MAX_WORDS = 8;
  private static final int LOOSE_ATTRIBUTION_VERB_WITHIN = 12;

  static final int MAX_QUOTATION = 1_000;

  private final BreakIterator iterator;
  private final SentenceRules rules;
  private final QuoteMarks marks = new QuoteMarks();

  /** A breaker owning its own copy of {@code prototype}, built for {@code rules}. */
  SentenceBreaker(BreakIterator prototype, SentenceRules rules) {
    this.iterator = (BreakIterator) prototype.clone();
    this.rules = rules;
  }

  /**
   * The sentence iterator of {@code rules}' locale with its abbreviations suppressed; clone before
   * use.
   */
  static BreakIterator prototype(SentenceRules rules) {
    FilteredBreakIteratorBuilder filter = FilteredBreakIteratorBuilder.getInstance(rules.locale());
    rules.abbreviations().forEach(filter::suppressBreakAfter);
    return filter.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(rules.locale()));
  }

  /**
   * Sentences of {@code body[from, to)} as spans of body indexes, in order, trimmed of whitespace,
   * never empty and never overlapping.
   */
  List<Span> sentences(String body, int from, int to) {
    String text = withLineBreaksAsSpaces(body.substring(from, to));
    List<Integer> breaks = keptBreaks(text);
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int end : breaks) {
      addTrimmed(spans, text, start, end);
      start = end;
    }
    addTrimmed(spans, text, start, text.length());
    return shift(joinAttributions(text, spans), from);
  }

  private List<Integer> keptBreaks(String text) {
    List<int[]> quotes = doubleQuotations(text);
    List<Integer> kept = new ArrayList<>();
    iterator.setText(text);
    int quote = 0;
    for (int b = iterator.next();
        b != BreakIterator.DONE && b < text.length();
        b = iterator.next()) {
      while (quote < quotes.size() && quotes.get(quote)[1] < b) {
        quote++;
      }
      boolean insideQuote = quote < quotes.size() && quotes.get(quote)[0] < b;
      if (!insideQuote && !followsAbbreviation(text, b) && !splitsDecimal(text, b)) {
        kept.add(b);
      }
    }
    return kept;
  }

  /**
   * The double-mark quotations of one paragraph ({@link QuoteMarks}) as {@code {open, close}}
   * indexes of their marks. Single marks double as apostrophes, so they never hold sentences
   * together; a "quotation" longer than {@link #MAX_QUOTATION} is more likely an unbalanced mark
   * (5'11", a stray ") than speech, and would glue a whole paragraph together.
   */
  private List<int[]> doubleQuotations(String text) {
    List<int[]> out = new ArrayList<>();
    for (QuoteMarks.Marked m : marks.find(text)) {
      if (m.isDouble(text)) {
        // each paragraph piece holds together; a sentence may end between two pieces
        for (QuoteMarks.Part p : m.parts()) {
          if (p.end() - 1 - p.start() <= MAX_QUOTATION) {
            out.add(new int[] {p.start(), p.end() - 1});
          }
        }
      }
    }
    return out;
  }

  /** "4. 6 - Magnitude": a decimal whose point scraped copy spaced, not a sentence's end. */
  private static final Pattern SPLIT_DECIMAL =
      Pattern.compile("(?:^|\\s)\\d{1,2}\\.\\s+\\d(?!\\d)");

  /**
   * Whether break {@code b} falls inside a decimal spaced after its point: one or two digits and a
   * point before it, one digit after.
   */
  static boolean splitsDecimal(String text, int b) {
    int from = Math.max(0, b - 5);
    Matcher m = SPLIT_DECIMAL.matcher(text);
    m.region(from, Math.min(text.length(), b + 3));
    m.useTransparentBounds(true).useAnchoringBounds(false);
    while (m.find()) {
      if (m.start() < b && b <= m.end() - 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word before break {@code b} is an abbreviation or a middle initial. */
  boolean followsAbbreviation(String text, int b) {
    int end = b;
    while (end > 0 && Boilerplate.isSpace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0
        && !Boilerplate.isSpace(text.charAt(start - 1))
        && text.charAt(start - 1) != '(') {
      start--;
    }
    String word = text.substring(start, end);
    return rules.abbreviations().contains(word) || isInitial(word) && start > 0;
  }

  private static boolean isInitial(String word) {
    return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
  }

  private List<Span> joinAttributions(String text, List<Span> spans) {
    List<Span> joined = new ArrayList<>(spans.size());
    for (Span span : spans) {
      int last = joined.size() - 1;
      if (last >= 0 && isAttributionOf(text, joined.get(last), span.of(text))) {
        joined.set(last, new Span(joined.get(last).start(), span.end()));
      } else {
        joined.add(span);
      }
    }
    return joined;
  }

  /**
   * Whether {@code fragment} attributes the quote that ends {@code previous}. After {@code !"} or
   * {@code ?"} the attribution is the usual continuation ({@code "Why?" asked O'Malley at a press
   * conference}), so a speech verb among its first words suffices. After {@code ."} a new sentence
   * is the usual continuation, so only a short fragment with a speech verb is joined.
   */
  boolean isAttributionOf(String text, Span previous, String fragment) {
    int end = previous.end();
    if (!isClosingMark(text.charAt(end - 1))) {
      return false;
    }
    boolean exclaimsOrAsks = end >= 2 && "!?".indexOf(text.charAt(end - 2)) >= 0;
    if (Character.isLowerCase(fragment.codePointAt(0))) {
      return exclaimsOrAsks || Boilerplate.wordCount(fragment) <= ATTRIBUTION_MAX_WORDS;
    }
    if (exclaimsOrAsks) {
      return hasSpeechVerb(fragment, LOOSE_ATTRIBUTION_VERB_WITHIN);
    }
    return Boilerplate.wordCount(fragment) <= ATTRIBUTION_MAX_WORDS
        && hasSpeechVerb(fragment, ATTRIBUTION_MAX_WORDS);
  }

  /** A mark that can close a double quotation. */
  private static boolean isClosingMark(char c) {
    return c == '\u201D' || c == '\u00BB' || c == '"' || c == '\u201C';
  }

  private boolean hasSpeechVerb(String fragment, int withinWords) {
    String[] words = fragment.split("[^\\p{L}]+", withinWords + 2);
    for (int i = 0; i < Math.min(words.length, withinWords + 1); i++) {
      if (rules.speechVerbs().contains(words[i].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static void addTrimmed(List<Span> spans, String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Boilerplate.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Boilerplate.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      spans.add(new Span(s, e));
    }
  }

  private static List<Span> shift(List<Span> spans, int offset) {
    List<Span> shifted = new ArrayList<>(spans.size());
    for (Span span : spans) {
      shifted.add(new Span(span.start() + offset, span.end() + offset));
    }
    return shifted;
  }

  private static String withLineBreaksAsSpaces(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (ParagraphSplitter.isLineBreak(chars[i])) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }
}
