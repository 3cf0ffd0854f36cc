package org.storydiff.diff;

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

/**
 * Builds one version for finding tests: sentences joined by spaces, facts located by their text.
 */
final class StoryBuilder {

  private final String id;
  private final StringBuilder body = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();

  private StoryBuilder(String id) {
    this.id = id;
  }

  static StoryBuilder version(String id) {
    return new StoryBuilder(id);
  }

  StoryBuilder sentence(String text) {
    if (body.length() > 0) {
      body.append(' ');
    }
    int start = body.length();
    body.append(text);
    sentences.add(
        new Sentence(sentences.size(), start, body.length(), sentences.size(), SentenceKind.BODY));
    return this;
  }

  /** A figure whose text occurs in the last sentence added. */
  StoryBuilder figure(String text, double value, String unit, String qualifier) {
    Sentence s = sentences.get(sentences.size() - 1);
    int start = body.indexOf(text, s.start());
    facts.add(
        Figure.amount(
            id + "#f" + (facts.size() + 1), s.index(), start, text, value, unit, qualifier, null));
    return this;
  }

  /** A direct quote (with its marks) in the last sentence added, its speaker named as written. */
  StoryBuilder quote(String words, String speaker) {
    return quote(words, speaker, speaker, speaker, false, "explicit");
  }

  /**
   * A direct quote whose speaker is mentioned as {@code mention} and resolves to {@code name} (or
   * null); a lower-case mention ("he", "she") is a pronoun, any other is named at the quote.
   */
  StoryBuilder quote(String words, String mention, String name) {
    String shown = name == null || name.equals(mention) ? mention : name + " (" + mention + ")";
    boolean pronoun = Character.isLowerCase(mention.charAt(0));
    return quote(words, shown, mention, name, false, pronoun ? "pronoun" : "explicit");
  }

  /** A direct quote whose speaker was found as {@code how} ("explicit", "pronoun", ...). */
  StoryBuilder quoteFoundAs(String words, String mention, String name, String how) {
    String shown = name == null || name.equals(mention) ? mention : name + " (" + mention + ")";
    return quote(words, shown, mention, name, false, how);
  }

  /** A partial quote (a few quoted words inside the sentence) in the last sentence added. */
  StoryBuilder partialQuote(String words, String speaker) {
    return quote(words, speaker, speaker, speaker, true, "explicit");
  }

  /** A figure attributed to {@code source} whose text occurs in the last sentence added. */
  StoryBuilder figureBy(String text, double value, String unit, String source) {
    Sentence s = sentences.get(sentences.size() - 1);
    int start = body.indexOf(text, s.start());
    facts.add(
        Figure.amount(
            id + "#f" + (facts.size() + 1), s.index(), start, text, value, unit, null, source));
    return this;
  }

  private StoryBuilder quote(
      String words, String speaker, String mention, String name, boolean partial, String how) {
    Sentence s = sentences.get(sentences.size() - 1);
    int start = body.indexOf(words, s.start()) - 1; // the opening mark, straight or curly
    int end = start + words.length() + 2;
    facts.add(
        new Quote(
            id + "#q" + (facts.size() + 1),
            s.index(),
            start,
            end,
            body.substring(start, end),
            words,
            speaker,
            mention,
            name,
            partial,
            null,
            speaker == null ? "none" : how));
    return this;
  }

  AnalyzedArticle build() {
    String b = body.toString();
    return new AnalyzedArticle(
        new Article(id, "Agency " + id, b, null, null, null, null),
        sentences,
        SentenceTokenizer.of(b, sentences),
        SentenceTokenizer.ofText(""),
        facts);
  }
}
