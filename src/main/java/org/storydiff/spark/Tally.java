package org.storydiff.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;

/** Records counted in one pass: all of them, and how many of them are rejections. */
record Tally(long all, long rejected) implements Serializable {

  static <T> Tally of(JavaRDD<T> records, Function<T, Boolean> isRejected) {
    return records
        .map(r -> new Tally(1, isRejected.call(r) ? 1 : 0))
        .fold(new Tally(0, 0), Tally::plus);
  }

  Tally plus(Tally other) {
    return new Tally(all + other.all, rejected + other.rejected);
  }

  /** The records that are not rejections. */
  long kept() {
    return all - rejected;
  }
}
