package org.storydiff.report;

import java.util.List;
import org.storydiff.model.FactState;
import org.storydiff.report.StoryPageView.DiffPart;

/**
 * View records of a story page's comparison tables: the coverage matrix (each figure, quote and key
 * statement against each agency), the figure conflicts and the quotes. Plain data for the template;
 * strings are escaped there and never null.
 */
final class CoverageViews {

  private CoverageViews() {}

  /**
   * What a version does with one fact; {@code symbol} keeps the state readable in black and white.
   */
  enum CellState {
    PRESENT("present", "✓", "present"),
    ADDED("added", "+", "only here"),
    DIFFERENT("different", "≠", "different"),
    OMITTED("omitted", "✗", "omitted"),
    ABSENT("absent", "–", "absent"),
    /** A version of another language than every version carrying the fact: never compared. */
    OTHER_LANGUAGE("other-language", "·", "other language");

    final String cssClass;
    final String symbol;
    final String label;

    CellState(String cssClass, String symbol, String label) {
      this.cssClass = cssClass;
      this.symbol = symbol;
      this.label = label;
    }

    /** What a row of the comparison tables says where a version does not carry the fact. */
    String missing(String notCarried) {
      return this == OTHER_LANGUAGE ? "in another language: not compared" : notCarried;
    }

    /** How the page shows a version's state in a fact group. */
    static CellState of(FactState state) {
      return switch (state) {
        case PRESENT -> PRESENT;
        case CHANGED -> DIFFERENT;
        case ADDED -> ADDED;
        case OMITTED -> OMITTED;
        case ABSENT -> ABSENT;
      };
    }
  }

  /**
   * @param sources column heads, one per version in column order
   */
  record Matrix(List<String> sources, List<Section> sections, boolean empty) {}

  /** The rows of one kind under a heading row spanning all {@code columns}. */
  record Section(String title, int columns, List<MatrixRow> rows) {}

  /**
   * @param label what the row is about: what a figure counts, a quote's words, a statement
   * @param context for a figure, the words around it where it first shows, "" otherwise
   */
  record MatrixRow(
      String kind, String label, String context, boolean hasContext, List<MatrixCell> cells) {}

  /**
   * @param text what this version says (a figure's reading, a quote's speaker), "" when absent
   * @param target anchor of the sentence that says it, "" when absent
   */
  record MatrixCell(
      String state, String symbol, String stateLabel, String text, String target, boolean linked) {

    /**
     * Absent cells are most of a wide story's matrix: the page shows them as the bare symbol the
     * legend and the table's caption explain.
     */
    boolean absent() {
      return state.equals(CellState.ABSENT.cssClass);
    }
  }

  /** A figure the versions disagree on, one row per version. */
  record Conflict(String what, List<ConflictRow> rows) {}

  /**
   * @param reported false when the version does not carry the figure (then only {@code source} and
   *     the state show)
   * @param state a {@link CellState} css class, {@code stateLabel} its words
   * @param missing what the row says when the version does not carry the figure
   * @param detail the version's own changed finding, "" when it has none
   */
  record ConflictRow(
      String source,
      boolean reported,
      String missing,
      String value,
      String qualifier,
      String attribution,
      String asWritten,
      String target,
      String state,
      String stateLabel,
      String detail,
      boolean hasDetail) {}

  /** One quote across versions; {@code reference} is the wording most versions share. */
  record QuoteGroup(String reference, List<QuoteRow> rows) {}

  /**
   * @param quoted false when the version does not carry the quote (then only {@code source} and the
   *     state show)
   * @param sameWords the version's words equal the reference wording (case and marks aside)
   * @param wording the version's words diffed against the reference (deleted: reference only)
   * @param state a {@link CellState} css class, {@code stateLabel} its words
   */
  record QuoteRow(
      String source,
      boolean quoted,
      String missing,
      String speaker,
      boolean hasSpeaker,
      boolean sameWords,
      List<DiffPart> wording,
      String target,
      String state,
      String stateLabel,
      String detail,
      boolean hasDetail) {}
}
