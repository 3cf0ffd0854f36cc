package org.storydiff.report;

import java.util.List;
import java.util.Optional;
import org.storydiff.model.ChangeType;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;

/**
 * Finds the findings that concern a span of one version, so tables can say what the findings say
 * about each fact. A finding concerns a span when it is about the same article and kind and its own
 * span overlaps it (findings about a figure or quote carry that fact's span). Thread-safe: read-only.
 */
final class FindingIndex {

  private final List<Finding> findings;

  FindingIndex(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  /** The first {@code change} finding of {@code kind} on {@code articleId} overlapping {@code [start, end)}. */
  Optional<Finding> on(String articleId, FactKind kind, ChangeType change, int start, int end) {
    return findings.stream()
        .filter(f -> f.change() == change && f.kind() == kind && f.articleId().equals(articleId))
        .filter(f -> f.start() != null && overlaps(f.start(), f.end(), start, end))
        .findFirst();
  }

  /** Every finding of {@code kind} with the given change, in the pipeline's order. */
  List<Finding> all(FactKind kind, ChangeType change) {
    return findings.stream().filter(f -> f.kind() == kind && f.change() == change).toList();
  }

  private static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
    return (aStart < bEnd && bStart < aEnd) || (aStart == bStart && aEnd == bEnd);
  }
}
