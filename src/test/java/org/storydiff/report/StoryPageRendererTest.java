package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.report.Versions.version;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Confidence;
import org.storydiff.model.Evidence;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.StoryResult;
import org.storydiff.model.VersionLineage;

class StoryPageRendererTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "\"><img src=x onerror=alert(2)>";

  private final StoryPageRenderer renderer = new StoryPageRenderer();

  @Test
  void articleTextIsOnlyEverEscaped() {
    AnalyzedArticle hostile =
        version("id" + SCRIPT + IMG, "Src" + SCRIPT + IMG)
            .title("Title " + SCRIPT + IMG)
            .url("https://example.org/?q=" + IMG)
            .sentence("Body says " + SCRIPT + " and " + IMG + " with 5 cars.")
            .figure("5 cars", 5, "cars " + SCRIPT, null)
            .build();
    AnalyzedArticle other = version("zz", "Other").sentence("Nothing here.").build();
    StoryResult story =
        new StoryResult(
            "story" + SCRIPT,
            List.of(hostile, other),
            List.of(),
            List.of(
                new Finding(
                    "story",
                    hostile.id(),
                    "x",
                    ChangeType.ADDED,
                    FactKind.FIGURE,
                    0,
                    4,
                    "Body",
                    List.of(new Evidence("zz", 0, 7, IMG)),
                    "detail " + SCRIPT + IMG)),
            List.of());

    String html = renderer.render(story);

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain(IMG)
        .doesNotContain(SCRIPT);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src");
  }

  @Test
  void lowConfidenceFindingsAreShownApartUnderToCheckAndEscaped() {
    AnalyzedArticle a =
        version("a", "Agency A").sentence("\"We stay,\" he said. Boats left at 9.").build();
    AnalyzedArticle b = version("b", "Agency B").sentence("Boats left at noon.").build();
    Finding certain =
        new Finding(
                "s",
                "a",
                "Agency A",
                ChangeType.CHANGED,
                FactKind.FIGURE,
                30,
                31,
                "9",
                List.of(new Evidence("b", 14, 18, "noon")),
                "time: noon → 9")
            .withConfidence(Confidence.HIGH, null);
    Finding unsure =
        new Finding(
                "s",
                "a",
                "Agency A",
                ChangeType.CHANGED,
                FactKind.QUOTE,
                0,
                10,
                "\"We stay,\"",
                List.of(),
                "quote speaker: Ida Vey → Ole Brun (he) " + SCRIPT)
            .withConfidence(Confidence.LOW, "a speaker is known only through a pronoun");
    String html =
        renderer.render(
            new StoryResult("s", List.of(a, b), List.of(), List.of(certain, unsure), List.of()));

    int toCheck = html.indexOf("<h4 class=\"to-check\">");
    assertThat(toCheck).isPositive();
    assertThat(html.indexOf("time: noon → 9")).isBetween(0, toCheck);
    assertThat(html.indexOf("quote speaker: Ida Vey")).isGreaterThan(toCheck);
    assertThat(html).doesNotContain(SCRIPT).contains("low confidence: a speaker is known only");
  }

  @Test
  void lineagePanelNamesTheSourceAndCopiedSentencesAreMarked() {
    StoryResult story =
        SampleStory.story()
            .withLineage(
                List.of(
                    new VersionLineage(
                        "ap-7",
                        "afp-1",
                        VersionLineage.Derivation.WHOLLY,
                        2 / 3.0,
                        List.of(new VersionLineage.CopiedSentence(2, "afp-1", 3)),
                        List.of("AFP", SCRIPT)),
                    VersionLineage.original("afp-1", List.of()),
                    VersionLineage.original("reuters-3", List.of())));

    String html = renderer.render(story);

    assertThat(html).contains("id=\"lineage-h\"").doesNotContain(SCRIPT);
    String row = html.substring(html.indexOf("<tr class=\"wholly\">"));
    assertThat(row.substring(0, row.indexOf("</tr>")))
        .contains("AP <span class=\"links\">ap-7</span>", "AFP <span", "afp-1", ">67%<")
        .contains("AFP, &lt;script&gt;");
    assertThat(html)
        .contains("id=\"ap-7-s2\" class=\"aligned copied\" title=\"copied from AFP, sentence 4\"")
        .contains("A pickup of AFP (afp-1): what it adds is the pickup")
        .doesNotContain("id=\"ap-7-s0\" class=\"aligned copied\"");
  }

  @Test
  void aStoryWithoutCopiesSaysSo() {
    String html = renderer.render(SampleStory.story());

    assertThat(html)
        .contains("No version copies another")
        .doesNotContain("class=\"pickup\"")
        .doesNotContain(" copied\"");
  }

  @Test
  void javascriptUrlIsShownButNotLinked() {
    String html = renderer.render(SampleStory.story());

    assertThat(html)
        .doesNotContain("href=\"javascript")
        .contains("javascript:alert(document.cookie)");
    assertThat(html).contains("<a href=\"https://example.org/afp/valmora-floods\"");
  }

  @Test
  void upperCaseJavascriptSchemeIsNotLinkedEither() {
    assertThat(SafeLinks.href(" JavaScript:alert(1)")).isNull();
    assertThat(SafeLinks.href("https://ok.example/a b")).isNull();
    assertThat(SafeLinks.href("HTTPS://ok.example/a")).isEqualTo("HTTPS://ok.example/a");
  }

  @Test
  void everySentenceHasItsAnchor() {
    String html = renderer.render(SampleStory.story());

    assertThat(html)
        .contains("id=\"afp-1-s0\"", "id=\"afp-1-s3\"", "id=\"ap-7-s2\"", "id=\"reuters-3-s2\"");
  }

  @Test
  void findingsLinkToTheirSentenceHereAndInOtherVersions() {
    String html = renderer.render(SampleStory.story());

    // The changed figure sits in AP's first sentence; its AFP counterpart (offset 30) in AFP's
    // second.
    assertThat(html).contains("href=\"#ap-7-s0\" title=\"Sixteen people\">this version</a>");
    assertThat(html).contains("href=\"#afp-1-s1\" title=\"At least 14 people\">AFP</a>");
    // The omitted figure has no sentence in AP, only where AFP carries it.
    assertThat(html).contains("href=\"#afp-1-s2\" title=\"About 3,200 residents\">AFP</a>");
    assertThat(html).contains("people killed: at least 14 → 16");
  }

  @Test
  void changedAlignmentShowsWordDiffAgainstTheEarlierColumn() {
    String html = renderer.render(SampleStory.story());

    // AFP is the first column (ids sort afp-1, ap-7, reuters-3); AP's sentence is diffed against
    // it.
    // Word level: the changed figure and wording are marked, the shared words are not.
    assertThat(html)
        .contains("vs AFP:</span> <del>At least 14</del><ins>Sixteen</ins> people")
        .contains(
            "the Serra river<del> burst its banks</del><ins> flooded Valmora</ins> overnight");
  }

  @Test
  void figuresAndQuotesAreMarked() {
    String html = renderer.render(SampleStory.story());

    assertThat(html).contains("<mark class=\"figure\">At least 14 people</mark>");
    assertThat(html)
        .contains(
            "<mark class=\"quote\">&quot;The water came faster than anyone expected,&quot;</mark>");
  }

  @Test
  void unmatchedAndBoilerplateSentencesAreStyledApart() {
    String html = renderer.render(SampleStory.story());

    assertThat(html).contains("id=\"afp-1-s0\" class=\"only boilerplate\"");
    assertThat(html).contains("id=\"ap-7-s1\" class=\"only\"");
    assertThat(html).contains("id=\"afp-1-s1\" class=\"aligned\"");
  }

  @Test
  void headerShowsGapToEarliestVersion() {
    String html = renderer.render(SampleStory.story());

    assertThat(html).contains("<span class=\"gap\">earliest</span>");
    assertThat(html).contains("<span class=\"gap\">+2h 15m</span>"); // AP 08:25 vs AFP 06:10
    assertThat(html).contains("<span class=\"gap\">+50m</span>"); // Reuters 07:00
  }

  @Test
  void pageIsSelfContained() {
    String html = renderer.render(SampleStory.story());

    assertThat(html)
        .doesNotContain("<link")
        .doesNotContain("<script")
        .doesNotContain("src=\"http")
        .doesNotContain("@import");
    assertThat(html).contains("@media print").contains("<meta charset=\"utf-8\">");
    // Defence in depth: should escaping ever fail, the browser still runs no script and loads
    // nothing.
    assertThat(html)
        .contains(
            "content=\"default-src &#39;none&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;; style-src &#39;sha256-");
    assertThat(html).doesNotContain("unsafe-inline").doesNotContain("style=\"");
  }

  @Test
  void cellsCarryTheArticleLanguage() {
    AnalyzedArticle fr =
        version("fr-1", "AFP").language("fr").sentence("Trois ponts ont cédé.").build();
    AnalyzedArticle en = version("zz", "AP").sentence("Three bridges gave way.").build();
    StoryResult story = new StoryResult("s", List.of(fr, en), List.of(), List.of(), List.of());

    String html = renderer.render(story);

    assertThat(html)
        .contains("<td lang=\"fr\"><p id=\"fr-1-s0\"")
        .contains("<td lang=\"en\"><p id=\"zz-s0\"");
    // The two sentences share no row, so each row has an empty cell: it carries no language.
    assertThat(html).contains("<td></td>").doesNotContain("\"></td>");
  }

  @Test
  void aCoverageCellOfAnAgencyWithoutTheFactIsItsBareSymbolWhichTheTableExplains() {
    StoryResult story =
        new org.storydiff.pipeline.StoryPipeline()
            .process(
                "s",
                List.of(
                    analyzed("a", "Five cars burned in the port of Kessenrode on Monday.", "en"),
                    analyzed("b", "Cars burned in the port of Kessenrode on Monday.", "en")));

    String html = renderer.render(story);

    assertThat(html)
        .contains("<td class=\"cov absent\">–</td>")
        .contains("a dash (–) marks an agency that does not carry it")
        .contains("<span class=\"state\">only here</span> <a href=\"#a-s0\">5</a>")
        .doesNotContain("<span class=\"state\">absent</span>");
  }

  @Test
  void versionsOverTheLimitAreNamedNotShown() {
    AnalyzedArticle a = version("a", "AFP").sentence("Three bridges gave way.").build();
    AnalyzedArticle b = version("b", "AP").sentence("Three bridges gave way.").build();
    AnalyzedArticle c = version("c", "CNS").sentence("Four bridges gave way.").build();
    StoryResult story =
        new StoryResult("s", List.of(a, b, c), List.of(), List.of(), List.of(), List.of("c"));

    String html = renderer.render(story);

    assertThat(html).contains("Not compared: 1 version(s) beyond").contains("<code>c</code>");
    assertThat(html).contains("id=\"a-s0\"").contains("id=\"b-s0\"").doesNotContain("id=\"c-s0\"");
  }

  @Test
  void renderingIsDeterministic() {
    assertThat(renderer.render(SampleStory.story()))
        .isEqualTo(new StoryPageRenderer().render(SampleStory.story()));
  }

  @Test
  void concurrentRenderingGivesTheSamePage() {
    String expected = renderer.render(SampleStory.story());

    List<String> pages =
        java.util.stream.IntStream.range(0, 32)
            .parallel()
            .mapToObj(i -> renderer.render(SampleStory.story()))
            .toList();

    assertThat(pages).allMatch(expected::equals);
  }

  @Test
  void aStoryInSeveralLanguagesGroupsItsColumnsByLanguageAndNamesEach() {
    AnalyzedArticle enA = version("a-en", "Northwire").language("en").sentence("Two dead.").build();
    AnalyzedArticle frB =
        version("b-fr", "Presse Une").language("fr").sentence("Deux morts.").build();
    AnalyzedArticle frC =
        version("c-fr", "Presse Deux").language("fr").sentence("Deux morts.").build();
    StoryResult story =
        new StoryResult("s", List.of(enA, frB, frC), List.of(), List.of(), List.of());

    String html = renderer.render(story);

    // French, which two versions write, comes first, then English; each column names its language.
    assertThat(html.indexOf("Presse Une")).isLessThan(html.indexOf("Presse Deux"));
    assertThat(html.indexOf("Presse Deux")).isLessThan(html.indexOf("Northwire"));
    assertThat(html)
        .contains("<span class=\"lang\">fr</span>")
        .contains("<span class=\"lang\">en</span>");
  }

  @Test
  void aStoryInOneLanguageNamesNoLanguageInItsColumns() {
    AnalyzedArticle a = version("a", "One").language("fr").sentence("Deux morts.").build();
    AnalyzedArticle b = version("b", "Two").language("fr").sentence("Deux morts.").build();

    String html =
        renderer.render(new StoryResult("s", List.of(a, b), List.of(), List.of(), List.of()));

    assertThat(html).doesNotContain("class=\"lang\"").doesNotContain("other language (");
  }

  @Test
  void aVersionInAnotherLanguageIsNotCalledAbsentFromAFactItWasNeverComparedWith() {
    String german =
        "Bei dem Dammbruch in Kessenrode wurden %d Menschen verletzt, teilte die Polizei mit.";
    String english = "The dam above Kessenrode burst overnight, police said on Monday.";
    StoryResult story =
        new org.storydiff.pipeline.StoryPipeline()
            .process(
                "s",
                List.of(
                    analyzed("de-a", String.format(german, 17), "de"),
                    analyzed("de-b", String.format(german, 19), "de"),
                    analyzed("en-a", english, "en")));

    String html = renderer.render(story);

    assertThat(html)
        .contains("in another language: not compared")
        .contains("other language (compared within its language only)");
    assertThat(html).doesNotContain("not in this version");
  }

  private static AnalyzedArticle analyzed(String id, String body, String language) {
    org.storydiff.model.Article article =
        new org.storydiff.model.Article(id, id, body, null, null, null, language);
    return ((org.storydiff.pipeline.ArticleAnalysis.Done)
            new org.storydiff.pipeline.ArticleAnalyzer().analyzeWithin(article))
        .article();
  }
}
