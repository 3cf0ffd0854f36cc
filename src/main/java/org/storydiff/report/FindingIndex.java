package org.storydiff.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.Finding;

/**
 * Finds the findings about one fact group, so tables can say what the findings say about each fact:
 * a finding names its group by {@code groupId}. Thread-safe: read-only.
 */
final class FindingIndex {

  private final List<Finding> findings;

  FindingIndex(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  /**
   * The changed finding of {@code articleId} about group {@code groupId}, if it has one; an
   * asserted finding before a low-confidence one ("to check") about the same fact.
   */
  Optional<Finding> changed(String groupId, String articleId) {
    return findings.stream()
        .filter(f -> f.change() == ChangeType.CHANGED && f.articleId().equals(articleId))
        .filter(f -> groupId.equals(f.groupId()))
        .min(Comparator.comparing(f -> f.confidence() == Confidence.LOW));
  }
}
