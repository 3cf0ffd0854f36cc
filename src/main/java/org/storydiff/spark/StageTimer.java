package org.storydiff.spark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times and logs each stage of the job: its start, and its duration with what it counted (records
 * read, articles accepted, rows written, ...). Timings and counts go to summary.json.
 */
final class StageTimer {

  private static final Logger LOG = LoggerFactory.getLogger(StageTimer.class);
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();

  /** Times a stage that counts nothing worth logging. */
  <T> T time(String stage, Supplier<T> work) {
    return time(stage, work, null, null);
  }

  /** Times a stage whose work is a count, e.g. "read: 29 records". */
  long count(String stage, String unit, LongSupplier work) {
    return time(stage, work::getAsLong, Long::longValue, unit);
  }

  /** Times a stage and records {@code count(result)} as its count, in {@code unit}s. */
  <T> T time(String stage, Supplier<T> work, ToLongFunction<T> count, String unit) {
    LOG.info("stage {}: started", stage);
    long start = System.nanoTime();
    T result = work.get();
    double took = (System.nanoTime() - start) / 1e9;
    seconds.merge(stage, took, Double::sum);
    String duration = String.format(Locale.ROOT, "%.2f s", took);
    if (count == null) {
      LOG.info("stage {}: done in {}", stage, duration);
    } else {
      long n = count.applyAsLong(result);
      counts.merge(stage, n, Long::sum);
      LOG.info("stage {}: done in {}: {} {}", stage, duration, n, unit);
    }
    return result;
  }

  Map<String, Double> orderedSeconds() {
    return new LinkedHashMap<>(seconds);
  }

  Map<String, Long> orderedCounts() {
    return new LinkedHashMap<>(counts);
  }
}
