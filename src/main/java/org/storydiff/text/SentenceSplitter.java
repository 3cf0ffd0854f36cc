package org.storydiff.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.model.Span;

/**
 * Splits an article body into its sentences and tells what each one is.
 *
 * <p><b>Paragraphs</b> (see {@link ParagraphSplitter}): a blank line ends one; so does a single
 * line break after a line without terminal punctuation (a headline, caption or dateline line).
 *
 * <p><b>Kinds</b>: a paragraph that is a caption ({@link SentenceKind#CAPTION}), a credit line
 * ({@link SentenceKind#CREDIT}) or a short unpunctuated one-sentence headline ({@link
 * SentenceKind#HEADLINE}) is one sentence covering the whole paragraph (see {@link Boilerplate}). A
 * dateline opening the first body paragraph ("KYIV, March 14 (Reuters) -", see {@link Dateline}) is
 * a sentence of its own ending at its dash. Everything else is split into {@link SentenceKind#BODY}
 * sentences, except that a sentence opening with a credit marker ("(Reporting by ...") is a {@link
 * SentenceKind#CREDIT}.
 *
 * <p><b>Sentences</b> (see {@link SentenceBreaker}): ICU's rules for the article's language with
 * its abbreviations ("Mr.", "U.S.", "Feb.", "M.", "z. B.", "Sra.") and middle initials suppressed
 * ({@link SentenceRules}). A direct quotation that closes within its paragraph is never split, even
 * when it holds several sentences, and an attribution after a closing quote ({@code "..." he
 * said.}) joins the quote rather than standing alone; this keeps a quote, its speaker and its
 * figures in one sentence for alignment and extraction. A quote that runs on into the next
 * paragraph is split at its own sentence ends.
 *
 * <p>Offsets are UTF-16 indexes into the body, end exclusive; spans are trimmed of whitespace,
 * never empty, never overlapping and in order. Runs in time linear in the body's length.
 *
 * <p>Thread-safe: the ICU iterator is built once per instance and cloned per call, since ICU
 * iterators themselves are not thread-safe. One instance can serve a whole Spark partition; it is
 * {@link Serializable}, so it may also travel in a closure.
 */
public final class SentenceSplitter implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One iterator per language with rules of its own, and English's. ICU iterators are not
   * serializable; a deserialized splitter builds its own (readResolve).
   */
  private final transient Map<ULocale, BreakIterator> prototypes = prototypes();

  /**
   * The sentences of {@code body} by the English rules, indexed 0..n-1 in order; an empty list for
   * an empty or blank body. {@code body} must not be null.
   */
  public List<Sentence> split(String body) {
    return split(body, null);
  }

  /**
   * The sentences of {@code body} by the rules of {@code language} (the article's, a lower-case ISO
   * 639-1 code; {@link SentenceRules}), indexed 0..n-1 in order.
   */
  public List<Sentence> split(String body, String language) {
    SentenceRules rules = SentenceRules.of(language);
    SentenceBreaker breaker = new SentenceBreaker(prototypes.get(rules.locale()), rules);
    List<Sentence> out = new ArrayList<>();
    boolean awaitingDateline = true;
    for (Paragraph paragraph : ParagraphSplitter.INSTANCE.split(body)) {
      String text = paragraph.text(body);
      SentenceKind kind = Boilerplate.classifyParagraph(text);
      if (kind != SentenceKind.CAPTION && rules.isCreditLine(text)) {
        kind = SentenceKind.CREDIT;
      }
      if (kind == SentenceKind.CAPTION || kind == SentenceKind.CREDIT) {
        add(out, paragraph.start(), paragraph.end(), paragraph, kind);
        continue;
      }
      int dateline = awaitingDateline ? Dateline.length(text, rules) : -1;
      if (dateline > 0) {
        add(out, paragraph.start(), paragraph.start() + dateline, paragraph, SentenceKind.DATELINE);
        addBody(out, breaker, rules, body, paragraph.start() + dateline, paragraph);
        awaitingDateline = false;
      } else if (kind == SentenceKind.HEADLINE && isOneSentence(breaker, body, paragraph)) {
        add(out, paragraph.start(), paragraph.end(), paragraph, kind);
      } else {
        addBody(out, breaker, rules, body, paragraph.start(), paragraph);
        awaitingDateline = false;
      }
    }
    return out;
  }

  /** "Talks end. (Reporting by ...)" lacks a final period yet is no headline. */
  private static boolean isOneSentence(SentenceBreaker breaker, String body, Paragraph paragraph) {
    return breaker.sentences(body, paragraph.start(), paragraph.end()).size() == 1;
  }

  private static void addBody(
      List<Sentence> out,
      SentenceBreaker breaker,
      SentenceRules rules,
      String body,
      int from,
      Paragraph paragraph) {
    for (Span span : breaker.sentences(body, from, paragraph.end())) {
      SentenceKind kind =
          Boilerplate.isCredit(span.of(body)) || rules.isCreditLine(span.of(body))
              ? SentenceKind.CREDIT
              : SentenceKind.BODY;
      add(out, span.start(), span.end(), paragraph, kind);
    }
  }

  private static Map<ULocale, BreakIterator> prototypes() {
    Map<ULocale, BreakIterator> out = new HashMap<>();
    out.put(ULocale.ENGLISH, SentenceBreaker.prototype(SentenceRules.ENGLISH));
    for (String tag : LanguageResources.SUPPORTED) {
      SentenceRules rules = SentenceRules.of(tag);
      out.put(rules.locale(), SentenceBreaker.prototype(rules));
    }
    return Map.copyOf(out);
  }

  private Object readResolve() {
    return new SentenceSplitter();
  }

  private static void add(
      List<Sentence> out, int start, int end, Paragraph paragraph, SentenceKind kind) {
    out.add(new Sentence(out.size(), start, end, paragraph.index(), kind));
  }
}
