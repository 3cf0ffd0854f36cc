package org.storydiff.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storydiff.model.Fact;
import org.storydiff.model.FactKind;
import org.storydiff.model.Figure;
import org.storydiff.model.Sentence;
import org.storydiff.report.CoverageViews.CellState;
import org.storydiff.report.CoverageViews.Matrix;
import org.storydiff.report.CoverageViews.MatrixCell;
import org.storydiff.report.CoverageViews.MatrixRow;
import org.storydiff.report.CoverageViews.Section;

/**
 * The coverage matrix: each figure, quote and key statement of the story against each version,
 * present / different / absent (with "only here" and "omitted" where a finding says so): one row
 * per fact group of the diff, and the statement groups a finding is about. A figure cell shows the
 * version's reading, a quote cell its speaker. Thread-safe: stateless.
 */
final class CoverageMatrix {

  static final int QUOTE_LABEL_WORDS = 14;
  static final int CONTEXT_WORDS = 4;

  private CoverageMatrix() {}

  static Matrix of(PageContext page, List<PageGroup> figures, List<PageGroup> quotes) {
    int columns = page.versions().size() + 1;
    List<Section> sections = new ArrayList<>();
    addSection(sections, "Figures", columns, figures.stream().map(g -> factRow(page, g)).toList());
    addSection(sections, "Quotes", columns, quotes.stream().map(g -> factRow(page, g)).toList());
    addSection(sections, "Key statements", columns, KeyStatements.rows(page));
    List<String> sources = page.versions().stream().map(v -> v.article().source()).toList();
    return new Matrix(sources, sections, sections.isEmpty());
  }

  private static void addSection(
      List<Section> sections, String title, int columns, List<MatrixRow> rows) {
    if (!rows.isEmpty()) {
      sections.add(new Section(title, columns, rows));
    }
  }

  private static MatrixRow factRow(PageContext page, PageGroup group) {
    List<MatrixCell> cells = new ArrayList<>();
    for (int v = 0; v < page.versions().size(); v++) {
      CellState state = group.state(page, v);
      List<Fact> facts = group.factsOf(v);
      String target = facts.isEmpty() ? "" : page.link(v, facts.get(0).sentence());
      cells.add(
          new MatrixCell(
              state.cssClass, state.symbol, state.label, text(group, v), target, !facts.isEmpty()));
    }
    String context = context(page, group);
    return new MatrixRow(
        group.kind().wireName(), label(page, group), context, !context.isEmpty(), cells);
  }

  /** For a figure, the words around it where it first shows; a quote's label says enough. */
  private static String context(PageContext page, PageGroup group) {
    if (group.kind() != FactKind.FIGURE) {
      return "";
    }
    Fact f = group.first();
    Sentence s = page.version(group.firstVersion()).sentences().get(f.sentence());
    String text = page.version(group.firstVersion()).sentenceText(f.sentence());
    return ShortText.around(text, f.start() - s.start(), f.end() - s.start(), CONTEXT_WORDS);
  }

  private static String label(PageContext page, PageGroup group) {
    if (group.kind() == FactKind.FIGURE) {
      return FigureConflicts.what(group);
    }
    String words = QuoteWording.text(group, QuoteWording.referenceVersion(page, group));
    return "“" + ShortText.words(words, QUOTE_LABEL_WORDS) + "”";
  }

  /** A figure's readings in this version (distinct, in body order) or a quote's speaker. */
  private static String text(PageGroup group, int v) {
    List<Fact> facts = group.factsOf(v);
    if (facts.isEmpty()) {
      return "";
    }
    if (group.kind() == FactKind.QUOTE) {
      String speaker = QuoteWording.speaker(group, v);
      return speaker.isEmpty() ? "unattributed" : speaker;
    }
    Set<String> readings = new LinkedHashSet<>();
    facts.forEach(f -> readings.add(FigureReadings.reading((Figure) f)));
    return String.join(" / ", readings);
  }
}
