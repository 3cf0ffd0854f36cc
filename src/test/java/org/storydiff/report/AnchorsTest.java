package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.report.Versions.version;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;

class AnchorsTest {

  @Test
  void idsThatSanitizeAlikeStillGetDistinctAnchors() {
    AnalyzedArticle slash = version("a/b", "X").sentence("One.").build();
    AnalyzedArticle underscore = version("a_b", "Y").sentence("One.").build();
    Anchors anchors = new Anchors(List.of(slash, underscore));

    assertThat(anchors.sentence("a/b", 0)).isEqualTo("a_b-s0");
    assertThat(anchors.sentence("a_b", 0)).isEqualTo("a_b-v1-s0");
  }

  @Test
  void offsetBetweenSentencesBelongsToThePrecedingOne() {
    AnalyzedArticle v = version("a", "A").sentence("First one.").sentence("Second one.").build();
    Anchors anchors = new Anchors(List.of(v));

    assertThat(anchors.sentenceAt("a", 0)).contains("a-s0");
    assertThat(anchors.sentenceAt("a", 10)).contains("a-s0"); // the space after "First one."
    assertThat(anchors.sentenceAt("a", 11)).contains("a-s1");
    assertThat(anchors.sentenceAt("unknown", 0)).isEmpty();
  }
}
