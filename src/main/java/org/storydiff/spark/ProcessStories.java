package org.storydiff.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.StoryResult;
import org.storydiff.pipeline.FailSafe;
import org.storydiff.pipeline.PipelineLimits;
import org.storydiff.pipeline.StoryPipeline;
import scala.Tuple2;

/**
 * Groups analyzed articles by story and runs the plain-Java story pipeline on each group. The
 * article -> story map is small (two ids an article) and broadcast, so the articles are shuffled
 * once, straight into their story groups, instead of once to join their story id and again to
 * group.
 */
final class ProcessStories {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessStories.class);

  private ProcessStories() {}

  static JavaRDD<StoryResult> apply(
      JavaRDD<AnalyzedArticle> analyzed,
      Broadcast<Map<String, String>> storyOf,
      PipelineLimits limits) {
    return analyzed
        .mapToPair(
            a ->
                new Tuple2<>(
                    Objects.requireNonNull(storyOf.value().get(a.id()), "no story for an article"),
                    a))
        .groupByKey()
        .mapPartitions(stories -> process(stories, limits));
  }

  private static Iterator<StoryResult> process(
      Iterator<Tuple2<String, Iterable<AnalyzedArticle>>> stories, PipelineLimits limits) {
    StoryPipeline pipeline = new StoryPipeline(limits);
    List<StoryResult> out = new ArrayList<>();
    stories.forEachRemaining(
        story -> {
          List<AnalyzedArticle> versions = new ArrayList<>();
          story._2().forEach(versions::add);
          StoryResult result = FailSafe.process(story._1(), versions, pipeline::process);
          if (result.failure() != null) {
            LOG.error(
                "story {} ({} versions) {}", result.storyId(), versions.size(), result.failure());
          }
          out.add(result);
        });
    return out.iterator();
  }
}
