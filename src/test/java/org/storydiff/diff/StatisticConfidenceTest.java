package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.extract.FigureExtractor;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.text.SentenceTokenizer;

/** A game's statistics are asserted as changed only when both sides name whose they are. */
class StatisticConfidenceTest {

  private final FindingDetector detector = new FindingDetector();

  private List<Finding> figureChanges(String a, String b) {
    return detector.find("s", List.of(version("a", a), version("b", b)), List.of()).stream()
        .filter(f -> f.kind() == FactKind.FIGURE && f.change() == ChangeType.CHANGED)
        .toList();
  }

  @Test
  void aStatisticWhoseHolderIsReadOnOneSideOnlyIsLow() {
    assertThat(
            figureChanges(
                "The receiver finished with 101 yards as the Colts won on Sunday.",
                "The Colts won on Sunday, and Marvin Harrison finished with 605 yards."))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(Confidence.LOW));
  }

  @Test
  void aStatisticOfOneNamedPlayerIsAsserted() {
    assertThat(
            figureChanges(
                "Tomas Varga scored 23 points as Eastbury won on Friday.",
                "Eastbury won on Friday, with Tomas Varga scoring 27 points."))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.confidence()).isNotEqualTo(Confidence.LOW));
  }

  /** One sentence per ". ", figures extracted as analysis does. */
  private static AnalyzedArticle version(String id, String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        sentences.add(new Sentence(sentences.size(), start, i + 1, 0, SentenceKind.BODY));
        start = i + 2;
      }
    }
    return new AnalyzedArticle(
        new Article(id, "Agency " + id, text, null, null, null, null),
        sentences,
        SentenceTokenizer.of(text, sentences),
        SentenceTokenizer.ofText(""),
        List.copyOf(new FigureExtractor().extract(id, text, sentences)));
  }
}
