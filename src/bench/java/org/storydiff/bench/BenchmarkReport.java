package org.storydiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the benchmark's figures, one fact a line, so runs can be compared with diff. */
final class BenchmarkReport {

  static final double GOAL_ARTICLES_PER_SECOND = 2_000;
  static final double GOAL_FLOOR_RATIO = 3;
  static final double GOAL_LINEAGE_PERCENT = 10;

  private final PrintStream out;

  BenchmarkReport(PrintStream out) {
    this.out = out;
  }

  void header(Path corpus, long bytes, String master, List<String> javaOpts, int cores) {
    line("corpus: %s (%,.1f MB of articles.jsonl)", corpus, bytes / 1e6);
    line("master: %s; cores: %d; java opts: %s", master, cores, String.join(" ", javaOpts));
  }

  void job(ChildJvm.Measurement m, JsonNode summary, double loadBefore, double loadAfter) {
    long records = summary.path("recordsRead").asLong();
    line(
        "job: %,d records, %,d stories (%,d with several versions), %,d findings",
        records,
        summary.path("stories").asLong(),
        summary.path("multiVersionStories").asLong(),
        summary.path("findingsTotal").asLong());
    line("job end to end: %s", ChildJvm.describe(m));
    line(
        "articles per second end to end: %,.1f (goal %,.0f)",
        records / m.wallSeconds(), GOAL_ARTICLES_PER_SECOND);
    List<String> stages = new ArrayList<>();
    double sum = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = summary.path("stageSeconds").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> stage = it.next();
      stages.add(
          String.format(Locale.ROOT, "%s %.1f", stage.getKey(), stage.getValue().asDouble()));
      sum += stage.getValue().asDouble();
    }
    line(
        "stage seconds: %s (sum %.1f; the rest of the wall time is JVM and Spark start and stop)",
        String.join(", ", stages), sum);
    storyWork(summary);
    line(
        "memory: local mode runs the driver and the executors in one JVM, so the peaks above are both;"
            + " on a cluster see the Spark UI");
    line(
        "load average (1 min) before/after the job: %.2f / %.2f on %d cores (above the core count, other work"
            + " competed for the CPU)",
        loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
  }

  /**
   * The lineage step against the stories stage of the same run (issue 17's cost target: it adds at
   * most 10%), from the task time the job sums over stories.
   */
  private void storyWork(JsonNode summary) {
    JsonNode work = summary.path("storyWorkSeconds");
    if (!work.has("stories")) {
      line("stories stage task time: not in summary.json (a job before storyWorkSeconds)");
      return;
    }
    double stories = work.path("stories").asDouble();
    double lineage = work.path("lineage").asDouble();
    line(
        "stories stage: %.1f s wall, %.1f s of per-story task time (summed over stories and cores),"
            + " of which align %.1f s, findings %.1f s, lineage %.1f s (%.1f%%)",
        summary.path("stageSeconds").path("stories").asDouble(),
        stories,
        work.path("align").asDouble(),
        work.path("findings").asDouble(),
        lineage,
        percent(lineage, stories));
    line(
        "lineage cost: +%.1f%% on the rest of the per-story work (goal at most +%.0f%%)",
        percent(lineage, stories - lineage), GOAL_LINEAGE_PERCENT);
  }

  private static double percent(double part, double whole) {
    return whole <= 0 ? Double.NaN : 100 * part / whole;
  }

  void floor(
      ChildJvm.Measurement floor, ChildJvm.Measurement job, JsonNode summary, double loadAfter) {
    line(
        "floor pass (read + sentence split, same reader, splitter, master and JVM options): %s",
        ChildJvm.describe(floor));
    floor
        .stdout()
        .lines()
        .filter(l -> l.startsWith("floor "))
        .forEach(l -> line("floor pass output: %s", l));
    line(
        "ratio job / floor, end to end: %.1f (goal at most %.0f); load average after the floor: %.2f",
        job.wallSeconds() / floor.wallSeconds(), GOAL_FLOOR_RATIO, loadAfter);
  }

  void accuracy(FindingAccuracy.Result r) {
    line("accuracy against planted edits (rule: FindingAccuracy, docs/measurements.md):");
    for (FindingAccuracy.Tally t : r.recall()) {
      line(
          "  recall    %-20s %6d of %6d planted  %s",
          t.category(), t.found(), t.reportable(), ratio(t.recall()));
    }
    for (FindingAccuracy.Tally t : r.precision()) {
      line(
          "  precision %-20s %6d of %6d reported %s",
          t.category(), t.supported(), t.reported(), ratio(t.precision()));
    }
    line(
        "  overall: recall %s (%d of %d), precision %s (%d of %d)",
        ratio(r.reportable() == 0 ? Double.NaN : (double) r.found() / r.reportable()),
        r.found(),
        r.reportable(),
        ratio(r.reported() == 0 ? Double.NaN : (double) r.supported() / r.reported()),
        r.supported(),
        r.reported());
  }

  void line(String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
  }

  private static String ratio(double x) {
    return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3f", x);
  }
}
