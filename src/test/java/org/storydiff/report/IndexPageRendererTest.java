package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Published;

class IndexPageRendererTest {

  private static StorySummary summary(String id, Map<String, Integer> counts) {
    return new StorySummary(
        id,
        "Headline of " + id,
        List.of("AFP", "Reuters"),
        Published.parse("2025-04-01T10:00:00Z"),
        Published.parse("2025-04-01T12:00:00Z"),
        2,
        counts,
        ReportFiles.storyPageFile(id),
        1,
        80);
  }

  private static final RunTotals TOTALS = new RunTotals(40, 37, 3, 20, 4);

  @Test
  void mostDisputedFirstThenMostFindingsThenId() {
    List<StorySummary> stories =
        List.of(
            summary("quiet", Map.of()),
            summary("many-added", Map.of("added/statement", 9)),
            summary("b-one-change", Map.of("changed/figure", 1)),
            summary("a-one-change", Map.of("changed/quote", 1)),
            summary("two-changes", Map.of("changed/figure", 1, "changed/quote", 1)),
            summary("one-change-more", Map.of("changed/figure", 1, "omitted/figure", 2)));

    List<String> order =
        stories.stream()
            .sorted(IndexPageModel.MOST_DISPUTED_FIRST)
            .map(StorySummary::storyId)
            .toList();

    assertThat(order)
        .containsExactly(
            "two-changes",
            "one-change-more",
            "a-one-change",
            "b-one-change",
            "many-added",
            "quiet");
  }

  @Test
  void renderedRowsFollowThatOrderAndLinkToStoryPages() {
    String html =
        new IndexPageRenderer()
            .render(
                List.of(summary("quiet", Map.of()), summary("hot", Map.of("changed/figure", 2))),
                TOTALS);

    assertThat(html.indexOf("Headline of hot")).isLessThan(html.indexOf("Headline of quiet"));
    assertThat(html)
        .contains(
            "<a href=\"stories/" + ReportFiles.storyPageFile("hot") + "\">Headline of hot</a>");
  }

  @Test
  void showsCountsByChangeAndKind() {
    String html =
        new IndexPageRenderer()
            .render(
                List.of(
                    summary(
                        "s",
                        Map.of("changed/figure", 2, "added/quote", 1, "omitted/statement", 4))),
                TOTALS);

    // changed, added, omitted | figure, quote, statement | total
    assertThat(html.replaceAll("\\s+", " "))
        .contains(
            "<td class=\"n hot\">2</td><td class=\"n\">1</td><td class=\"n\">4</td> "
                + "<td class=\"n\">2</td><td class=\"n\">1</td><td class=\"n\">4</td> <td class=\"n\">7</td>");
  }

  @Test
  void showsRunTotalsWithSingleVersionAndRejectedCounts() {
    String html = new IndexPageRenderer().render(List.of(), TOTALS);

    assertThat(html)
        .contains("<strong>3</strong> rejected")
        .contains("<strong>16</strong> single-version");
    assertThat(html).contains("No story has more than one version.");
  }

  @Test
  void headlineAndSourcesAreEscaped() {
    StorySummary hostile =
        new StorySummary(
            "x\"><script>alert(1)</script>",
            "<script>alert(1)</script>",
            List.of("<img src=x onerror=alert(2)>"),
            null,
            null,
            2,
            Map.of(),
            ReportFiles.storyPageFile("x"),
            0,
            100);

    String html = new IndexPageRenderer().render(List.of(hostile), TOTALS);

    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("<img")
        .contains("&lt;script&gt;alert(1)");
  }

  @Test
  void filterBoxIsHiddenUntilItsScriptRuns() {
    String html = new IndexPageRenderer().render(List.of(summary("s", Map.of())), TOTALS);

    assertThat(html)
        .contains("<p class=\"filter\" id=\"filter-box\" hidden>")
        .contains("data-search=\"headline of s s afp, reuters\"");
  }

  @Test
  void publicationTimesShowAsOneReadableSpan() {
    String html = new IndexPageRenderer().render(List.of(summary("s", Map.of())), TOTALS);

    assertThat(html)
        .contains("<time datetime=\"2025-04-01T10:00:00Z\">2025-04-01 10:00–12:00</time>");
  }

  @Test
  void scriptIsAllowedByItsHashAndNothingElseIs() {
    String html = new IndexPageRenderer().render(List.of(summary("s", Map.of())), TOTALS);

    String script = html.substring(html.indexOf("<script>") + 8, html.indexOf("</script>"));
    assertThat(ContentPolicies.of(html))
        .contains("script-src " + ContentPolicy.hash(script))
        .doesNotContain("unsafe");
  }
}
