package org.storydiff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.ingest.IngestLimits;
import org.storydiff.ingest.IngestOutcome;
import org.storydiff.ingest.RecordValidator;
import org.storydiff.model.Figure;
import org.storydiff.model.LanguageSource;

/** A detected language must reach figure reading exactly as a given {@code language} field does. */
class DetectedLanguageReachesFiguresTest {

  private static final String BODY =
      "Nach tagelangem Regen sind in mehreren Gemeinden die Keller vollgelaufen. Die Feuerwehr war"
          + " mit mehr als 1.250 Helfern im Einsatz, teilte ein Sprecher mit. Der Schaden wird auf"
          + " 3,5 Millionen Euro geschätzt.";

  private final RecordValidator validator = new RecordValidator(IngestLimits.defaults());

  @Test
  void germanWithoutAFieldIsReadWithGermanSeparatorsLikeGermanWithOne() {
    List<Double> detected = figureValues(record(""), LanguageSource.DETECTED);
    List<Double> given = figureValues(record(",\"language\":\"de-DE\""), LanguageSource.GIVEN);

    assertThat(detected).contains(1250.0, 3_500_000.0).isEqualTo(given);
  }

  private static String record(String languageField) {
    return "{\"id\":\"d1\",\"source\":\"dpa\",\"body\":\"" + BODY + "\"" + languageField + "}";
  }

  private List<Double> figureValues(String json, LanguageSource expected) {
    var article = ((IngestOutcome.Accepted) validator.fromJson("t.jsonl:1", json)).article();
    assertThat(article.language()).isEqualTo("de");
    assertThat(article.languageSource()).isEqualTo(expected);
    var done = (ArticleAnalysis.Done) new ArticleAnalyzer().analyzeWithin(article);
    return done.article().facts().stream()
        .filter(f -> f instanceof Figure)
        .map(f -> ((Figure) f).value())
        .toList();
  }
}
