package org.storydiff.spark;

import org.apache.spark.api.java.JavaRDD;

/**
 * How many partitions the articles are spread over after reading. Reading keeps one task per input
 * file (so each record keeps its line number), which leaves a single large file in a single
 * partition; every later stage inherits its parent's partition count, so without spreading the
 * whole job would run on one core. Four partitions per core even out uneven stories; beyond that, a
 * partition holds about {@value #ARTICLES_PER_PARTITION} articles, so a task's working set stays
 * small whatever the corpus size. The count changes only how work is split, never the output (rows
 * are sorted by their keys when written). Public for the benchmark's floor pass ({@code
 * src/bench}), which spreads its records as the job does.
 */
public final class Partitions {

  static final int PER_CORE = 4;
  static final long ARTICLES_PER_PARTITION = 2_500;

  private Partitions() {}

  static int forArticles(int defaultParallelism, long articles) {
    long bySize = (articles + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION;
    return (int)
        Math.min(Integer.MAX_VALUE, Math.max((long) defaultParallelism * PER_CORE, bySize));
  }

  /**
   * Input bytes per partition when the lines of large files are spread to be parsed: a task's
   * parsed records are cached as one block, which must fit in the heap beside the other tasks'.
   */
  static final long INPUT_BYTES_PER_PARTITION = 32L << 20;

  /** Partitions for parsing {@code bytes} of JSON Lines: four per core, more for large inputs. */
  static int forInputBytes(int defaultParallelism, long bytes) {
    long bySize = (bytes + INPUT_BYTES_PER_PARTITION - 1) / INPUT_BYTES_PER_PARTITION;
    return (int)
        Math.min(Integer.MAX_VALUE, Math.max((long) defaultParallelism * PER_CORE, bySize));
  }

  /** The records shuffled into {@link #forArticles} partitions. */
  public static <T> JavaRDD<T> spread(JavaRDD<T> records, long count) {
    return records.repartition(forArticles(records.context().defaultParallelism(), count));
  }
}
