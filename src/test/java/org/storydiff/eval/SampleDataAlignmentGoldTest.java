package org.storydiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.align.StoryAligner;

/**
 * The aligner against the hand-made alignment gold of the sample-data stories. The floors sit a
 * little under the measured figures (docs/measurements.md, "Accuracy"), so a change that costs
 * alignment quality fails here instead of surfacing only as a missed finding.
 */
class SampleDataAlignmentGoldTest {

  private static final Path GOLD = Path.of("src/test/resources/align/sample-data-gold.json");

  @Test
  void alignmentsAndRelationsMatchTheGold() throws Exception {
    AlignmentEvaluation.Result r =
        new AlignmentEvaluation(new StoryAligner()::align, null)
            .evaluate(AlignmentGold.read(GOLD), ArticleFiles.read(List.of(Path.of("sample-data"))));

    assertThat(r.sure()).isGreaterThan(200);
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.83);
    assertThat(r.relationAccuracy()).isGreaterThanOrEqualTo(0.87);
  }
}
