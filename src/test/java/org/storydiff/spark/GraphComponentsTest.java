package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Edges and components from scored pairs: a component whose edges lie in different tasks is still
 * one component, density scaling decides which pairs are edges, and articles without an edge are
 * components of their own.
 */
class GraphComponentsTest {

  static SparkSession spark;
  static JavaSparkContext jsc;

  @BeforeAll
  static void start() {
    spark = TestSpark.session();
    jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void edgesInDifferentTasksJoinOneComponent() {
    // 0-1 and 1-2 in two partitions; 3-4 too weak; 5 has no pair at all.
    JavaPairRDD<Long, Double> scored =
        JavaPairRDD.fromJavaRDD(
            jsc.parallelize(
                List.of(
                    new Tuple2<>(ScorePairs.pair(0, 1), 0.9),
                    new Tuple2<>(ScorePairs.pair(1, 2), 0.9),
                    new Tuple2<>(ScorePairs.pair(3, 4), 0.1)),
                2));

    GraphComponents.Result result =
        GraphComponents.of(scored, jsc.broadcast(new double[6]), 0.5, 6);

    assertThat(result.root()).containsExactly(0, 0, 0, 3, 4, 5);
    assertThat(result.candidatePairs()).isEqualTo(3);
    assertThat(result.edges()).isEqualTo(2);
    assertThat(result.components()).isEqualTo(1);
    assertThat(result.largest()).isEqualTo(3);
  }

  @Test
  void densityScalingCanDropAnEdge() {
    JavaPairRDD<Long, Double> scored =
        JavaPairRDD.fromJavaRDD(jsc.parallelize(List.of(new Tuple2<>(ScorePairs.pair(0, 1), 0.6))));
    // Both articles in a crowd (density at the ceiling): 0.6 scaled by 2/3 is 0.4, under 0.5.
    double[] dense = {0.9, 0.9};

    GraphComponents.Result sparse =
        GraphComponents.of(scored, jsc.broadcast(new double[2]), 0.5, 2);
    GraphComponents.Result crowded = GraphComponents.of(scored, jsc.broadcast(dense), 0.5, 2);

    assertThat(sparse.root()).containsExactly(0, 0);
    assertThat(crowded.root()).containsExactly(0, 1);
    assertThat(crowded.edges()).isZero();
    assertThat(crowded.components()).isZero();
    assertThat(crowded.largest()).isZero();
  }
}
