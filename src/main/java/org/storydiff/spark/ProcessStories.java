package org.storydiff.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.StoryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storydiff.pipeline.FailSafe;
import org.storydiff.pipeline.PipelineLimits;
import org.storydiff.pipeline.StoryPipeline;
import scala.Tuple2;

/** Groups analyzed articles by story and runs the plain-Java story pipeline on each group. */
final class ProcessStories {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessStories.class);

  private ProcessStories() {}

  static JavaRDD<StoryResult> apply(JavaRDD<AnalyzedArticle> analyzed, JavaPairRDD<String, String> storyIds,
      PipelineLimits limits) {
    return analyzed
        .mapToPair(a -> new Tuple2<>(a.id(), a))
        .join(storyIds)
        .mapToPair(joined -> new Tuple2<>(joined._2()._2(), joined._2()._1()))
        .groupByKey()
        .mapPartitions(stories -> process(stories, limits));
  }

  private static Iterator<StoryResult> process(Iterator<Tuple2<String, Iterable<AnalyzedArticle>>> stories,
      PipelineLimits limits) {
    StoryPipeline pipeline = new StoryPipeline(limits);
    List<StoryResult> out = new ArrayList<>();
    stories.forEachRemaining(story -> {
      List<AnalyzedArticle> versions = new ArrayList<>();
      story._2().forEach(versions::add);
      StoryResult result = FailSafe.process(story._1(), versions, pipeline::process);
      if (result.failure() != null) {
        LOG.error("story {} ({} versions) {}", result.storyId(), versions.size(), result.failure());
      }
      out.add(result);
    });
    return out.iterator();
  }
}
