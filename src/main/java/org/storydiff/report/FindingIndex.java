package org.storydiff.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.Finding;

/**
 * Finds the findings about one fact group, so tables can say what the findings say about each fact:
 * a finding names its group by {@code groupId}. Thread-safe: read-only.
 */
final class FindingIndex {

  /**
   * The findings of each group, in the story's order: a page asks for every cell of its tables, and
   * a scan of all findings per cell made the tables quadratic in the story's findings.
   */
  private final Map<String, List<Finding>> byGroup = new HashMap<>();

  FindingIndex(List<Finding> findings) {
    for (Finding f : findings) {
      if (f.groupId() != null) {
        byGroup.computeIfAbsent(f.groupId(), g -> new ArrayList<>()).add(f);
      }
    }
  }

  /**
   * The changed finding of {@code articleId} about group {@code groupId}, if it has one; an
   * asserted finding before a low-confidence one ("to check") about the same fact.
   */
  Optional<Finding> changed(String groupId, String articleId) {
    return byGroup.getOrDefault(groupId, List.of()).stream()
        .filter(f -> f.change() == ChangeType.CHANGED && f.articleId().equals(articleId))
        .min(Comparator.comparing(f -> f.confidence() == Confidence.LOW));
  }
}
