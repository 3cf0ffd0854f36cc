package org.storydiff.report;

import java.util.ArrayList;
import java.util.List;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.Fact;
import org.storydiff.model.Figure;
import org.storydiff.model.Quote;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.text.SentenceTokenizer;

/** Builds small article versions for tests: sentences joined by one space, facts found by text. */
final class Versions {

  private final String id;
  private final String source;
  private String title;
  private String published;
  private String url;
  private String language = "en";
  private final StringBuilder body = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();

  private Versions(String id, String source) {
    this.id = id;
    this.source = source;
  }

  static Versions version(String id, String source) {
    return new Versions(id, source);
  }

  Versions title(String title) {
    this.title = title;
    return this;
  }

  Versions published(String published) {
    this.published = published;
    return this;
  }

  Versions url(String url) {
    this.url = url;
    return this;
  }

  Versions language(String language) {
    this.language = language;
    return this;
  }

  Versions sentence(String text) {
    return sentence(text, SentenceKind.BODY);
  }

  Versions sentence(String text, SentenceKind kind) {
    if (body.length() > 0) {
      body.append(' ');
    }
    int start = body.length();
    body.append(text);
    sentences.add(new Sentence(sentences.size(), start, body.length(), 0, kind));
    return this;
  }

  /** A figure on the first occurrence of {@code text} in the body written so far. */
  Versions figure(String text, double value, String unit, String qualifier) {
    int start = find(text);
    facts.add(
        Figure.amount(
            id + "#f" + facts.size(),
            sentenceAt(start),
            start,
            text,
            value,
            unit,
            qualifier,
            null));
    return this;
  }

  /**
   * A weekday figure ("Wednesday": no value, unit "weekday") on the first occurrence of {@code
   * text}.
   */
  Versions weekday(String text) {
    int start = find(text);
    facts.add(
        new Figure(
            id + "#f" + facts.size(),
            sentenceAt(start),
            start,
            start + text.length(),
            text,
            null,
            null,
            null,
            "weekday",
            null,
            null,
            null,
            null,
            null));
    return this;
  }

  /** A quote on the first occurrence of {@code text}, which includes its quotation marks. */
  Versions quote(String text, String speaker) {
    int start = find(text);
    String words = text.substring(1, text.length() - 1);
    facts.add(
        new Quote(
            id + "#q" + facts.size(),
            sentenceAt(start),
            start,
            start + text.length(),
            text,
            words,
            speaker));
    return this;
  }

  AnalyzedArticle build() {
    String b = body.toString();
    return new AnalyzedArticle(
        new Article(id, source, b, title, published, url, language),
        sentences,
        SentenceTokenizer.of(b, sentences),
        SentenceTokenizer.ofText(title == null ? "" : title),
        facts);
  }

  private int find(String text) {
    int start = body.indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException("not in body: " + text);
    }
    return start;
  }

  private int sentenceAt(int offset) {
    return sentences.stream()
        .filter(s -> s.start() <= offset && offset < s.end())
        .findFirst()
        .orElseThrow()
        .index();
  }
}
