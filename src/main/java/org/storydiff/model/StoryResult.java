package org.storydiff.model;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline computed for one story: its versions sorted by article id, the sentence
 * alignments between them and the findings. A story of one article has no alignments or findings.
 *
 * @param notCompared ids of versions that belong to the story but were left out of alignment and
 *     findings because the story has more versions than the limit allows (empty almost always)
 * @param failure null, or why the story could not be compared (an internal error, kept from
 *     failing the whole job); such a story has its versions but no alignments or findings
 */
public record StoryResult(
    String storyId,
    List<AnalyzedArticle> versions,
    List<Alignment> alignments,
    List<Finding> findings,
    List<String> notCompared,
    String failure)
    implements Serializable {

  public StoryResult {
    Objects.requireNonNull(storyId, "storyId");
    versions = versions.stream().sorted(Comparator.comparing(AnalyzedArticle::id)).toList();
    alignments = List.copyOf(alignments);
    findings = List.copyOf(findings);
    notCompared = notCompared.stream().sorted().toList();
  }

  /** A story whose versions were all compared. */
  public StoryResult(String storyId, List<AnalyzedArticle> versions, List<Alignment> alignments, List<Finding> findings) {
    this(storyId, versions, alignments, findings, List.of(), null);
  }

  /** A story compared without failure. */
  public StoryResult(String storyId, List<AnalyzedArticle> versions, List<Alignment> alignments, List<Finding> findings,
      List<String> notCompared) {
    this(storyId, versions, alignments, findings, notCompared, null);
  }

  /** The story's versions alone, with why they could not be compared. */
  public static StoryResult failed(String storyId, List<AnalyzedArticle> versions, String failure) {
    return new StoryResult(storyId, versions, List.of(), List.of(), List.of(), Objects.requireNonNull(failure));
  }

  /** This story with only the versions that were compared (itself when all were). */
  public StoryResult comparedOnly() {
    if (notCompared.isEmpty()) {
      return this;
    }
    java.util.Set<String> left = java.util.Set.copyOf(notCompared);
    return new StoryResult(storyId, versions.stream().filter(v -> !left.contains(v.id())).toList(), alignments,
        findings, List.of(), failure);
  }

  public boolean isMultiVersion() {
    return versions.size() > 1;
  }

  public AnalyzedArticle version(String articleId) {
    return versions.stream()
        .filter(v -> v.id().equals(articleId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no version " + articleId + " in " + storyId));
  }
}
