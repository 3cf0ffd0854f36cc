package org.storydiff.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
            .flatMapToPair(
                f -> {
                  List<Tuple2<Long, Integer>> out = new ArrayList<>(f.size());
                  for (int i = 0; i < f.size(); i++) {
                    out.add(new Tuple2<>(f.termAt(i), 1));
                  }
                  return out.iterator();
                })
            .reduceByKey(Integer::sum)
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
