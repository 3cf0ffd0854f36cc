package org.storydiff.align;

import java.util.ArrayList;
import java.util.List;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.text.SentenceTokenizer;

/** Builds test versions: one sentence per line, paragraphs separated by a blank line. */
final class Versions {

  private Versions() {}

  /**
   * A version whose lines are all BODY sentences. A line starting "H|" is a HEADLINE, "C|" a
   * CREDIT.
   */
  static AnalyzedArticle version(String id, String... lines) {
    StringBuilder body = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String line : lines) {
      SentenceKind kind = SentenceKind.BODY;
      String text = line;
      if (line.startsWith("H|")) {
        kind = SentenceKind.HEADLINE;
        text = line.substring(2);
      } else if (line.startsWith("C|")) {
        kind = SentenceKind.CREDIT;
        text = line.substring(2);
      }
      if (body.length() > 0) {
        body.append("\n\n");
      }
      int start = body.length();
      body.append(text);
      sentences.add(new Sentence(sentences.size(), start, body.length(), sentences.size(), kind));
    }
    String b = body.toString();
    return new AnalyzedArticle(
        new Article(id, "Agency " + id, b, null, null, null, null),
        sentences,
        SentenceTokenizer.of(b, sentences),
        SentenceTokenizer.ofText(""),
        List.of());
  }
}
