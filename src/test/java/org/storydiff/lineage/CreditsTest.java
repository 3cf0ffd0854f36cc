package org.storydiff.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storydiff.model.Article;
import org.storydiff.pipeline.ArticleAnalyzer;

class CreditsTest {

  private static java.util.List<String> credits(String body) {
    return Credits.of(
        new ArticleAnalyzer().analyze(new Article("a", "Src", body, "T", null, null, "en")));
  }

  @Test
  void datelineAgencyInParentheses() {
    assertThat(credits("OSK, March 3 (Northwire) - A train derailed on Tuesday near the village."))
        .containsExactly("Northwire");
  }

  @Test
  void sourceLineSplitsIntoNamesAndNewsAgencies() {
    assertThat(
            credits(
                "A train derailed on Tuesday near the village.\n\nSource: Coast Daily and news agencies"))
        .containsExactly("Coast Daily", "news agencies");
  }

  @Test
  void contributedLineAndClosingWithLine() {
    assertThat(
            credits(
                "A train derailed on Tuesday near the village.\n\n"
                    + "The Meridian Press contributed to this report."))
        .containsExactly("Meridian Press");
    assertThat(credits("A train derailed on Tuesday near the village.\n\n(with Northwire, AFX)"))
        .containsExactly("Northwire", "AFX");
  }

  @Test
  void bylinesAreNotCredits() {
    assertThat(credits("A train derailed on Tuesday near the village.\n\nReporting by Ana Ruiz"))
        .isEmpty();
  }

  @Test
  void creditMatchesAnAgencyByContainment() {
    assertThat(Credits.credit(java.util.List.of("Northwire"), "Northwire Ltd")).isTrue();
    assertThat(Credits.credit(java.util.List.of("news agencies"), "news agencies")).isFalse();
    assertThat(Credits.credit(java.util.List.of("Northwire"), null)).isFalse();
  }
}
