package org.storydiff.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.StoryResult;
import org.storydiff.pipeline.FailSafe;
import org.storydiff.pipeline.PipelineLimits;
import org.storydiff.pipeline.StoryPipeline;
import org.storydiff.report.StoryPageRenderer;
import scala.Tuple2;

/**
 * Groups analyzed articles by story and runs the plain-Java story pipeline on each group. The
 * articles are shuffled once, straight into their story groups: the article → story pairs (two ids
 * an article) are shuffled to the partitions that already hold their articles (the articles stay
 * where de-duplication put them, by article id), met there partition by partition, and never pass
 * through the driver. Each article crosses the shuffle as the bytes analysis serialized it into
 * ({@link AnalyzeArticles.Row}), not as an object graph: the group-by's in-memory map estimates its
 * own size as it grows by walking a sample of its values, and over analysed articles (thousands of
 * small objects each) that walk cost more than a tenth of the whole job's CPU time.
 */
final class ProcessStories {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessStories.class);

  private ProcessStories() {}

  /**
   * @param analyzed each article's id and serialized form ({@link AnalyzeArticles.Row}), laid out
   *     by {@code byId} ({@link DeduplicateIds.Result})
   * @param byId the partitioner that laid out {@code analyzed}
   * @param storyOf article id → story id, for every analyzed article (other ids are ignored)
   * @param time where the per-story work's time is summed
   * @param format the datasets' format, which decides how the rows are kept ({@link
   *     StoryOutput.Encoder})
   */
  static JavaRDD<StoryOutput> apply(
      JavaPairRDD<String, byte[]> analyzed,
      Partitioner byId,
      JavaPairRDD<String, String> storyOf,
      PipelineLimits limits,
      StoryWorkTime time,
      WriteReport.Pages pages,
      String format) {
    if (byId.numPartitions() != analyzed.getNumPartitions()) {
      throw new IllegalArgumentException(
          "articles in "
              + analyzed.getNumPartitions()
              + " partitions cannot be laid out by a partitioner of "
              + byId.numPartitions());
    }
    return analyzed
        .zipPartitions(storyOf.partitionBy(byId), ProcessStories::withStories)
        .mapToPair(story -> story)
        .groupByKey()
        .mapPartitions(stories -> process(stories, limits, time, pages, format));
  }

  /** Each article of a partition under its story id, from the same partition's pairs. */
  private static Iterator<Tuple2<String, byte[]>> withStories(
      Iterator<Tuple2<String, byte[]>> articles, Iterator<Tuple2<String, String>> stories) {
    Map<String, String> storyOf = new HashMap<>();
    stories.forEachRemaining(s -> storyOf.put(s._1(), s._2()));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public Tuple2<String, byte[]> next() {
        Tuple2<String, byte[]> a = articles.next();
        String story = storyOf.get(a._1());
        if (story == null) {
          // Either clustering lost the article or the articles are not laid out by byId.
          throw new IllegalStateException("no story for article " + a._1() + " in its partition");
        }
        return new Tuple2<>(story, a._2());
      }
    };
  }

  /** Each story compared, its page written and its rows made, one story in memory at a time. */
  private static Iterator<StoryOutput> process(
      Iterator<Tuple2<String, Iterable<byte[]>>> stories,
      PipelineLimits limits,
      StoryWorkTime time,
      WriteReport.Pages pages,
      String format) {
    StoryPipeline pipeline = new StoryPipeline(limits);
    StoryPageRenderer renderer = new StoryPageRenderer();
    SerializedBytes bytes = new SerializedBytes();
    StoryOutput.Encoder rows = new StoryOutput.Encoder(format);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return stories.hasNext();
      }

      @Override
      public StoryOutput next() {
        Tuple2<String, Iterable<byte[]>> story = stories.next();
        List<AnalyzedArticle> versions = new ArrayList<>();
        story._2().forEach(b -> versions.add(AnalyzeArticles.article(b, bytes)));
        long start = System.nanoTime();
        StoryResult result =
            FailSafe.process(
                story._1(), versions, (id, v) -> time.steps(pipeline.processTimed(id, v)));
        time.story(System.nanoTime() - start);
        if (result.failure() != null) {
          LOG.error(
              "story {} ({} versions) {}", result.storyId(), versions.size(), result.failure());
        }
        return StoryOutput.of(result, pages.write(result, renderer), rows);
      }
    };
  }
}
