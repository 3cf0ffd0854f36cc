package org.storydiff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storydiff.model.FactGroup;
import org.storydiff.model.FactKind;
import org.storydiff.model.FactState;
import org.storydiff.report.CoverageViews.CellState;
import org.storydiff.report.CoverageViews.MatrixCell;
import org.storydiff.report.CoverageViews.MatrixRow;

/**
 * The key statements of the coverage matrix: the diff's statement groups some finding is about (a
 * version added the statement, or omitted it). A version carries the statement when it has a member
 * sentence in the group. Rows come in page order (the side-by-side row of their first sentence).
 * Thread-safe: stateless.
 */
final class KeyStatements {

  static final int LABEL_WORDS = 16;

  private KeyStatements() {}

  static List<MatrixRow> rows(PageContext page) {
    List<FactGroup> key =
        page.story().groups().stream()
            .filter(g -> g.kind() == FactKind.STATEMENT && hasFinding(g))
            .sorted(
                Comparator.comparingInt((FactGroup g) -> firstRow(page, g))
                    .thenComparing(FactGroup::groupId))
            .toList();
    List<MatrixRow> out = new ArrayList<>();
    key.forEach(g -> out.add(row(page, g)));
    return out;
  }

  private static boolean hasFinding(FactGroup g) {
    return g.states().stream()
        .anyMatch(s -> s.state() == FactState.ADDED || s.state() == FactState.OMITTED);
  }

  private static int firstRow(PageContext page, FactGroup g) {
    return g.members().stream()
        .mapToInt(m -> page.rowOf(page.versionOf(m.articleId()), m.sentence()))
        .min()
        .orElse(Integer.MAX_VALUE);
  }

  private static MatrixRow row(PageContext page, FactGroup g) {
    List<MatrixCell> cells = new ArrayList<>();
    String label = "";
    int labelRow = Integer.MAX_VALUE;
    for (int v = 0; v < page.versions().size(); v++) {
      List<FactGroup.Member> carried = g.membersOf(page.version(v).id());
      CellState state = page.state(g, v);
      if (carried.isEmpty()) {
        cells.add(new MatrixCell(state.cssClass, state.symbol, state.label, "", "", false));
        continue;
      }
      int sentence = carried.get(0).sentence();
      if (page.rowOf(v, sentence) < labelRow) {
        labelRow = page.rowOf(v, sentence);
        label = ShortText.words(page.version(v).sentenceText(sentence), LABEL_WORDS);
      }
      cells.add(
          new MatrixCell(
              state.cssClass,
              state.symbol,
              state.label,
              "sentence " + (sentence + 1),
              page.link(v, sentence),
              true));
    }
    return new MatrixRow(FactKind.STATEMENT.wireName(), label, "", false, cells);
  }
}
