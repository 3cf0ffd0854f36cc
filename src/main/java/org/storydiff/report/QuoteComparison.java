package org.storydiff.report;

import java.util.ArrayList;
import java.util.List;
import org.storydiff.model.Fact;
import org.storydiff.report.CoverageViews.CellState;
import org.storydiff.report.CoverageViews.QuoteGroup;
import org.storydiff.report.CoverageViews.QuoteRow;
import org.storydiff.report.StoryPageView.DiffPart;

/**
 * The quote table: every grouped quote with, per version, its speaker and its wording against the
 * reference wording (a word diff), and the version's changed finding if it has one. Thread-safe.
 */
final class QuoteComparison {

  private QuoteComparison() {}

  static List<QuoteGroup> of(PageContext page, List<PageGroup> quoteGroups) {
    List<QuoteGroup> out = new ArrayList<>();
    for (PageGroup group : quoteGroups) {
      int reference = QuoteWording.referenceVersion(page, group);
      String referenceText = QuoteWording.text(group, reference);
      List<QuoteRow> rows = new ArrayList<>();
      for (int v = 0; v < page.versions().size(); v++) {
        rows.add(row(page, group, v, reference, referenceText));
      }
      out.add(new QuoteGroup(referenceText, rows));
    }
    return out;
  }

  private static QuoteRow row(
      PageContext page, PageGroup group, int v, int reference, String referenceText) {
    CellState state = group.state(page, v);
    List<Fact> facts = group.factsOf(v);
    if (facts.isEmpty()) {
      return new QuoteRow(
          page.source(v),
          false,
          state.missing("not quoted"),
          "",
          false,
          false,
          List.of(),
          "",
          state.cssClass,
          state.label,
          "",
          false);
    }
    String speaker = QuoteWording.speaker(group, v);
    boolean same = QuoteWording.words(group, v).equals(QuoteWording.words(group, reference));
    List<DiffPart> wording =
        same ? List.of() : DiffParts.of(referenceText, QuoteWording.text(group, v));
    String detail = group.changedDetail(page, v);
    return new QuoteRow(
        page.source(v),
        true,
        "",
        speaker,
        !speaker.isEmpty(),
        same,
        wording,
        page.link(v, facts.get(0).sentence()),
        state.cssClass,
        state.label,
        detail,
        !detail.isEmpty());
  }
}
