package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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

  /** The index of a few stories: one page, index.html. */
  private static String onlyPage(List<StorySummary> stories, RunTotals totals) {
    List<IndexPageRenderer.IndexFile> files =
        new IndexPageRenderer().render(stories, totals).toList();
    assertThat(files).extracting(IndexPageRenderer.IndexFile::name).containsExactly("index.html");
    return files.get(0).html();
  }

  private static List<StorySummary> stories(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> summary(String.format("s%02d", i), Map.of("added/figure", count - i)))
        .toList();
  }

  @Test
  void aLongIndexIsCutIntoPagesLinkedInOrder() {
    List<IndexPageRenderer.IndexFile> files =
        new IndexPageRenderer(2).render(stories(5), TOTALS).toList();

    assertThat(files)
        .extracting(IndexPageRenderer.IndexFile::name)
        .containsExactly("index.html", "index-2.html", "index-3.html");
    // most findings first: s00 (5 added) to s04 (1), two a page, each story on one page only
    assertThat(files.get(0).html()).contains("Headline of s00", "Headline of s01");
    assertThat(files.get(1).html())
        .contains("Headline of s02", "Headline of s03")
        .doesNotContain("Headline of s01", "Headline of s04");
    assertThat(files.get(2).html()).contains("Headline of s04").doesNotContain("Headline of s03");
    assertThat(files.get(1).html())
        .contains("Stories 3–4 of 5, most disputed first.")
        .contains("<a rel=\"prev\" href=\"index.html\">previous</a>")
        .contains("<a rel=\"next\" href=\"index-3.html\">next</a>")
        .contains("<strong aria-current=\"page\">2</strong>");
    assertThat(files.get(0).html()).doesNotContain("rel=\"prev\"");
    assertThat(files.get(2).html()).doesNotContain("rel=\"next\"");
    // every page keeps the run's totals
    assertThat(files)
        .allSatisfy(f -> assertThat(f.html()).contains("<strong>40</strong> records read"));
  }

  @Test
  void aShortIndexIsOnePageWithoutPager() {
    assertThat(onlyPage(stories(3), TOTALS)).doesNotContain("class=\"pager\"");
  }

  @Test
  void thePagerElidesPagesFarFromTheCurrentOne() {
    String tenth = new IndexPageRenderer(1).render(stories(20), TOTALS).toList().get(9).html();

    String pager = tenth.substring(tenth.indexOf("<nav class=\"pager\""), tenth.indexOf("</nav>"));
    assertThat(pager)
        .contains("href=\"index.html\">1</a>", "href=\"index-7.html\">7</a>")
        .contains("href=\"index-13.html\">13</a>", "href=\"index-20.html\">20</a>")
        .doesNotContain("href=\"index-2.html\"", "href=\"index-6.html\"", "index-14.html\"")
        .contains("Stories 10–10 of 20");
    assertThat(pager.split("…", -1)).hasSize(3); // one gap either side
  }

  @Test
  void indexPagesAreNamedFromOne() {
    assertThat(ReportFiles.indexPageFile(1)).isEqualTo("index.html");
    assertThat(ReportFiles.indexPageFile(12)).isEqualTo("index-12.html");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportFiles.indexPageFile(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

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
        onlyPage(
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
        onlyPage(
            List.of(
                summary(
                    "s", Map.of("changed/figure", 2, "added/quote", 1, "omitted/statement", 4))),
            TOTALS);

    // changed, added, omitted | figure, quote, statement | total
    assertThat(html.replaceAll("\\s+", " "))
        .contains(
            "<td class=\"n hot\">2</td><td class=\"n\">1</td><td class=\"n\">4</td> "
                + "<td class=\"n\">2</td><td class=\"n\">1</td><td class=\"n\">4</td> <td class=\"n\">7</td>");
  }

  @Test
  void showsRunTotalsWithSingleVersionAndRejectedCounts() {
    String html = onlyPage(List.of(), TOTALS);

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

    String html = onlyPage(List.of(hostile), TOTALS);

    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("<img")
        .contains("&lt;script&gt;alert(1)");
  }

  @Test
  void filterBoxIsHiddenUntilItsScriptRuns() {
    String html = onlyPage(List.of(summary("s", Map.of())), TOTALS);

    assertThat(html)
        .contains("<p class=\"filter\" id=\"filter-box\" hidden>")
        .contains("data-search=\"headline of s s afp, reuters\"");
  }

  @Test
  void publicationTimesShowAsOneReadableSpan() {
    String html = onlyPage(List.of(summary("s", Map.of())), TOTALS);

    assertThat(html)
        .contains("<time datetime=\"2025-04-01T10:00:00Z\">2025-04-01 10:00–12:00</time>");
  }

  @Test
  void scriptIsAllowedByItsHashAndNothingElseIs() {
    String html = onlyPage(List.of(summary("s", Map.of())), TOTALS);

    String script = html.substring(html.indexOf("<script>") + 8, html.indexOf("</script>"));
    assertThat(ContentPolicies.of(html))
        .contains("script-src " + ContentPolicy.hash(script))
        .doesNotContain("unsafe");
  }
}
