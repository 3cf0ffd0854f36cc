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
import org.storydiff.report.FactGroups.Group;

/**
 * The coverage matrix: each figure, quote and key statement of the story against each version,
 * present / different / absent (with "only here" and "omitted" where a finding says so). A figure
 * cell shows the version's reading, a quote cell its speaker. Thread-safe: stateless.
 */
final class CoverageMatrix {

  static final int QUOTE_LABEL_WORDS = 14;
  static final int CONTEXT_WORDS = 4;

  private CoverageMatrix() {}

  static Matrix of(PageContext page, List<Group> figures, List<Group> quotes) {
    int columns = page.versions().size() + 1;
    List<Section> sections = new ArrayList<>();
    addSection(sections, "Figures", columns, figures.stream().map(g -> factRow(page, g)).toList());
    addSection(sections, "Quotes", columns, quotes.stream().map(g -> factRow(page, g)).toList());
    addSection(sections, "Key statements", columns, KeyStatements.rows(page));
    List<String> sources = page.versions().stream().map(v -> v.article().source()).toList();
    return new Matrix(sources, sections, sections.isEmpty());
  }

  private static void addSection(List<Section> sections, String title, int columns, List<MatrixRow> rows) {
    if (!rows.isEmpty()) {
      sections.add(new Section(title, columns, rows));
    }
  }

  private static MatrixRow factRow(PageContext page, Group group) {
    List<MatrixCell> cells = new ArrayList<>();
    for (int v = 0; v < page.versions().size(); v++) {
      CellState state = FactStates.state(page, group, v);
      List<Fact> facts = group.factsOf(v);
      String target = facts.isEmpty() ? "" : page.link(v, facts.get(0).sentence());
      cells.add(new MatrixCell(state.cssClass, state.symbol, state.label, text(group, v), target, !facts.isEmpty()));
    }
    String context = context(page, group);
    return new MatrixRow(group.kind().wireName(), label(group), context, !context.isEmpty(), cells);
  }

  /** For a figure, the words around it where it first shows; a quote's label says enough. */
  private static String context(PageContext page, Group group) {
    if (group.kind() != FactKind.FIGURE) {
      return "";
    }
    Fact f = group.first().fact();
    Sentence s = page.version(group.first().version()).sentences().get(f.sentence());
    String text = page.version(group.first().version()).sentenceText(f.sentence());
    return ShortText.around(text, f.start() - s.start(), f.end() - s.start(), CONTEXT_WORDS);
  }

  private static String label(Group group) {
    if (group.kind() == FactKind.FIGURE) {
      return FigureConflicts.what(group);
    }
    String words = QuoteWording.text(group, QuoteWording.referenceVersion(group));
    return "“" + ShortText.words(words, QUOTE_LABEL_WORDS) + "”";
  }

  /** A figure's readings in this version (distinct, in body order) or a quote's speaker. */
  private static String text(Group group, int v) {
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
