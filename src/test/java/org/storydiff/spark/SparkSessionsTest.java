package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The job's Spark defaults, and that a user's --conf still wins over them. */
class SparkSessionsTest {

  @Test
  void serializedCachesAreCompressedUnlessTheUserSaysOtherwise() {
    SparkSession spark = TestSpark.session();
    try {
      assertThat(spark.sparkContext().getConf().get("spark.rdd.compress")).isEqualTo("true");
      assertThat(spark.sparkContext().getConf().get("spark.serializer")).endsWith("KryoSerializer");
      assertThat(spark.sparkContext().getConf().get("spark.memory.fraction")).isEqualTo("0.5");
      assertThat(spark.sparkContext().getConf().get("spark.buffer.pageSize")).isEqualTo("4m");
    } finally {
      spark.stop();
    }
    SparkSession chosen =
        SparkSessions.create(
            "local[1]",
            Map.of(
                "spark.rdd.compress",
                "false",
                "spark.ui.enabled",
                "false",
                "spark.memory.fraction",
                "0.6"));
    try {
      assertThat(chosen.sparkContext().getConf().get("spark.rdd.compress")).isEqualTo("false");
      assertThat(chosen.sparkContext().getConf().get("spark.memory.fraction")).isEqualTo("0.6");
    } finally {
      chosen.stop();
    }
  }
}
