package org.storydiff.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.storydiff.cluster.ClusterFeatures;
import org.storydiff.cluster.DocumentFrequencies;
import scala.Tuple2;

/**
 * Document frequencies of clustering terms, counted in the cluster. Only the shared terms (held by
 * two articles or more) reach the driver, packed as primitive arrays per partition: the table grows
 * with the shared vocabulary (about 12 bytes a term), not with the corpus. Whether the corpus holds
 * two or more languages is found with the article count ({@link Census}).
 */
final class CountTerms {

  private CountTerms() {}

  /**
   * The number of articles and whether they hold two or more languages, in one pass: the features
   * are read from disk, and at a million articles each pass over them costs a minute.
   */
  record Census(long articles, String language, boolean severalLanguages) implements Serializable {

    static final Census EMPTY = new Census(0, null, false);

    static Census of(JavaRDD<ClusterFeatures> features) {
      return features.aggregate(EMPTY, Census::add, Census::merge);
    }

    Census add(ClusterFeatures f) {
      return merge(new Census(1, f.language(), false));
    }

    Census merge(Census other) {
      boolean several =
          severalLanguages
              || other.severalLanguages
              || (language != null && other.language != null && !language.equals(other.language));
      return new Census(
          articles + other.articles, language != null ? language : other.language, several);
    }
  }

  static DocumentFrequencies of(JavaRDD<ClusterFeatures> features, Census census) {
    long documents = census.articles();
    List<Tuple2<long[], int[]>> chunks =
        features
            .mapPartitionsToPair(TermRuns::new)
            // each chunk already summed its runs: a map-side combine would hash every one again
            .combineByKey(
                count -> count,
                Integer::sum,
                Integer::sum,
                new HashPartitioner(features.getNumPartitions()),
                false,
                null)
            .filter(t -> t._2() >= DocumentFrequencies.MIN_DF)
            .mapPartitions(CountTerms::pack)
            .collect();
    int total = chunks.stream().mapToInt(c -> c._1().length).sum();
    long[] ids = new long[total];
    int[] counts = new int[total];
    int at = 0;
    for (Tuple2<long[], int[]> c : chunks) {
      System.arraycopy(c._1(), 0, ids, at, c._1().length);
      System.arraycopy(c._2(), 0, counts, at, c._2().length);
      at += c._1().length;
    }
    DocumentFrequencies df = DocumentFrequencies.of(documents, ids, counts);
    return census.severalLanguages() ? df.multilingual() : df;
  }

  /** Term ids gathered from this many features at most before they are sorted and counted. */
  static final int CHUNK_TERMS = 1 << 22;

  /**
   * A partition's terms as (term, articles) pairs: ids gathered into a primitive chunk of at most
   * {@link #CHUNK_TERMS} (32 MB), sorted, and counted as runs, so each term of a chunk is one pair
   * rather than one boxed pair per article. A term in several chunks gives a pair for each; the
   * shuffle's sum adds them. An article's terms are distinct, so a run's length is the number of
   * the chunk's articles holding the term.
   */
  static final class TermRuns implements Iterator<Tuple2<Long, Integer>> {
    private final Iterator<ClusterFeatures> features;
    private final int chunkTerms;
    private long[] chunk = new long[0];
    private int size;
    private int at;

    TermRuns(Iterator<ClusterFeatures> features) {
      this(features, CHUNK_TERMS);
    }

    TermRuns(Iterator<ClusterFeatures> features, int chunkTerms) {
      this.features = features;
      this.chunkTerms = chunkTerms;
    }

    @Override
    public boolean hasNext() {
      if (at < size) {
        return true;
      }
      fill();
      return at < size;
    }

    @Override
    public Tuple2<Long, Integer> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      long term = chunk[at];
      int end = at + 1;
      while (end < size && chunk[end] == term) {
        end++;
      }
      Tuple2<Long, Integer> run = new Tuple2<>(term, end - at);
      at = end;
      return run;
    }

    private void fill() {
      size = 0;
      at = 0;
      while (features.hasNext() && size < chunkTerms) {
        ClusterFeatures f = features.next();
        if (size + f.size() > chunk.length) {
          chunk = Arrays.copyOf(chunk, Math.max(size + f.size(), chunk.length * 2 + 1024));
        }
        for (int i = 0; i < f.size(); i++) {
          chunk[size++] = f.termAt(i);
        }
      }
      Arrays.sort(chunk, 0, size);
    }
  }

  private static Iterator<Tuple2<long[], int[]>> pack(Iterator<Tuple2<Long, Integer>> terms) {
    List<Long> ids = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    terms.forEachRemaining(
        t -> {
          ids.add(t._1());
          counts.add(t._2());
        });
    return List.of(
            new Tuple2<>(
                ids.stream().mapToLong(Long::longValue).toArray(),
                counts.stream().mapToInt(Integer::intValue).toArray()))
        .iterator();
  }
}
