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
import org.storydiff.model.VersionLineage;

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
    return processTimed(storyId, versions).result();
  }

  /** A story's result and the time its steps took. */
  public record Timed(StoryResult result, StoryTimings timings) {}

  /**
   * {@link #process}, timed step by step, so the job can say what each step costs at scale; the
   * clock reads cost nanoseconds against the story's milliseconds.
   */
  public Timed processTimed(String storyId, List<AnalyzedArticle> versions) {
    long start = System.nanoTime();
    StoryResult sorted = StoryResult.uncompared(storyId, versions);
    if (!sorted.isMultiVersion()) {
      return new Timed(sorted, StoryTimings.total(System.nanoTime() - start));
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
    long alignStart = System.nanoTime();
    List<Alignment> alignments = aligner.align(compared);
    long diffStart = System.nanoTime();
    StoryDiff diff = detector.diff(storyId, compared, alignments);
    long lineageStart = System.nanoTime();
    List<VersionLineage> lineage = lineageFinder.find(sorted.versions(), compared, alignments);
    long lineageEnd = System.nanoTime();
    StoryResult result =
        new StoryResult(
            storyId,
            sorted.versions(),
            alignments,
            diff.findings(),
            diff.groups(),
            notCompared,
            null,
            lineage);
    long end = System.nanoTime();
    return new Timed(
        result,
        new StoryTimings(
            end - start,
            diffStart - alignStart,
            lineageStart - diffStart,
            lineageEnd - lineageStart));
  }
}
