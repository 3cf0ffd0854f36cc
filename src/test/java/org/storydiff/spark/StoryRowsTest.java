package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;
import org.storydiff.cluster.StoryCentroid;
import org.storydiff.cluster.StorySketch;
import org.storydiff.cluster.StoryStatus;
import org.storydiff.cluster.TermVector;
import scala.collection.immutable.ArraySeq;

/** A stories/ row and back, and rows a hand edit broke, which are skipped (no Spark job needed). */
class StoryRowsTest {

  private static final StorySketch SKETCH =
      new StorySketch(
          "story-1",
          List.of("b", "a"),
          20_000L,
          20_002L,
          2,
          StoryStatus.CARRIED,
          StoryCentroid.mean(
              List.of(
                  TermVector.of(Map.of("wildfire", 2.0, "e:tarnholt", 1.5)),
                  TermVector.of(Map.of("wildfire", 1.0, "ridge", 0.5)))));

  private static Row row(Object[] values) {
    Object[] converted = values.clone();
    for (int i = 0; i < converted.length; i++) {
      if (converted[i] instanceof List<?> list) {
        converted[i] = ArraySeq.unsafeWrapArray(list.toArray());
      }
    }
    return new GenericRowWithSchema(converted, OutputSchemas.STORIES.schema());
  }

  @Test
  void aSketchSurvivesTheRoundTrip() {
    Object[] values = StoryRows.values(SKETCH);

    assertThat(values[2]).isEqualTo("2024-10-04");
    assertThat(values[4]).isEqualTo(2);
    assertThat(StoryRows.sketch(row(values))).contains(SKETCH);
  }

  @Test
  void rowsThatAreNotAStoryAreSkipped() {
    Object[] noId = StoryRows.values(SKETCH);
    noId[0] = null;
    Object[] badDate = StoryRows.values(SKETCH);
    badDate[2] = "October 4";
    Object[] unknownStatus = StoryRows.values(SKETCH);
    unknownStatus[1] = "archived";
    Object[] lostWeight = StoryRows.values(SKETCH);
    lostWeight[8] = List.of(0.5f);

    for (Object[] broken : List.of(noId, badDate, unknownStatus, lostWeight)) {
      assertThat(StoryRows.sketch(row(broken))).isEmpty();
    }
  }
}
