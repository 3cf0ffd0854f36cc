package org.storydiff.diff;

import java.util.ArrayList;
import java.util.List;
import org.storydiff.align.StoryAligner;
import org.storydiff.extract.FigureExtractor;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.ChangeType;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.text.SentenceTokenizer;

/** Versions of a story built from plain text with their figures, as analysis extracts them. */
final class FigureVersions {

  private FigureVersions() {}

  /** One sentence per ". ", so that a version of two sentences is read as two. */
  static AnalyzedArticle sentences(String id, String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        sentences.add(new Sentence(sentences.size(), start, i + 1, 0, SentenceKind.BODY));
        start = i + 2;
      }
    }
    return of(id, text, sentences);
  }

  /** A headline paragraph, then {@code body} split as {@link #sentences} splits it. */
  static AnalyzedArticle headlined(String id, String headline, String body) {
    String text = headline + "\n\n" + body;
    List<Sentence> sentences = new ArrayList<>();
    sentences.add(new Sentence(0, 0, headline.length(), 0, SentenceKind.HEADLINE));
    int start = headline.length() + 2;
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        sentences.add(new Sentence(sentences.size(), start, i + 1, 1, SentenceKind.BODY));
        start = i + 2;
      }
    }
    return of(id, text, sentences);
  }

  /** The changed-figure findings of a story of two versions, "a" and "b" ({@link #sentences}). */
  static List<Finding> figureChanges(String a, String b) {
    return findings(List.of(sentences("a", a), sentences("b", b))).stream()
        .filter(f -> f.kind() == FactKind.FIGURE && f.change() == ChangeType.CHANGED)
        .toList();
  }

  /** The findings of a story whose versions are aligned as the job aligns them. */
  static List<Finding> findings(List<AnalyzedArticle> versions) {
    return new FindingDetector().find("s", versions, new StoryAligner().align(versions));
  }

  /** The whole text as one sentence. */
  static AnalyzedArticle oneSentence(String id, String text) {
    return of(id, text, List.of(new Sentence(0, 0, text.length(), 0, SentenceKind.BODY)));
  }

  private static AnalyzedArticle of(String id, String text, List<Sentence> sentences) {
    return new AnalyzedArticle(
        new Article(id, "Agency " + id, text, null, null, null, null),
        sentences,
        SentenceTokenizer.of(text, sentences),
        SentenceTokenizer.ofText(""),
        List.copyOf(new FigureExtractor().extract(id, text, sentences)));
  }
}
