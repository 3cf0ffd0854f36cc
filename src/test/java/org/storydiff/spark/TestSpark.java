package org.storydiff.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** One small local SparkSession per test class: two cores, loopback, no UI. */
public final class TestSpark {

  private TestSpark() {}

  public static SparkSession session() {
    return SparkSessions.create(
        "local[2]",
        Map.of(
            "spark.sql.shuffle.partitions",
            "4",
            "spark.default.parallelism",
            "4",
            "spark.ui.enabled",
            "false"));
  }
}
