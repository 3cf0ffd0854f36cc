package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;

/**
 * Builds a body and its sentences from marked text, independent of the real splitter: "|" ends a
 * sentence (and is removed), a blank line ends a paragraph, and a sentence starting with "~" is a
 * caption (boilerplate; the "~" is removed too).
 */
record TestArticle(String body, List<Sentence> sentences) {

  static TestArticle of(String marked) {
    StringBuilder body = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    String[] paragraphs = marked.split("\n\n", -1);
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0) {
        body.append("\n\n");
      }
      String[] parts = paragraphs[p].split("\\|", -1);
      for (int s = 0; s < parts.length; s++) {
        String part = parts[s];
        if (s > 0 && !part.isEmpty() && body.length() > 0 && !part.startsWith(" ")) {
          body.append(' ');
        }
        SentenceKind kind = SentenceKind.BODY;
        String trimmed = part.strip();
        if (trimmed.startsWith("~")) {
          kind = SentenceKind.CAPTION;
          part = part.replaceFirst("~", "");
          trimmed = part.strip();
        }
        int lead = part.indexOf(trimmed.isEmpty() ? part : trimmed);
        int start = body.length() + Math.max(lead, 0);
        body.append(part);
        if (!trimmed.isEmpty()) {
          sentences.add(new Sentence(sentences.size(), start, start + trimmed.length(), p, kind));
        }
      }
    }
    return new TestArticle(body.toString(), sentences);
  }
}
