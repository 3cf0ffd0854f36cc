package org.storydiff.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Fact;
import org.storydiff.model.Figure;
import org.storydiff.model.Quote;
import org.storydiff.model.StoryResult;
import org.storydiff.report.StoryPageView.FigureRow;
import org.storydiff.report.StoryPageView.QuoteRow;

/**
 * The figures and quotes tables of a story page: every fact of every version, by version then body
 * position, each linked to its sentence. Thread-safe: stateless.
 */
final class FactTables {

  private FactTables() {}

  static List<FigureRow> figures(StoryResult story, Anchors anchors) {
    List<FigureRow> rows = new ArrayList<>();
    for (AnalyzedArticle version : story.versions()) {
      for (Fact fact : inBodyOrder(version)) {
        if (fact instanceof Figure f) {
          rows.add(
              new FigureRow(
                  version.article().source(),
                  f.text(),
                  value(f),
                  orEmpty(f.unit()),
                  orEmpty(f.qualifier()),
                  orEmpty(f.attribution()),
                  "#" + anchors.sentence(version.id(), f.sentence())));
        }
      }
    }
    return rows;
  }

  static List<QuoteRow> quotes(StoryResult story, Anchors anchors) {
    List<QuoteRow> rows = new ArrayList<>();
    for (AnalyzedArticle version : story.versions()) {
      for (Fact fact : inBodyOrder(version)) {
        if (fact instanceof Quote q) {
          rows.add(
              new QuoteRow(
                  version.article().source(),
                  q.quote(),
                  orEmpty(q.speaker()),
                  q.speaker() != null && !q.speaker().isBlank(),
                  "#" + anchors.sentence(version.id(), q.sentence())));
        }
      }
    }
    return rows;
  }

  /** 2187.0 shows as "2187", 1.5 as "1.5", a range as "30–40"; never in exponent form. */
  static String value(Figure f) {
    String low = plain(f.value());
    return f.valueMax() == null ? low : low + "–" + plain(f.valueMax());
  }

  private static String plain(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static List<Fact> inBodyOrder(AnalyzedArticle version) {
    return version.facts().stream().sorted(Comparator.comparingInt(Fact::start)).toList();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
