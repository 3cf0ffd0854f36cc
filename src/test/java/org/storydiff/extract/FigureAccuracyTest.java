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
 * Scores {@link FigureExtractor} on the hand-written sets in {@code src/test/resources/extract/}
 * and prints the figures (rerun with {@code ./mvnw -q test -Dtest=FigureAccuracyTest}).
 *
 * <p>Each line is a sentence, a tab, and its expected figures joined by " ; " ("-" for none), each
 * {@code value/unit/qualifier} ("_" for null). {@code value} is an amount ("42", "0.5"), a range or
 * vague amount ({@code 30~40}: no value, these bounds), a date or time ({@code date=2022-02-24},
 * {@code time=08:20}) or, for weekdays and ordinals, just {@code weekday} / {@code ordinal}.
 *
 * <p>Two scores: <b>value</b> P/R/F1 compares the multiset of amounts per sentence, the way the
 * news-quantity benchmark (and {@code storydiff eval figures}) scores; <b>figure</b> P/R/F1 also
 * counts ranges, dates, times, weekdays and ordinals. Unit and qualifier accuracy are over the
 * figures matched.
 */
class FigureAccuracyTest {

  private enum Form {
    AMOUNT,
    RANGE,
    DATE,
    TIME,
    OTHER
  }

  private record Gold(
      Form form, double value, double max, String label, String unit, String qualifier) {}

  private record Row(String sentence, List<Gold> gold) {}

  private record Score(
      int goldValues,
      double valueF1,
      int goldFigures,
      double figureF1,
      double unitAccuracy,
      double qualifierAccuracy) {}

  /** The sets tuned on: the first tuning set and the news-conventions set written for issue 5. */
  @Test
  void tuningSetsReachTheTargets() throws IOException {
    Score first = score("figures.tsv");
    Score news = score("figures-news.tsv");
    assertThat(first.goldValues() + news.goldValues()).isGreaterThanOrEqualTo(200);
    assertThat(first.valueF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(news.valueF1()).isGreaterThanOrEqualTo(0.93);
    assertThat(first.figureF1()).isGreaterThanOrEqualTo(0.93);
    assertThat(news.figureF1()).isGreaterThanOrEqualTo(0.9);
    assertThat(first.unitAccuracy()).isGreaterThanOrEqualTo(0.85);
    assertThat(news.unitAccuracy()).isGreaterThanOrEqualTo(0.8);
    assertThat(first.qualifierAccuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(news.qualifierAccuracy()).isGreaterThanOrEqualTo(0.95);
  }

  /** Sets written after tuning, so their figures are fairer estimates; looser bars. */
  @Test
  void heldOutSetsStayNearTheTargets() throws IOException {
    assertThat(score("figures-heldout.tsv").valueF1()).isGreaterThanOrEqualTo(0.85);
    assertThat(score("figures-heldout2.tsv").valueF1()).isGreaterThanOrEqualTo(0.85);
    // issue 15, first and only run: value F1 1.000 (36 values), figure F1 1.000 (44), unit-acc
    // 0.977
    assertThat(score("figures-heldout3.tsv").valueF1()).isGreaterThanOrEqualTo(0.97);
    // wt-figdiff, first and only run: value P=0.810 R=0.944 F1=0.872 (18 values), figure F1 0.868
    // (26); misses: "US$2bn-US$4bn" read as US$2 and $4bn, "rose 5% to 7%" read as a move
    assertThat(score("figures-heldout4.tsv").valueF1()).isGreaterThanOrEqualTo(0.85);
    // wt-figx (held-out: ratios, ordinal fractions, currency on both range ends, scraped
    // decimals), first run before any change: 6 of 23 sentences right, value P=0.167 R=0.211
    // F1=0.186 (19 values), figure F1 0.361 (29). Final run: 19 of 23, value P=0.800 R=0.842
    // F1=0.821, figure F1 0.842; misses: "out of" kept as two counts by choice (2 sentences), "the
    // twenty-fifth anniversary" gives no ordinal, "June 5. 2 days" loses the date and the count.
    assertThat(score("figures-heldout5.tsv").valueF1()).isGreaterThanOrEqualTo(0.8);
  }

  private static Score score(String resource) throws IOException {
    FigureExtractor extractor = new FigureExtractor();
    Counts values = new Counts();
    Counts figures = new Counts();
    int unitOk = 0;
    int qualifierOk = 0;
    List<String> misses = new ArrayList<>();
    for (Row row : rows(resource)) {
      TestArticle a = TestArticle.of(row.sentence());
      List<Figure> predicted = new ArrayList<>(extractor.extract("t", a.body(), a.sentences()));
      countValues(row, predicted, values, misses);
      for (Gold g : row.gold()) {
        Figure match = predicted.stream().filter(f -> matches(f, g)).findFirst().orElse(null);
        if (match == null) {
          figures.fn++;
          misses.add("MISSED " + g + " in: " + row.sentence());
          continue;
        }
        predicted.remove(match);
        figures.tp++;
        if (Objects.equals(match.unit(), g.unit())) {
          unitOk++;
        } else {
          misses.add("UNIT " + match.unit() + " != " + g.unit() + " in: " + row.sentence());
        }
        if (Objects.equals(match.qualifier(), g.qualifier())) {
          qualifierOk++;
        } else {
          misses.add(
              "QUALIFIER " + match.qualifier() + " != " + g.qualifier() + " in: " + row.sentence());
        }
      }
      for (Figure extra : predicted) {
        figures.fp++;
        misses.add("SPURIOUS " + extra.text() + " (" + describe(extra) + ") in: " + row.sentence());
      }
    }
    misses.forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "%s: value P=%.3f R=%.3f F1=%.3f (gold=%d tp=%d fp=%d fn=%d) | figure P=%.3f R=%.3f F1=%.3f (gold=%d)"
            + " | unit-acc=%.3f qualifier-acc=%.3f%n",
        resource,
        values.precision(),
        values.recall(),
        values.f1(),
        values.tp + values.fn,
        values.tp,
        values.fp,
        values.fn,
        figures.precision(),
        figures.recall(),
        figures.f1(),
        figures.tp + figures.fn,
        unitOk / (double) figures.tp,
        qualifierOk / (double) figures.tp);
    return new Score(
        values.tp + values.fn,
        values.f1(),
        figures.tp + figures.fn,
        figures.f1(),
        unitOk / (double) figures.tp,
        qualifierOk / (double) figures.tp);
  }

  /** Multiset matching of amounts, as the benchmark scorer does (relative tolerance 1e-6). */
  private static void countValues(
      Row row, List<Figure> predicted, Counts values, List<String> misses) {
    List<Double> pv = new ArrayList<>();
    predicted.stream().filter(f -> f.value() != null).forEach(f -> pv.add(f.value()));
    for (Gold g : row.gold()) {
      if (g.form() != Form.AMOUNT) {
        continue;
      }
      Double hit = pv.stream().filter(x -> close(x, g.value())).findFirst().orElse(null);
      if (hit == null) {
        values.fn++;
        misses.add("VALUE MISSED " + g.value() + " in: " + row.sentence());
      } else {
        values.tp++;
        pv.remove(hit);
      }
    }
    values.fp += pv.size();
    pv.forEach(x -> misses.add("VALUE SPURIOUS " + x + " in: " + row.sentence()));
  }

  private static final class Counts {
    int tp;
    int fp;
    int fn;

    double precision() {
      return tp / (double) (tp + fp);
    }

    double recall() {
      return tp / (double) (tp + fn);
    }

    double f1() {
      return 2 * precision() * recall() / (precision() + recall());
    }
  }

  private static boolean matches(Figure f, Gold g) {
    return switch (g.form()) {
      case AMOUNT -> f.value() != null && close(f.value(), g.value());
      case RANGE ->
          f.valueMin() != null && close(f.valueMin(), g.value()) && close(f.valueMax(), g.max());
      case DATE -> g.label().equals(f.date());
      case TIME -> g.label().equals(f.time());
      case OTHER ->
          !f.isQuantity() && f.date() == null && f.time() == null && g.unit().equals(f.unit());
    };
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static String describe(Figure f) {
    if (f.value() != null) {
      return "value " + f.value();
    }
    if (f.valueMin() != null) {
      return "range " + f.valueMin() + "~" + f.valueMax();
    }
    return f.date() != null ? "date " + f.date() : f.time() != null ? "time " + f.time() : f.unit();
  }

  private static List<Row> rows(String resource) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = FigureAccuracyTest.class.getResourceAsStream("/extract/" + resource)) {
      String text =
          new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
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
      entry =
          entry.replaceFirst("@.*$", ""); // sources are checked in FigureExtractorTest, not here
      int firstSlash = entry.indexOf('/');
      int lastSlash = entry.lastIndexOf('/');
      String value = entry.substring(0, firstSlash);
      String unit = nullable(entry.substring(firstSlash + 1, lastSlash));
      String qualifier = nullable(entry.substring(lastSlash + 1));
      gold.add(parseValue(value, unit, qualifier));
    }
    return gold;
  }

  private static Gold parseValue(String value, String unit, String qualifier) {
    if (value.startsWith("date=")) {
      return new Gold(Form.DATE, 0, 0, value.substring(5), unit, qualifier);
    }
    if (value.startsWith("time=")) {
      return new Gold(Form.TIME, 0, 0, value.substring(5), unit, qualifier);
    }
    if (value.equals("weekday") || value.equals("ordinal")) {
      return new Gold(Form.OTHER, 0, 0, null, unit, qualifier);
    }
    String[] range = value.split("~");
    if (range.length > 1) {
      return new Gold(
          Form.RANGE,
          Double.parseDouble(range[0]),
          Double.parseDouble(range[1]),
          null,
          unit,
          qualifier);
    }
    return new Gold(Form.AMOUNT, Double.parseDouble(value), 0, null, unit, qualifier);
  }

  private static String nullable(String s) {
    return s.equals("_") ? null : s;
  }
}
