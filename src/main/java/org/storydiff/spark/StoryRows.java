package org.storydiff.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.storydiff.cluster.StoryCentroid;
import org.storydiff.cluster.StorySketch;
import org.storydiff.cluster.StoryStatus;

/**
 * A {@link StorySketch} as a row of the {@code stories/} dataset ({@link OutputSchemas#STORIES})
 * and back: days as ISO dates ({@code yyyy-MM-dd}), the centroid as two parallel arrays of term ids
 * and weights. Floats are written and read back exactly, in JSON as in Parquet.
 */
final class StoryRows {

  private StoryRows() {}

  /** The values of a row, in the order of {@link OutputSchemas#STORIES}. */
  static Object[] values(StorySketch s) {
    StoryCentroid c = s.centroid();
    List<Long> terms = new ArrayList<>(c.size());
    List<Float> weights = new ArrayList<>(c.size());
    for (int i = 0; i < c.size(); i++) {
      terms.add(c.termAt(i));
      weights.add(c.weightAt(i));
    }
    return new Object[] {
      s.storyId(),
      s.status().wireName(),
      date(s.firstDay()),
      date(s.lastDay()),
      s.versions(),
      s.idleRuns(),
      s.articleIds(),
      terms,
      weights
    };
  }

  /** The sketch of a row read back, empty when the row is not a valid sketch (it is skipped). */
  static Optional<StorySketch> sketch(Row row) {
    try {
      List<Long> terms = row.getList(row.fieldIndex("centroidTerms"));
      List<Float> weights = row.getList(row.fieldIndex("centroidWeights"));
      long[] t = new long[terms.size()];
      float[] w = new float[weights.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = terms.get(i);
      }
      for (int i = 0; i < w.length; i++) {
        w[i] = weights.get(i);
      }
      Integer idle = row.getAs("idleRuns");
      return Optional.of(
          new StorySketch(
              row.getAs("storyId"),
              row.getList(row.fieldIndex("articleIds")),
              day(row.getAs("firstPublished")),
              day(row.getAs("lastPublished")),
              idle == null ? 0 : idle,
              StoryStatus.ofWireName(row.getAs("status")),
              StoryCentroid.of(t, w)));
    } catch (RuntimeException invalid) {
      // Null fields, bad dates, unknown status or arrays that break the centroid's rules.
      return Optional.empty();
    }
  }

  private static String date(Long epochDay) {
    return epochDay == null ? null : LocalDate.ofEpochDay(epochDay).toString();
  }

  private static Long day(String date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date).toEpochDay();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a yyyy-MM-dd date: " + date, e);
    }
  }
}
