package org.storydiff.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.storydiff.model.StoryResult;
import org.storydiff.report.IndexPageRenderer;
import org.storydiff.report.ReportFiles;
import org.storydiff.report.RunTotals;
import org.storydiff.report.StoryPageRenderer;
import org.storydiff.report.StorySummary;

/**
 * The editors' HTML report: each task renders its stories' pages and writes them itself under
 * {@code report/stories/} in the staging directory (so pages are rendered on every core and never
 * pass through the driver), and hands back one small summary per story, from which the driver
 * renders the index. A retried task rewrites the same pages with the same bytes.
 */
final class WriteReport {

  private WriteReport() {}

  /** Writes the report and returns the number of story pages. */
  static long apply(JavaRDD<StoryResult> results, OutputFiles out, RunTotals totals) {
    Broadcast<SerializableConfiguration> conf =
        SerializableConfiguration.broadcast(results.context(), out.conf());
    String stories = new Path(out.stagingDir(), "report/stories").toString();
    List<StorySummary> summaries =
        new ArrayList<>(
            results
                .filter(StoryResult::isMultiVersion)
                .mapPartitions(partition -> writePages(partition, stories, conf.value()))
                .collect());
    out.writeString("report/index.html", new IndexPageRenderer().render(summaries, totals));
    conf.destroy();
    return summaries.size();
  }

  private static Iterator<StorySummary> writePages(
      Iterator<StoryResult> stories, String dir, SerializableConfiguration conf) {
    StoryPageRenderer renderer = new StoryPageRenderer();
    List<StorySummary> out = new ArrayList<>();
    stories.forEachRemaining(
        s -> {
          OutputFiles.write(
              conf.value(),
              new Path(dir, ReportFiles.storyPageFile(s.storyId())),
              renderer.render(s));
          out.add(StorySummary.of(s));
        });
    return out.iterator();
  }
}
