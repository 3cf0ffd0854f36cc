package org.storydiff.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.broadcast.Broadcast;
import org.storydiff.cluster.ArticleSimilarity;
import org.storydiff.cluster.BlockingKeys;
import org.storydiff.cluster.CandidatePairs;
import org.storydiff.cluster.ClusterItem;
import org.storydiff.cluster.ClusterSettings;
import org.storydiff.cluster.DocumentFrequencies;
import org.storydiff.cluster.ScoringItem;
import scala.Tuple2;

/**
 * Candidate pairs and their raw similarity, in the cluster: each article goes to the block of each
 * of its blocking keys (so it is shipped at most {@code blockingKeys} times), each block yields its
 * pairs inside the time window ({@link CandidatePairs#ofBlock}) with their similarity, and a pair
 * found in several blocks is kept once. Blocks over {@code maxBlockSize} are skipped.
 */
final class ScorePairs {

  private ScorePairs() {}

  /**
   * @param items article number → article (numbers unique, in [0, 2^31))
   * @return {@link #pair}(smaller number, larger number) → raw similarity, each candidate pair once
   */
  static JavaPairRDD<Long, Double> apply(
      JavaPairRDD<Long, ClusterItem> items,
      Broadcast<DocumentFrequencies> df,
      ClusterSettings settings) {
    ArticleSimilarity similarity = new ArticleSimilarity(settings.maxDateGapDays());
    long maxDf = settings.maxDf(df.value().documents());
    int keys = settings.blockingKeys();
    int maxBlockSize = settings.maxBlockSize();
    int maxGap = settings.maxDateGapDays();
    return items
        .flatMapToPair(
            item -> {
              // Each block gets a copy: only what scoring needs, made once for all the copies.
              Tuple2<Long, ScoringItem> scored =
                  new Tuple2<>(item._1(), ScoringItem.of(item._2(), df.value()));
              List<Tuple2<Long, Tuple2<Long, ScoringItem>>> out = new ArrayList<>(keys);
              for (long key : BlockingKeys.select(item._2().vector(), df.value(), keys, maxDf)) {
                out.add(new Tuple2<>(key, scored));
              }
              if (df.value().isMultilingual() && item._2().language() != null) {
                for (long key :
                    BlockingKeys.acrossLanguages(item._2().vector(), df.value(), keys, maxDf)) {
                  out.add(new Tuple2<>(key, scored));
                }
              }
              return out.iterator();
            })
        .groupByKey()
        .flatMapToPair(
            block ->
                pairsOf(
                    block._2(),
                    BlockingKeys.isAcrossLanguages(block._1()),
                    maxBlockSize,
                    maxGap,
                    similarity))
        .reduceByKey((a, b) -> a);
  }

  /**
   * Two article numbers in one long, so the (large) pair datasets shuffle 8-byte keys. The low half
   * is the larger number XOR-ed with a scramble of the smaller, because Spark partitions and
   * combines by {@code Long.hashCode}, which is the XOR of the halves: with plain packing the pairs
   * of nearby articles share a handful of hash codes, and at a million articles two tasks spent
   * most of an hour probing one hash table.
   */
  static long pair(long smaller, long larger) {
    return (smaller << 32) | ((larger ^ scramble(smaller)) & 0xffffffffL);
  }

  static long first(long pair) {
    return pair >>> 32;
  }

  static long second(long pair) {
    return ((pair & 0xffffffffL) ^ scramble(first(pair))) & 0xffffffffL;
  }

  /**
   * {@code x} XOR MurmurHash3's 32-bit finalizer of {@code x}, so the hash code is the finalizer
   * XOR larger.
   */
  private static long scramble(long x) {
    int h = (int) x;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return (x ^ h) & 0xffffffffL;
  }

  private static Iterator<Tuple2<Long, Double>> pairsOf(
      Iterable<Tuple2<Long, ScoringItem>> block,
      boolean acrossLanguages,
      int maxBlockSize,
      int maxGap,
      ArticleSimilarity similarity) {
    List<Tuple2<Long, ScoringItem>> members = new ArrayList<>();
    block.forEach(members::add);
    List<Tuple2<Long, Double>> out = new ArrayList<>();
    if (members.size() > maxBlockSize) {
      return out.iterator();
    }
    members.sort(Comparator.comparing(m -> m._1()));
    List<Long> days = members.stream().map(m -> m._2().publishedEpochDay()).toList();
    CandidatePairs.ofBlock(
        days,
        maxGap,
        (i, j) -> {
          Tuple2<Long, ScoringItem> a = members.get(Math.min(i, j));
          Tuple2<Long, ScoringItem> b = members.get(Math.max(i, j));
          if (acrossLanguages && !a._2().isOtherLanguage(b._2())) {
            return;
          }
          out.add(new Tuple2<>(pair(a._1(), b._1()), similarity.raw(a._2(), b._2())));
        });
    return out.iterator();
  }
}
