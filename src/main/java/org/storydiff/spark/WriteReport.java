package org.storydiff.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
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
 * The editors' HTML report. Story pages are rendered and written by the task that compared the
 * story, while its results are at hand ({@link Pages}), under {@code report/stories/} in the
 * staging directory: pages are rendered on every core and never pass through the driver, and a
 * retried task rewrites the same pages with the same bytes. The index is rendered on the driver
 * from one small summary per page.
 */
final class WriteReport {

  private WriteReport() {}

  /** Where the story tasks write pages: serializable, so the tasks can take it along. */
  static final class Pages implements Serializable {
    private final Broadcast<SerializableConfiguration> conf;
    private final String dir;

    Pages(SparkContext context, OutputFiles out) {
      this.conf = SerializableConfiguration.broadcast(context, out.conf());
      this.dir = new Path(out.stagingDir(), "report/stories").toString();
    }

    /** Writes the story's page when it has one (several versions); its index line, else null. */
    StorySummary write(StoryResult story, StoryPageRenderer renderer) {
      if (!story.isMultiVersion()) {
        return null;
      }
      OutputFiles.write(
          conf.value().value(),
          new Path(dir, ReportFiles.storyPageFile(story.storyId())),
          renderer.render(story));
      return StorySummary.of(story);
    }

    void release() {
      conf.destroy();
    }
  }

  /**
   * Writes the index pages of the story pages written by the stories and returns the number of
   * story pages.
   */
  static long index(JavaRDD<StoryOutput> stories, OutputFiles out, RunTotals totals) {
    List<StorySummary> summaries =
        new ArrayList<>(stories.map(StoryOutput::summary).filter(Objects::nonNull).collect());
    new IndexPageRenderer()
        .render(summaries, totals)
        .forEach(page -> out.writeString("report/" + page.name(), page.html()));
    return summaries.size();
  }
}
