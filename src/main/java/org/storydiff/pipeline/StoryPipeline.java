package org.storydiff.pipeline;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.storydiff.align.StoryAligner;
import org.storydiff.diff.FindingDetector;
import org.storydiff.diff.StoryDiff;
import org.storydiff.lineage.LineageFinder;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Published;
import org.storydiff.model.StoryResult;

/**
 * One story in, its alignments, fact groups and findings out: the plain-Java heart of the job,
 * called once per story by the Spark adapter and directly by tests. Thread-safe.
 *
 * <p>A story with more versions than {@code maxVersions} compares the earliest published ones (by
 * publication time, then article id; undated last) and names the rest in {@link
 * StoryResult#notCompared()}, so one runaway story cannot take unbounded time.
 */
public final class StoryPipeline {

  private static final Comparator<AnalyzedArticle> EARLIEST_FIRST =
      Comparator.comparing(
              (AnalyzedArticle v) -> v.article().publishedTime(),
              Comparator.nullsLast(Comparator.comparing(Published::instant)))
          .thenComparing(AnalyzedArticle::id);

  private final StoryAligner aligner = new StoryAligner();
  private final FindingDetector detector = new FindingDetector();
  private final LineageFinder lineageFinder = new LineageFinder();
  private final int maxVersions;

  public StoryPipeline() {
    this(PipelineLimits.defaults());
  }

  /**
   * @param limits of which {@link PipelineLimits#maxVersions()} applies here
   */
  public StoryPipeline(PipelineLimits limits) {
    this.maxVersions = limits.maxVersions();
  }

  public StoryResult process(String storyId, List<AnalyzedArticle> versions) {
    StoryResult sorted = StoryResult.uncompared(storyId, versions);
    if (!sorted.isMultiVersion()) {
      return sorted;
    }
    List<AnalyzedArticle> compared = sorted.versions();
    List<String> notCompared = List.of();
    if (compared.size() > maxVersions) {
      Set<String> kept =
          compared.stream()
              .sorted(EARLIEST_FIRST)
              .limit(maxVersions)
              .map(AnalyzedArticle::id)
              .collect(Collectors.toSet());
      notCompared =
          compared.stream().map(AnalyzedArticle::id).filter(id -> !kept.contains(id)).toList();
      compared = compared.stream().filter(v -> kept.contains(v.id())).toList();
    }
    List<Alignment> alignments = aligner.align(compared);
    StoryDiff diff = detector.diff(storyId, compared, alignments);
    return new StoryResult(
        storyId,
        sorted.versions(),
        alignments,
        diff.findings(),
        diff.groups(),
        notCompared,
        null,
        lineageFinder.find(sorted.versions(), compared, alignments));
  }
}
