package org.storydiff.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storydiff.model.Fact;
import org.storydiff.model.Figure;
import org.storydiff.report.CoverageViews.CellState;
import org.storydiff.report.CoverageViews.Conflict;
import org.storydiff.report.CoverageViews.ConflictRow;

/**
 * The figure conflicts table: every grouped figure some version differs on (a changed finding),
 * with each version's value, qualifier, attribution and words, and the finding's detail line.
 * Versions that do not carry the figure get a row that says so. Thread-safe: stateless.
 */
final class FigureConflicts {

  private FigureConflicts() {}

  static List<Conflict> of(PageContext page, List<PageGroup> figureGroups) {
    List<Conflict> out = new ArrayList<>();
    for (PageGroup group : figureGroups) {
      List<ConflictRow> rows = new ArrayList<>();
      boolean disputed = false;
      for (int v = 0; v < page.versions().size(); v++) {
        CellState state = group.state(page, v);
        disputed |= state == CellState.DIFFERENT;
        rows.add(row(page, group, v, state));
      }
      if (disputed) {
        out.add(new Conflict(what(group), rows));
      }
    }
    return out;
  }

  private static ConflictRow row(PageContext page, PageGroup group, int v, CellState state) {
    List<Fact> facts = group.factsOf(v);
    String detail = group.changedDetail(page, v);
    if (facts.isEmpty()) {
      return new ConflictRow(
          page.source(v),
          false,
          state.missing("not in this version"),
          "",
          "",
          "",
          "",
          "",
          state.cssClass,
          state.label,
          "",
          false);
    }
    Figure f = (Figure) facts.get(0);
    return new ConflictRow(
        page.source(v),
        true,
        "",
        FigureReadings.value(f),
        orEmpty(f.qualifier()),
        orEmpty(f.attribution()),
        f.text(),
        page.link(v, f.sentence()),
        state.cssClass,
        state.label,
        detail,
        !detail.isEmpty());
  }

  /** What the figure counts; versions that name it differently are all listed. */
  static String what(PageGroup group) {
    Set<String> names = new LinkedHashSet<>();
    group.facts().forEach(facts -> facts.forEach(f -> names.add(FigureReadings.what((Figure) f))));
    return String.join(" / ", names);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
