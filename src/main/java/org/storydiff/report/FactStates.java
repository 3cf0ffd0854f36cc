package org.storydiff.report;

import java.util.List;
import java.util.Optional;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Fact;
import org.storydiff.model.Finding;
import org.storydiff.report.CoverageViews.CellState;
import org.storydiff.report.FactGroups.Group;

/**
 * What one version does with one grouped fact, as the findings say: a version with a changed
 * finding on it differs, one with an added finding is the only one to carry it, one named by an
 * omission finding omitted it; otherwise it is present or absent. Thread-safe: stateless.
 */
final class FactStates {

  private FactStates() {}

  static CellState state(PageContext page, Group group, int version) {
    List<Fact> facts = group.factsOf(version);
    if (facts.isEmpty()) {
      return group.omittedBy().contains(version) ? CellState.OMITTED : CellState.ABSENT;
    }
    if (finding(page, version, facts, ChangeType.CHANGED).isPresent()) {
      return CellState.DIFFERENT;
    }
    return finding(page, version, facts, ChangeType.ADDED).isPresent() ? CellState.ADDED : CellState.PRESENT;
  }

  /** The detail line of the version's changed finding on this fact, "" when there is none. */
  static String changedDetail(PageContext page, Group group, int version) {
    return finding(page, version, group.factsOf(version), ChangeType.CHANGED)
        .map(f -> f.detail() == null ? "" : f.detail())
        .orElse("");
  }

  private static Optional<Finding> finding(PageContext page, int version, List<Fact> facts, ChangeType change) {
    String articleId = page.version(version).id();
    return facts.stream()
        .map(f -> page.findings().on(articleId, f.kind().findingKind(), change, f.start(), f.end()))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
