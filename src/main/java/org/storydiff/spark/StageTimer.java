package org.storydiff.spark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Times and logs each stage of the job; the timings go to summary.json. */
final class StageTimer {

  private static final Logger LOG = LoggerFactory.getLogger(StageTimer.class);
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  <T> T time(String stage, Supplier<T> work) {
    LOG.info("stage {}: started", stage);
    long start = System.nanoTime();
    T result = work.get();
    double took = (System.nanoTime() - start) / 1e9;
    seconds.merge(stage, took, Double::sum);
    LOG.info("stage {}: done in {}", stage, String.format(Locale.ROOT, "%.2f s", took));
    return result;
  }

  Map<String, Double> orderedSeconds() {
    return new LinkedHashMap<>(seconds);
  }
}
