package org.storydiff.pipeline;

import java.util.List;
import org.storydiff.align.StoryAligner;
import org.storydiff.diff.FindingDetector;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.StoryResult;

/**
 * One story in, its alignments and findings out: the plain-Java heart of the job, called once per
 * story by the Spark adapter and directly by tests. Thread-safe.
 */
public final class StoryPipeline {

  private final StoryAligner aligner = new StoryAligner();
  private final FindingDetector detector = new FindingDetector();

  public StoryResult process(String storyId, List<AnalyzedArticle> versions) {
    StoryResult sorted = new StoryResult(storyId, versions, List.of(), List.of());
    if (!sorted.isMultiVersion()) {
      return sorted;
    }
    List<Alignment> alignments = aligner.align(sorted.versions());
    return new StoryResult(
        storyId, sorted.versions(), alignments, detector.find(storyId, sorted.versions(), alignments));
  }
}
