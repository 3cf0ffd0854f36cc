package org.storydiff.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
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
   * What blocking did, counted as it runs (for the log, to see how pair generation scales): the
   * copies of articles sent to blocks, those of them to blocks across languages, the blocks, the
   * blocks skipped as too large, and the pairs scored in blocks before duplicates are dropped.
   * Accumulators: a retried task may count twice.
   */
  record Counts(
      LongAccumulator copies,
      LongAccumulator copiesAcrossLanguages,
      LongAccumulator blocks,
      LongAccumulator oversizeBlocks,
      LongAccumulator pairsInBlocks)
      implements Serializable {

    static Counts register(JavaSparkContext jsc) {
      return new Counts(
          jsc.sc().longAccumulator("blocking copies"),
          jsc.sc().longAccumulator("blocking copies across languages"),
          jsc.sc().longAccumulator("blocks"),
          jsc.sc().longAccumulator("oversize blocks"),
          jsc.sc().longAccumulator("pairs in blocks"));
    }

    @Override
    public String toString() {
      return copies.value()
          + " copies to blocks ("
          + copiesAcrossLanguages.value()
          + " across languages), "
          + blocks.value()
          + " blocks ("
          + oversizeBlocks.value()
          + " skipped as too large), "
          + pairsInBlocks.value()
          + " pairs scored in blocks";
    }
  }

  /**
   * @param items article number → article (numbers unique, in [0, 2^31))
   * @return {@link #pair}(smaller number, larger number) → raw similarity, each candidate pair once
   */
  static JavaPairRDD<Long, Double> apply(
      JavaPairRDD<Long, ClusterItem> items,
      Broadcast<DocumentFrequencies> df,
      ClusterSettings settings,
      Counts counts) {
    ArticleSimilarity similarity = new ArticleSimilarity(settings.maxDateGapDays());
    long maxDf = settings.maxDf(df.value().documents());
    int keys = settings.blockingKeys();
    int maxBlockSize = settings.maxBlockSize();
    int maxGap = settings.maxDateGapDays();
    Broadcast<long[]> mixed =
        JavaSparkContext.fromSparkContext(items.context())
            .broadcast(
                df.value().isMultilingual()
                    ? keysInSeveralLanguages(items, df, keys, maxDf)
                    : new long[0]);
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
              // Empty unless the corpus is multilingual and some key is held in two languages.
              if (mixed.value().length > 0 && item._2().language() != null) {
                int ordinary = out.size();
                for (long key :
                    BlockingKeys.acrossLanguages(item._2().vector(), df.value(), keys, maxDf)) {
                  if (Arrays.binarySearch(mixed.value(), key) >= 0) {
                    out.add(new Tuple2<>(key, scored));
                  }
                }
                counts.copiesAcrossLanguages().add(out.size() - ordinary);
              }
              counts.copies().add(out.size());
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
                    similarity,
                    counts))
        .reduceByKey((a, b) -> a);
  }

  /** Stands for two or more languages where a key's languages are merged; no language tag. */
  private static final String SEVERAL_LANGUAGES = "*";

  /**
   * The keys across languages ({@link BlockingKeys#acrossLanguages}) that articles of two or more
   * languages hold, sorted. A block across languages pairs only articles of two languages, so the
   * other keys' blocks yield nothing, yet each would be sent a copy of its articles: in a corpus of
   * one main language with a few articles in others (or misdetected) that was half of all copies
   * (100k real English articles: 764,438 of 1,558,555). Counting a key's languages shuffles a key
   * and a language tag, not the article's vector.
   */
  private static long[] keysInSeveralLanguages(
      JavaPairRDD<Long, ClusterItem> items,
      Broadcast<DocumentFrequencies> df,
      int keys,
      long maxDf) {
    List<Long> mixed =
        items
            .flatMapToPair(
                item -> {
                  String language = item._2().language();
                  List<Tuple2<Long, String>> out = new ArrayList<>(keys);
                  if (language != null) {
                    for (long key :
                        BlockingKeys.acrossLanguages(item._2().vector(), df.value(), keys, maxDf)) {
                      out.add(new Tuple2<>(key, language));
                    }
                  }
                  return out.iterator();
                })
            .reduceByKey((a, b) -> a.equals(b) ? a : SEVERAL_LANGUAGES)
            .filter(keyed -> keyed._2().equals(SEVERAL_LANGUAGES))
            .keys()
            .collect();
    return mixed.stream().mapToLong(Long::longValue).sorted().toArray();
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
      ArticleSimilarity similarity,
      Counts counts) {
    List<Tuple2<Long, ScoringItem>> members = new ArrayList<>();
    block.forEach(members::add);
    List<Tuple2<Long, Double>> out = new ArrayList<>();
    counts.blocks().add(1);
    if (members.size() > maxBlockSize) {
      counts.oversizeBlocks().add(1);
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
    counts.pairsInBlocks().add(out.size());
    return out.iterator();
  }
}
