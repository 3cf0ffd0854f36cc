package org.storydiff.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Finding;

/**
 * Turns one story's versions and their sentence alignments into the contract's findings: figures,
 * quotes and statements that a version added, changed or omitted. Output is sorted (article, then
 * position, then change and kind) so it does not depend on input order. Stateless, thread-safe.
 */
public final class FindingDetector {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::articleId)
          .thenComparing(Finding::start, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Finding::change)
          .thenComparing(Finding::kind)
          .thenComparing(Finding::detail, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Findings for a story; versions may come in any order, a single version gives none. */
  public List<Finding> find(String storyId, List<AnalyzedArticle> versions, List<Alignment> alignments) {
    if (versions.size() < 2) {
      return List.of();
    }
    List<AnalyzedArticle> sorted = versions.stream().sorted(Comparator.comparing(AnalyzedArticle::id)).toList();
    StoryIndex index = new StoryIndex(sorted, alignments);
    List<Finding> findings = new ArrayList<>();
    findings.addAll(new FigureFindings(index, storyId).find());
    findings.addAll(new QuoteFindings(index, storyId).find());
    findings.addAll(new StatementFindings(index, storyId).find());
    findings.sort(ORDER);
    return List.copyOf(findings);
  }
}
