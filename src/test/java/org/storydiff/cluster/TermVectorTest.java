package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermVectorTest {

  /** Document frequencies where every given term is held by {@code df} of {@code n} articles. */
  private static DocumentFrequencies dfs(long n, Map<String, Integer> df) {
    Map<Long, Integer> byId = new java.util.HashMap<>();
    df.forEach((t, c) -> byId.put(TermHash.of(t), c));
    return DocumentFrequencies.of(n, byId);
  }

  private static ClusterFeatures features(Map<String, Double> tf) {
    return ClusterFeatures.of("a", tf, null);
  }

  @Test
  void weighsLogTfTimesIdfAndNormalizes() {
    DocumentFrequencies df = dfs(10, Map.of("quake", 10, "town", 10));
    TermVector v = TermVector.weigh(features(Map.of("quake", Math.E, "town", 1.0)), df, 10);

    // idf is 1 for both; quake: 1 + 1.5 ln(e) = 2.5, town: 1; normalized by sqrt(7.25)
    assertThat(v.weight("quake")).isCloseTo(2.5 / Math.sqrt(7.25), within(1e-6));
    assertThat(v.weight("town")).isCloseTo(1 / Math.sqrt(7.25), within(1e-6));
    assertThat(v.cosine(v)).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void cosineOfDisjointVectorsIsZeroAndOfSharedTermsPositive() {
    TermVector a = TermVector.of(Map.of("quake", 1.0, "town", 1.0));
    TermVector b = TermVector.of(Map.of("quake", 1.0, "rescue", 1.0));
    TermVector c = TermVector.of(Map.of("election", 1.0));

    assertThat(a.cosine(b)).isCloseTo(0.5, within(1e-6));
    assertThat(b.cosine(a)).isCloseTo(a.cosine(b), within(1e-12));
    assertThat(a.cosine(c)).isZero();
    assertThat(a.cosine(TermVector.empty())).isZero();
  }

  @Test
  void keepsTheHeaviestTerms() {
    DocumentFrequencies df = dfs(10, Map.of("delta", 5, "alpha", 5, "charlie", 5, "bravo", 5));
    TermVector v =
        TermVector.weigh(
            features(Map.of("delta", 1.0, "alpha", 2.0, "charlie", 1.0, "bravo", 5.0)), df, 2);

    assertThat(v.size()).isEqualTo(2);
    assertThat(v.topTerms(5)).containsExactly(TermHash.of("bravo"), TermHash.of("alpha"));
  }

  @Test
  void idfDecidesWhichTermsWeighMost() {
    DocumentFrequencies df = dfs(1000, Map.of("common", 900, "rare", 2));
    TermVector v = TermVector.weigh(features(Map.of("common", 3.0, "rare", 1.0)), df, 10);

    assertThat(v.topTerms(1)).containsExactly(TermHash.of("rare"));
  }

  /** Pins why unique names stay: two single reports of two fires must not look alike. */
  @Test
  void aWordNoOtherArticleHasIsDroppedButAUniqueNameNumberOrDateStays() {
    DocumentFrequencies df = dfs(100, Map.of("fire", 20));
    TermVector v =
        TermVector.weigh(
            features(
                Map.of("fire", 1.0, "zyxtor", 1.0, "e:zyxtor", 1.0, "n:431", 1.0, "d:03-02", 1.0)),
            df,
            10);

    assertThat(v.weight("zyxtor")).isZero();
    assertThat(v.weight("e:zyxtor")).isPositive();
    assertThat(v.weight("n:431")).isPositive();
    assertThat(v.weight("d:03-02")).isPositive();
    assertThat(v.weight("e:zyxtor")).isGreaterThan(v.weight("fire"));
  }

  @Test
  void dropsTermsWithNonPositiveFrequency() {
    DocumentFrequencies df = dfs(10, Map.of("kept", 3, "zero", 3));
    TermVector v = TermVector.weigh(features(Map.of("kept", 1.0, "zero", 0.0)), df, 10);

    assertThat(v.size()).isEqualTo(1);
    assertThat(v.weight("kept")).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void smoothedIdfIsAtLeastOneAndFallsWithDocumentFrequency() {
    assertThat(Idf.of(10, 10)).isEqualTo(1.0);
    assertThat(Idf.of(0, 10)).isCloseTo(Math.log(11) + 1, within(1e-12));
    assertThat(Idf.of(2, 100)).isGreaterThan(Idf.of(20, 100));
  }

  @Test
  void survivesJavaSerializationUnchanged() throws Exception {
    TermVector v = TermVector.of(Map.of("quake", 2.0, "e:port lomar", 1.0));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ClusterItem("a", v, 3L, 0.5));
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(new ClusterItem("a", v, 3L, 0.5));
    }
  }
}
