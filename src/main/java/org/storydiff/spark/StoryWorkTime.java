package org.storydiff.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.storydiff.model.StoryResult;
import org.storydiff.pipeline.StoryPipeline;
import org.storydiff.pipeline.StoryTimings;

/**
 * Task time of the stories stage, summed over all stories and cores: the per-story work as the
 * Spark adapter sees it, and the pipeline's steps inside it ({@link StoryTimings}). The stage's
 * wall seconds mix in the shuffle and the cores' overlap; these sums say what each step costs, so a
 * step's share (lineage's, against issue 17's 10% budget) can be read from any run. Read them right
 * after the action that computes the stories: a later recomputation of an evicted partition would
 * add its work again.
 */
final class StoryWorkTime implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LongAccumulator story;
  private final LongAccumulator align;
  private final LongAccumulator findings;
  private final LongAccumulator lineage;

  StoryWorkTime(JavaSparkContext jsc) {
    this.story = jsc.sc().longAccumulator("story work ns");
    this.align = jsc.sc().longAccumulator("story align ns");
    this.findings = jsc.sc().longAccumulator("story findings ns");
    this.lineage = jsc.sc().longAccumulator("story lineage ns");
  }

  /** Adds one story's step times and hands its result on. */
  StoryResult steps(StoryPipeline.Timed timed) {
    StoryTimings t = timed.timings();
    align.add(t.alignNanos());
    findings.add(t.findingsNanos());
    lineage.add(t.lineageNanos());
    return timed.result();
  }

  /** Adds one story's whole work, failed stories included. */
  void story(long nanos) {
    story.add(nanos);
  }

  /**
   * Seconds by part, in summary.json's order: {@code stories} (the whole per-story work), then
   * {@code align}, {@code findings} and {@code lineage} inside it.
   */
  Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("stories", story.value() / 1e9);
    out.put("align", align.value() / 1e9);
    out.put("findings", findings.value() / 1e9);
    out.put("lineage", lineage.value() / 1e9);
    return out;
  }
}
