package org.storydiff.report;

import java.io.Serializable;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Finding;
import org.storydiff.model.Published;
import org.storydiff.model.StoryResult;

/**
 * One line of the index page, small enough to collect on the Spark driver.
 *
 * @param headline never null (see {@link #of})
 * @param sources the distinct agencies, sorted case-insensitively
 * @param firstPublished the earliest publication time of a version, or null when none has one
 * @param lastPublished the latest publication time of a version, or null when none has one
 * @param versions number of articles in the story
 * @param findingCounts findings by {@code "<change>/<kind>"} (e.g. {@code "changed/figure"}),
 *     sorted by key; only non-zero counts appear
 * @param pageFile the story page's file name under {@code stories/}, see {@link
 *     ReportFiles#storyPageFile}
 * @param derivedVersions versions that copy another version of the story (wholly or partially)
 * @param ownSharePercent of all the versions' body sentences, the percentage that are their
 *     version's own (copied from no other version)
 */
public record StorySummary(
    String storyId,
    String headline,
    List<String> sources,
    Published firstPublished,
    Published lastPublished,
    int versions,
    Map<String, Integer> findingCounts,
    String pageFile,
    int derivedVersions,
    int ownSharePercent)
    implements Serializable {

  public StorySummary {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(pageFile, "pageFile");
    sources = List.copyOf(sources);
    findingCounts = Collections.unmodifiableSortedMap(new TreeMap<>(findingCounts));
  }

  /**
   * Summarizes a story. The headline is the title of the earliest version with a title, else the
   * first {@value Headlines#FALLBACK_WORDS} words of the earliest version's first non-boilerplate
   * sentence.
   */
  public static StorySummary of(StoryResult story) {
    List<AnalyzedArticle> byTime = Headlines.earliestFirst(story.versions());
    List<Published> dated =
        byTime.stream().map(v -> v.article().publishedTime()).filter(Objects::nonNull).toList();
    return new StorySummary(
        story.storyId(),
        Headlines.of(story),
        sources(story),
        dated.isEmpty() ? null : dated.get(0),
        dated.isEmpty() ? null : dated.get(dated.size() - 1),
        story.versions().size(),
        countFindings(story.findings()),
        ReportFiles.storyPageFile(story.storyId()),
        LineageViews.derivedVersions(story),
        LineageViews.storyOwnPercent(story));
  }

  /** The sum of the counts whose key starts with {@code change + "/"}, e.g. {@code "added"}. */
  public int countByChange(String change) {
    return sumWhere(key -> key.startsWith(change + "/"));
  }

  /** The sum of the counts whose key ends with {@code "/" + kind}, e.g. {@code "quote"}. */
  public int countByKind(String kind) {
    return sumWhere(key -> key.endsWith("/" + kind));
  }

  public int totalFindings() {
    return sumWhere(key -> true);
  }

  private int sumWhere(Predicate<String> keyFilter) {
    return findingCounts.entrySet().stream()
        .filter(e -> keyFilter.test(e.getKey()))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  private static List<String> sources(StoryResult story) {
    return story.versions().stream()
        .map(v -> v.article().source())
        .distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static SortedMap<String, Integer> countFindings(List<Finding> findings) {
    SortedMap<String, Integer> counts = new TreeMap<>();
    for (Finding f : findings) {
      counts.merge(f.change().wireName() + "/" + f.kind().wireName(), 1, Integer::sum);
    }
    return counts;
  }
}
