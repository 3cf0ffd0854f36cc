package org.storydiff.model;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline computed for one story: its versions sorted by article id, the sentence
 * alignments between them, the findings and the fact groups the findings are about. A story of one
 * article has no alignments, findings or groups.
 *
 * @param groups each figure, quote and statement of the compared versions' body sentences across
 *     versions, as the diff grouped them; every finding names one by its {@code groupId}. Facts
 *     outside these groups (headlines, captions, versions not compared) are each their own group.
 * @param notCompared ids of versions that belong to the story but were left out of alignment and
 *     findings because the story has more versions than the limit allows (empty almost always)
 * @param failure null, or why the story could not be compared (an internal error, kept from failing
 *     the whole job); such a story has its versions but no alignments or findings
 * @param lineage which version copied which: one row per version of a multi-version story, in
 *     article id order; empty for a story of one article
 */
public record StoryResult(
    String storyId,
    List<AnalyzedArticle> versions,
    List<Alignment> alignments,
    List<Finding> findings,
    List<FactGroup> groups,
    List<String> notCompared,
    String failure,
    List<VersionLineage> lineage)
    implements Serializable {

  public StoryResult {
    Objects.requireNonNull(storyId, "storyId");
    versions = versions.stream().sorted(Comparator.comparing(AnalyzedArticle::id)).toList();
    alignments = List.copyOf(alignments);
    findings = List.copyOf(findings);
    groups = List.copyOf(groups);
    notCompared = notCompared.stream().sorted().toList();
    lineage = lineage.stream().sorted(Comparator.comparing(VersionLineage::articleId)).toList();
  }

  /** A story whose versions were all compared. */
  public StoryResult(
      String storyId,
      List<AnalyzedArticle> versions,
      List<Alignment> alignments,
      List<Finding> findings,
      List<FactGroup> groups) {
    this(storyId, versions, alignments, findings, groups, List.of(), null, List.of());
  }

  /** A story compared without failure. */
  public StoryResult(
      String storyId,
      List<AnalyzedArticle> versions,
      List<Alignment> alignments,
      List<Finding> findings,
      List<FactGroup> groups,
      List<String> notCompared) {
    this(storyId, versions, alignments, findings, groups, notCompared, null, List.of());
  }

  /**
   * A story of versions not compared, e.g. a story of one article: no alignments, findings or
   * groups.
   */
  public static StoryResult uncompared(String storyId, List<AnalyzedArticle> versions) {
    return new StoryResult(
        storyId, versions, List.of(), List.of(), List.of(), List.of(), null, List.of());
  }

  /** The story's versions alone, with why they could not be compared. */
  public static StoryResult failed(String storyId, List<AnalyzedArticle> versions, String failure) {
    return new StoryResult(
        storyId,
        versions,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Objects.requireNonNull(failure),
        List.of());
  }

  /** This story with only the versions that were compared (itself when all were). */
  public StoryResult comparedOnly() {
    if (notCompared.isEmpty()) {
      return this;
    }
    java.util.Set<String> left = java.util.Set.copyOf(notCompared);
    return new StoryResult(
        storyId,
        versions.stream().filter(v -> !left.contains(v.id())).toList(),
        alignments,
        findings,
        groups,
        List.of(),
        failure,
        lineage.stream().filter(l -> !left.contains(l.articleId())).toList());
  }

  /** This story with its lineage rows. */
  public StoryResult withLineage(List<VersionLineage> rows) {
    return new StoryResult(
        storyId, versions, alignments, findings, groups, notCompared, failure, rows);
  }

  public boolean isMultiVersion() {
    return versions.size() > 1;
  }

  public AnalyzedArticle version(String articleId) {
    return versions.stream()
        .filter(v -> v.id().equals(articleId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no version " + articleId + " in " + storyId));
  }
}
