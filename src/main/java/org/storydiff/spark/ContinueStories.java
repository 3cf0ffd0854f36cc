package org.storydiff.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.cluster.PreviousStoryMatcher;
import org.storydiff.cluster.StoryLedger;
import org.storydiff.cluster.StorySketch;
import org.storydiff.cluster.StoryStatus;
import scala.Tuple2;

/**
 * Incremental runs, distributed: the same steps and results as {@code
 * cluster.LocalStoryContinuation}. This run's stories and the previous output's meet in blocks of a
 * shared key (groupByKey), each block scores its pairs ({@link PreviousStoryMatcher}); only the
 * pairs that reach the threshold, about one per continuing story, go to the driver for the
 * one-to-one assignment. The {@code stories/} rows then come from a cogroup of this run's stories
 * (under the id they keep or take) with the earlier ones ({@link StoryLedger}).
 */
final class ContinueStories {

  /**
   * @param links story id of this run → earlier id it takes (on the driver: one entry per
   *     continuing story)
   * @param stories the run's {@code stories/} rows (persisted; the caller unpersists)
   * @param continued stories of this run that took an earlier id
   * @param carried earlier stories kept without a new article
   * @param expired earlier stories dropped: out of the time window
   */
  record Result(
      Map<String, String> links,
      JavaRDD<StorySketch> stories,
      long continued,
      long carried,
      long expired) {

    /** Without --previous: every story keeps its id. */
    static Result none(JavaRDD<StorySketch> stories) {
      return new Result(Map.of(), stories, 0, 0, 0);
    }
  }

  /** A story in a block, tagged with its side. */
  private record Side(boolean earlier, StorySketch story) implements Serializable {}

  private ContinueStories() {}

  static Result apply(
      JavaSparkContext jsc,
      JavaRDD<StorySketch> stories,
      JavaRDD<StorySketch> previous,
      ClusterSettings settings) {
    PreviousStoryMatcher matcher = new PreviousStoryMatcher(settings);
    StoryLedger ledger = new StoryLedger(settings.maxDateGapDays());
    JavaPairRDD<String, StorySketch> earlier =
        previous
            .mapToPair(s -> new Tuple2<>(s.storyId(), s))
            .reduceByKey(StoryLedger::preferred)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long earlierCount = earlier.count();
    Map<String, String> links =
        PreviousStoryMatcher.assign(candidates(stories, earlier.values(), matcher));
    Broadcast<Map<String, String>> linked = jsc.broadcast(links);
    Long runDay = runDay(stories);

    JavaRDD<StorySketch> rows =
        stories
            .mapToPair(s -> new Tuple2<>(linked.value().getOrDefault(s.storyId(), s.storyId()), s))
            .cogroup(earlier)
            .flatMap(
                g ->
                    ledger.next(first(g._2()._1()), first(g._2()._2()), runDay).stream().iterator())
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long carried = rows.filter(s -> s.status() == StoryStatus.CARRIED).count();
    earlier.unpersist();
    return new Result(links, rows, links.size(), carried, earlierCount - links.size() - carried);
  }

  /** The scored pairs that reach the threshold, each once, collected. */
  private static List<PreviousStoryMatcher.Candidate> candidates(
      JavaRDD<StorySketch> stories, JavaRDD<StorySketch> earlier, PreviousStoryMatcher matcher) {
    JavaPairRDD<Long, Side> today = stories.flatMapToPair(s -> keyed(matcher, new Side(false, s)));
    return today
        .union(earlier.flatMapToPair(s -> keyed(matcher, new Side(true, s))))
        .groupByKey()
        .flatMap(block -> scored(block._2(), matcher))
        .mapToPair(c -> new Tuple2<>(new Tuple2<>(c.storyId(), c.previousId()), c))
        .reduceByKey((a, b) -> a)
        .values()
        .collect();
  }

  private static Iterator<Tuple2<Long, Side>> keyed(PreviousStoryMatcher matcher, Side side) {
    List<Tuple2<Long, Side>> out = new ArrayList<>();
    for (long key : matcher.keys(side.story())) {
      out.add(new Tuple2<>(key, side));
    }
    return out.iterator();
  }

  private static Iterator<PreviousStoryMatcher.Candidate> scored(
      Iterable<Side> block, PreviousStoryMatcher matcher) {
    List<StorySketch> today = new ArrayList<>();
    List<StorySketch> earlier = new ArrayList<>();
    block.forEach(s -> (s.earlier() ? earlier : today).add(s.story()));
    List<PreviousStoryMatcher.Candidate> out = new ArrayList<>();
    if (!today.isEmpty() && !earlier.isEmpty()) {
      today.sort(Comparator.comparing(StorySketch::storyId));
      earlier.sort(Comparator.comparing(StorySketch::storyId));
      matcher.scoreBlock(today, earlier, out::add);
    }
    return out.iterator();
  }

  /** The latest publication day of this run's articles, null when none is dated. */
  private static Long runDay(JavaRDD<StorySketch> stories) {
    long latest =
        stories
            .map(s -> s.lastDay() == null ? Long.MIN_VALUE : s.lastDay())
            .fold(Long.MIN_VALUE, Math::max);
    return latest == Long.MIN_VALUE ? null : latest;
  }

  private static <T> T first(Iterable<T> values) {
    Iterator<T> it = values.iterator();
    return it.hasNext() ? it.next() : null;
  }
}
