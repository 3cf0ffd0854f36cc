package org.storydiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageScorerTest {

  @Test
  void countsRightSourcesAndIndependentVersionsGivenOne() {
    Map<String, String> job = new HashMap<>();
    job.put("pickup", "wire");
    job.put("relay", "wire"); // should be the pickup
    job.put("rewrite", null);
    job.put("local", "wire"); // independent, wrongly given a source
    LineageScorer.Score s =
        LineageScorer.score(
            job,
            Map.of("pickup", "wire", "relay", "pickup"),
            List.of("rewrite", "local", "unseen"));
    assertThat(s.derivedRight()).isEqualTo(1);
    assertThat(s.derivedAccuracy()).isEqualTo(0.5);
    assertThat(s.independentGivenSource()).isEqualTo(1);
    assertThat(s.independent()).isEqualTo(3);
    assertThat(s.line())
        .isEqualTo(
            "lineage: derivedFrom accuracy=0.500 (1 of 2 derived) independent given a source=0.333"
                + " (1 of 3)");
  }
}
