package org.storydiff.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.storydiff.ingest.IngestOutcome;
import org.storydiff.model.Rejection;

/**
 * Ids must be unique within a run: of the records sharing an id, the first in input order (file
 * name, then line or row) is kept and every later one is rejected, naming where the kept one is.
 */
final class DeduplicateIds {

  /**
   * @param articles the kept articles, laid out by {@code byId}: each partition holds the ids that
   *     {@code byId} sends to it, and stays so through map, filter and mapPartitions steps
   * @param byId the partitioner of article ids that laid out {@code articles}, so that a small
   *     dataset keyed by article id can be brought beside them without moving the articles
   */
  record Result(
      JavaRDD<IngestOutcome.Accepted> articles,
      JavaRDD<Rejection> rejections,
      Partitioner byId,
      LongAccumulator duplicates,
      JavaPairRDD<String, Iterable<IngestOutcome.Accepted>> groups) {

    /** Drops the cached groups of records by id, once the articles and rejections are read. */
    void release() {
      groups.unpersist(false);
    }

    /**
     * Whether reading {@code articles} met a repeated id, so {@code rejections} need be read at
     * all: known once {@code articles} has been read. (A retried task counts twice, which never
     * turns a count of duplicates into zero or zero into more.)
     */
    boolean metDuplicates() {
      return duplicates.value() > 0;
    }
  }

  private DeduplicateIds() {}

  /**
   * @param partitions how many partitions the kept articles are spread over (every later stage
   *     inherits it; see {@link Partitions})
   */
  static Result apply(JavaRDD<IngestOutcome.Accepted> accepted, int partitions) {
    // Both outputs read the same groups: shuffle once.
    Partitioner layout = new HashPartitioner(partitions);
    var byId =
        accepted
            .keyBy(a -> a.article().id())
            .groupByKey(layout)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    LongAccumulator duplicates = accepted.context().longAccumulator("duplicate ids");
    JavaRDD<IngestOutcome.Accepted> articles =
        byId.map(
            group -> {
              int records = 0;
              for (var record : group._2()) {
                records++;
              }
              duplicates.add(records - 1);
              return first(group._2());
            });
    JavaRDD<Rejection> rejections =
        byId.flatMap(group -> duplicates(group._1(), group._2()).iterator());
    return new Result(articles, rejections, layout, duplicates, byId);
  }

  private static IngestOutcome.Accepted first(Iterable<IngestOutcome.Accepted> records) {
    IngestOutcome.Accepted first = null;
    for (IngestOutcome.Accepted a : records) {
      if (first == null || InputOrder.COMPARATOR.compare(a.input(), first.input()) < 0) {
        first = a;
      }
    }
    return first;
  }

  private static List<Rejection> duplicates(String id, Iterable<IngestOutcome.Accepted> records) {
    IngestOutcome.Accepted kept = first(records);
    List<Rejection> out = new ArrayList<>();
    for (IngestOutcome.Accepted a : records) {
      if (a != kept) {
        out.add(
            new Rejection(
                a.input(),
                "duplicate id \"" + id + "\": first seen at " + kept.input() + ", which is kept"));
      }
    }
    out.sort(Comparator.comparing(Rejection::input, InputOrder.COMPARATOR));
    return out;
  }
}
