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

  @Test
  void weighsSublinearTfTimesIdfAndNormalizes() {
    TermVector v = TermVector.weigh(Map.of("quake", Math.E, "town", 1.0), t -> 1.0, 10);

    // quake: 1 + ln(e) = 2, town: 1; normalized by sqrt(5)
    assertThat(v.weight("quake")).isCloseTo(2 / Math.sqrt(5), within(1e-6));
    assertThat(v.weight("town")).isCloseTo(1 / Math.sqrt(5), within(1e-6));
    assertThat(v.cosine(v)).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void cosineOfDisjointVectorsIsZeroAndOfSharedTermsPositive() {
    TermVector a = TermVector.weigh(Map.of("quake", 1.0, "town", 1.0), t -> 1.0, 10);
    TermVector b = TermVector.weigh(Map.of("quake", 1.0, "rescue", 1.0), t -> 1.0, 10);
    TermVector c = TermVector.weigh(Map.of("election", 1.0), t -> 1.0, 10);

    assertThat(a.cosine(b)).isCloseTo(0.5, within(1e-6));
    assertThat(b.cosine(a)).isCloseTo(a.cosine(b), within(1e-12));
    assertThat(a.cosine(c)).isZero();
    assertThat(a.cosine(TermVector.empty())).isZero();
  }

  @Test
  void keepsTheHeaviestTermsWithTiesBrokenByTerm() {
    Map<String, Double> tf = Map.of("delta", 1.0, "alpha", 1.0, "charlie", 1.0, "bravo", 5.0);
    TermVector v = TermVector.weigh(tf, t -> 1.0, 2);

    assertThat(v.size()).isEqualTo(2);
    assertThat(v.topTerms(5)).containsExactly("bravo", "alpha");
  }

  @Test
  void idfDecidesWhichTermsWeighMost() {
    Map<String, Double> tf = Map.of("common", 3.0, "rare", 1.0);
    TermVector v = TermVector.weigh(tf, t -> t.equals("rare") ? Idf.of(1, 1000) : Idf.of(900, 1000), 10);

    assertThat(v.topTerms(1)).containsExactly("rare");
  }

  @Test
  void dropsTermsWithZeroIdfOrFrequency() {
    TermVector v = TermVector.weigh(Map.of("kept", 1.0, "zero", 0.0, "hapax", 2.0), t -> t.equals("hapax") ? 0 : 1, 10);

    assertThat(v.topTerms(10)).containsExactly("kept");
  }

  @Test
  void smoothedIdfIsAtLeastOneAndFallsWithDocumentFrequency() {
    assertThat(Idf.of(10, 10)).isEqualTo(1.0);
    assertThat(Idf.of(0, 10)).isCloseTo(Math.log(11) + 1, within(1e-12));
    assertThat(Idf.of(2, 100)).isGreaterThan(Idf.of(20, 100));
    assertThat(Idf.forClustering(1, 100)).isZero();
    assertThat(Idf.forClustering(2, 100)).isEqualTo(Idf.of(2, 100));
  }

  @Test
  void survivesJavaSerializationUnchanged() throws Exception {
    TermVector v = TermVector.weigh(Map.of("quake", 2.0, "e:port lomar", 1.0), t -> 1.5, 10);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ClusterItem("a", v, 3L));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(new ClusterItem("a", v, 3L));
    }
  }
}
