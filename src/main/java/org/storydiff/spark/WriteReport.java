package org.storydiff.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.storydiff.model.StoryResult;
import org.storydiff.report.IndexPageRenderer;
import org.storydiff.report.ReportFiles;
import org.storydiff.report.RunTotals;
import org.storydiff.report.StoryPageRenderer;
import org.storydiff.report.StorySummary;
import scala.Tuple2;

/**
 * The editors' HTML report: story pages are rendered in the cluster and streamed to the driver one
 * partition at a time (so the driver never holds all pages), which writes them under
 * {@code report/stories/}; the index is rendered from small per-story summaries.
 */
final class WriteReport {

  private WriteReport() {}

  /** Writes the report and returns the number of story pages. */
  static long apply(JavaRDD<StoryResult> results, OutputFiles out, RunTotals totals) {
    JavaRDD<StoryResult> multi = results.filter(StoryResult::isMultiVersion);
    long pages = 0;
    Iterator<Tuple2<String, String>> rendered = multi.mapPartitions(WriteReport::render).toLocalIterator();
    while (rendered.hasNext()) {
      Tuple2<String, String> page = rendered.next();
      out.writeString("report/stories/" + page._1(), page._2());
      pages++;
    }
    List<StorySummary> summaries = new ArrayList<>(multi.map(StorySummary::of).collect());
    out.writeString("report/index.html", new IndexPageRenderer().render(summaries, totals));
    return pages;
  }

  private static Iterator<Tuple2<String, String>> render(Iterator<StoryResult> stories) {
    StoryPageRenderer renderer = new StoryPageRenderer();
    List<Tuple2<String, String>> out = new ArrayList<>();
    stories.forEachRemaining(
        s -> out.add(new Tuple2<>(ReportFiles.storyPageFile(s.storyId()), renderer.render(s))));
    return out.iterator();
  }
}
