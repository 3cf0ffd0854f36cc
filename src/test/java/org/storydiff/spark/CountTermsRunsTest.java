package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storydiff.cluster.ClusterFeatures;
import org.storydiff.cluster.TermHash;
import scala.Tuple2;

/** A partition's term counts, summed per chunk and then over chunks, are its articles' counts. */
class CountTermsRunsTest {

  private static final List<ClusterFeatures> ARTICLES =
      List.of(
          ClusterFeatures.of("a", Map.of("flood", 2.0, "river", 1.0, "n:134", 1.0), null),
          ClusterFeatures.of("b", Map.of("flood", 1.0, "river", 3.0), null),
          ClusterFeatures.of("c", Map.of("flood", 1.0, "e:red cross", 1.0), null),
          ClusterFeatures.of("d", Map.of("river", 1.0), null));

  @Test
  void everyTermIsCountedOncePerArticleWhateverTheChunkSize() {
    Map<Long, Integer> expected =
        Map.of(
            TermHash.of("flood"), 3,
            TermHash.of("river"), 3,
            TermHash.of("n:134"), 1,
            TermHash.of("e:red cross"), 1);
    for (int chunk : new int[] {1, 2, 3, 5, CountTerms.CHUNK_TERMS}) {
      assertThat(summed(new CountTerms.TermRuns(ARTICLES.iterator(), chunk)))
          .as("chunk of %d terms", chunk)
          .isEqualTo(new TreeMap<>(expected));
    }
  }

  @Test
  void aWholeChunkIsOnePairPerTerm() {
    var runs = new CountTerms.TermRuns(ARTICLES.iterator());
    int pairs = 0;
    while (runs.hasNext()) {
      runs.next();
      pairs++;
    }
    assertThat(pairs).isEqualTo(4);
  }

  @Test
  void noArticlesGiveNoPairs() {
    assertThat(new CountTerms.TermRuns(List.<ClusterFeatures>of().iterator()).hasNext()).isFalse();
  }

  private static Map<Long, Integer> summed(CountTerms.TermRuns runs) {
    Map<Long, Integer> out = new TreeMap<>();
    while (runs.hasNext()) {
      Tuple2<Long, Integer> run = runs.next();
      out.merge(run._1(), run._2(), Integer::sum);
    }
    return out;
  }
}
