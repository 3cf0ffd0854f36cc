package org.storydiff.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.Evidence;
import org.storydiff.model.Finding;
import org.storydiff.model.StoryResult;
import org.storydiff.report.StoryPageView.FindingGroup;
import org.storydiff.report.StoryPageView.FindingItem;
import org.storydiff.report.StoryPageView.FindingsPanel;
import org.storydiff.report.StoryPageView.Link;

/**
 * One findings panel per version, grouped added / changed / omitted, each finding linked to the
 * sentence that holds it in this version and to the sentences its evidence points at in the others.
 * Low-confidence findings are never mixed in: they go to the panel's own "to check" list. Findings
 * keep the pipeline's order within a group. Thread-safe: stateless.
 */
final class FindingPanels {

  private static final List<ChangeType> GROUP_ORDER =
      List.of(ChangeType.ADDED, ChangeType.CHANGED, ChangeType.OMITTED);

  private FindingPanels() {}

  static List<FindingsPanel> of(PageContext page) {
    StoryResult story = page.story();
    Anchors anchors = page.anchors();
    Map<String, String> pickupNotes = LineageViews.pickupNotes(page);
    List<FindingsPanel> panels = new ArrayList<>();
    for (AnalyzedArticle version : page.versions()) {
      List<FindingGroup> groups = new ArrayList<>();
      for (ChangeType change : GROUP_ORDER) {
        List<FindingItem> items =
            story.findings().stream()
                .filter(f -> f.articleId().equals(version.id()) && f.change() == change)
                .filter(f -> f.confidence() != Confidence.LOW)
                .map(f -> item(f, f.kind().wireName(), anchors))
                .toList();
        if (!items.isEmpty()) {
          groups.add(new FindingGroup(change.wireName(), items));
        }
      }
      List<FindingItem> toCheck =
          story.findings().stream()
              .filter(f -> f.articleId().equals(version.id()) && f.confidence() == Confidence.LOW)
              .map(f -> item(f, f.kind().wireName() + " " + f.change().wireName(), anchors))
              .toList();
      panels.add(
          new FindingsPanel(
              version.article().source(),
              version.id(),
              groups,
              toCheck,
              groups.isEmpty() && toCheck.isEmpty(),
              pickupNotes.getOrDefault(version.id(), "")));
    }
    return panels;
  }

  private static FindingItem item(Finding f, String kind, Anchors anchors) {
    List<Link> here = new ArrayList<>();
    if (f.start() != null) {
      here.add(link("this version", f.articleId(), f.start(), f.text(), anchors));
    }
    List<Link> elsewhere = f.others().stream().map(e -> evidenceLink(e, anchors)).toList();
    return new FindingItem(kind, f.detail() == null ? "" : f.detail(), here, elsewhere);
  }

  private static Link evidenceLink(Evidence e, Anchors anchors) {
    String label =
        anchors.version(e.articleId()).map(v -> v.article().source()).orElse(e.articleId());
    return link(label, e.articleId(), e.start(), e.text(), anchors);
  }

  private static Link link(
      String label, String articleId, int offset, String quoted, Anchors anchors) {
    return anchors
        .sentenceAt(articleId, offset)
        .map(anchor -> new Link(label, "#" + anchor, true, quoted))
        .orElseGet(() -> new Link(label, "", false, quoted));
  }
}
