package org.storydiff.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.storydiff.model.ChangeType;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.Sentence;
import org.storydiff.report.CoverageViews.CellState;
import org.storydiff.report.CoverageViews.MatrixCell;
import org.storydiff.report.CoverageViews.MatrixRow;

/**
 * The key statements of the coverage matrix: the side-by-side rows holding a statement some finding
 * is about (an added statement, or the sentences an omission names). A version carries the statement
 * when it has a body sentence in that row. Rows keep page order. Thread-safe: stateless.
 */
final class KeyStatements {

  static final int LABEL_WORDS = 16;

  private KeyStatements() {}

  static List<MatrixRow> rows(PageContext page) {
    Map<Integer, String> labelByRow = new TreeMap<>();
    Set<List<Integer>> added = new HashSet<>();
    Map<Integer, Set<Integer>> omittedBy = new TreeMap<>();
    for (Finding f : page.findings().all(FactKind.STATEMENT, ChangeType.ADDED)) {
      int row = cite(page, f.articleId(), f.start(), labelByRow);
      if (row >= 0) {
        added.add(List.of(page.versionOf(f.articleId()), row));
      }
    }
    for (Finding f : page.findings().all(FactKind.STATEMENT, ChangeType.OMITTED)) {
      int omitter = page.versionOf(f.articleId());
      f.others().forEach(e -> {
        int row = cite(page, e.articleId(), e.start(), labelByRow);
        if (row >= 0 && omitter >= 0) {
          omittedBy.computeIfAbsent(row, r -> new HashSet<>()).add(omitter);
        }
      });
    }
    List<MatrixRow> out = new ArrayList<>();
    labelByRow.forEach((row, label) -> out.add(row(page, row, label, added, omittedBy.getOrDefault(row, Set.of()))));
    return out;
  }

  /** Registers the row of the sentence at {@code offset}; its index, or -1 if none is found. */
  private static int cite(PageContext page, String articleId, Integer offset, Map<Integer, String> labelByRow) {
    int v = page.versionOf(articleId);
    OptionalInt sentence = offset == null || v < 0 ? OptionalInt.empty() : page.anchors().sentenceIndexAt(articleId, offset);
    if (sentence.isEmpty()) {
      return -1;
    }
    int row = page.rowOf(v, sentence.getAsInt());
    if (row == Integer.MAX_VALUE) {
      return -1;
    }
    labelByRow.putIfAbsent(row, ShortText.words(page.version(v).sentenceText(sentence.getAsInt()), LABEL_WORDS));
    return row;
  }

  private static MatrixRow row(
      PageContext page, int row, String label, Set<List<Integer>> added, Set<Integer> omittedBy) {
    List<MatrixCell> cells = new ArrayList<>();
    List<List<Integer>> rowCells = page.rows().rows().get(row).cells();
    for (int v = 0; v < page.versions().size(); v++) {
      List<Sentence> sentences = page.version(v).sentences();
      OptionalInt carried = rowCells.get(v).stream().filter(s -> !sentences.get(s).isBoilerplate())
          .mapToInt(Integer::intValue).findFirst();
      CellState state =
          carried.isPresent()
              ? (added.contains(List.of(v, row)) ? CellState.ADDED : CellState.PRESENT)
              : (omittedBy.contains(v) ? CellState.OMITTED : CellState.ABSENT);
      String target = carried.isPresent() ? page.link(v, carried.getAsInt()) : "";
      String text = carried.isPresent() ? "sentence " + (carried.getAsInt() + 1) : "";
      cells.add(new MatrixCell(state.cssClass, state.symbol, state.label, text, target, carried.isPresent()));
    }
    return new MatrixRow(FactKind.STATEMENT.wireName(), label, "", false, cells);
  }
}
