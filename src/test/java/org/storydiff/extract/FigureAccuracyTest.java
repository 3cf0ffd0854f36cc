package org.storydiff.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Figure;

/**
 * Scores {@link FigureExtractor} on the hand-written set in {@code extract/figures.tsv}: value
 * precision/recall/F1 (a prediction counts when its value and range bound match a gold figure of
 * the same sentence), then unit and qualifier accuracy over the matched figures. Prints the figures.
 */
class FigureAccuracyTest {

  private record Gold(double value, Double max, String unit, String qualifier) {}

  private record Row(String sentence, List<Gold> gold) {}

  @Test
  void valueF1OnTheHandWrittenSetIsAtLeastNinetyPercent() throws IOException {
    Score s = score("figures.tsv");
    assertThat(s.gold()).isGreaterThanOrEqualTo(120);
    assertThat(s.f1()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.unitAccuracy()).isGreaterThanOrEqualTo(0.85);
    assertThat(s.qualifierAccuracy()).isGreaterThanOrEqualTo(0.95);
  }

  /** A second set written after tuning, so its figure is a fairer estimate; a looser bar. */
  @Test
  void valueF1OnTheHeldOutSetIsAtLeastEightyPercent() throws IOException {
    assertThat(score("figures-heldout.tsv").f1()).isGreaterThanOrEqualTo(0.8);
  }

  private record Score(int gold, double f1, double unitAccuracy, double qualifierAccuracy) {}

  private static Score score(String resource) throws IOException {
    FigureExtractor extractor = new FigureExtractor();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int unitOk = 0;
    int qualifierOk = 0;
    List<String> misses = new ArrayList<>();
    for (Row row : rows(resource)) {
      TestArticle a = TestArticle.of(row.sentence());
      List<Figure> predicted = new ArrayList<>(extractor.extract("t", a.body(), a.sentences()));
      for (Gold g : row.gold()) {
        Figure match = predicted.stream().filter(f -> sameValue(f, g)).findFirst().orElse(null);
        if (match == null) {
          fn++;
          misses.add("MISSED " + g + " in: " + row.sentence());
          continue;
        }
        predicted.remove(match);
        tp++;
        if (Objects.equals(match.unit(), g.unit())) {
          unitOk++;
        } else {
          misses.add("UNIT " + match.unit() + " != " + g.unit() + " in: " + row.sentence());
        }
        if (Objects.equals(match.qualifier(), g.qualifier())) {
          qualifierOk++;
        } else {
          misses.add("QUALIFIER " + match.qualifier() + " != " + g.qualifier() + " in: " + row.sentence());
        }
      }
      for (Figure extra : predicted) {
        fp++;
        misses.add("SPURIOUS " + extra.text() + "=" + extra.value() + " in: " + row.sentence());
      }
    }
    double precision = tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    double f1 = 2 * precision * recall / (precision + recall);
    misses.forEach(System.out::println);
    System.out.printf(Locale.ROOT,
        resource + ": gold=%d predicted=%d tp=%d precision=%.3f recall=%.3f F1=%.3f unit-acc=%.3f qualifier-acc=%.3f%n",
        tp + fn, tp + fp, tp, precision, recall, f1, unitOk / (double) tp, qualifierOk / (double) tp);
    return new Score(tp + fn, f1, unitOk / (double) tp, qualifierOk / (double) tp);
  }

  private static boolean sameValue(Figure f, Gold g) {
    return Math.abs(f.value() - g.value()) < 1e-6 && Objects.equals(f.valueMax(), g.max());
  }

  private static List<Row> rows(String resource) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = FigureAccuracyTest.class.getResourceAsStream("/extract/" + resource)) {
      String text = new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        rows.add(new Row(cols[0], parseGold(cols[1].strip())));
      }
    }
    return rows;
  }

  private static List<Gold> parseGold(String cell) {
    List<Gold> gold = new ArrayList<>();
    if (cell.equals("-")) {
      return gold;
    }
    for (String entry : cell.split(" ; ")) {
      String[] f = entry.split("/");
      String[] range = f[0].split("~");
      Double max = range.length > 1 ? Double.valueOf(range[1]) : null;
      gold.add(new Gold(Double.parseDouble(range[0]), max, nullable(f[1]), nullable(f[2])));
    }
    return gold;
  }

  private static String nullable(String s) {
    return s.equals("_") ? null : s;
  }
}
