package org.storydiff.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Article;
import org.storydiff.model.VersionLineage;
import org.storydiff.model.VersionLineage.Derivation;
import org.storydiff.pipeline.ArticleAnalyzer;
import org.storydiff.pipeline.StoryPipeline;

class LineageFinderTest {

  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  // A wire original of six paragraphs (fictional).
  private static final List<String> WIRE =
      List.of(
          "TALVERA, March 3 (Northwire) - A freight train carrying grain came off the rails near the"
              + " village of Osk early on Tuesday, blocking the main line to the coast for most of the day.",
          "Railway officials said nobody was hurt when eleven wagons tipped over on a curve outside the"
              + " station, spilling their load across both tracks.",
          "\"We were lucky that no passenger service was on that stretch at the time,\" regional rail"
              + " director Paul Imre told reporters at the scene.",
          "Crews with two heavy cranes worked through the afternoon to lift the wagons clear and to"
              + " inspect the damaged sleepers before the line could reopen.",
          "Passengers travelling to the coast were put on replacement buses from the junction, which"
              + " added about two hours to the journey.",
          "An inquiry into the cause of the derailment has been opened by the national transport"
              + " safety board, which is expected to report within a month.");

  private static Article article(String id, String source, String published, List<String> paras) {
    return new Article(
        id, source, String.join("\n\n", paras), "Grain train derails", published, null, "en");
  }

  private static Map<String, VersionLineage> lineage(Article... articles) {
    List<AnalyzedArticle> versions =
        java.util.Arrays.stream(articles).map(ANALYZER::analyze).toList();
    return new StoryPipeline()
        .process("s", versions).lineage().stream()
            .collect(Collectors.toMap(VersionLineage::articleId, Function.identity()));
  }

  @Test
  void aPickupPointsAtTheWireAndAPickupOfAPickupAtThePickup() {
    Article wire = article("nw-1", "Northwire", "2026-03-03T08:00:00Z", WIRE);
    // The pickup trims the last paragraph, edits one word of the second and adds a line of its own.
    List<String> pickupText =
        List.of(
            WIRE.get(0),
            WIRE.get(1).replace("tipped over", "overturned"),
            WIRE.get(2),
            WIRE.get(3),
            WIRE.get(4),
            "The local council said it would ask the rail operator to review how the curve is maintained.",
            "- with Northwire");
    Article pickup = article("daily-1", "Coast Daily", "2026-03-03T09:00:00Z", pickupText);
    // The pickup of the pickup keeps the pickup's edit and addition and cuts the buses paragraph.
    List<String> second =
        List.of(
            pickupText.get(0),
            pickupText.get(1),
            pickupText.get(2),
            pickupText.get(3),
            pickupText.get(5));
    Article relay = article("web-1", "Valley Web", "2026-03-03T10:00:00Z", second);

    Map<String, VersionLineage> rows = lineage(wire, pickup, relay);

    assertThat(rows.get("nw-1").derivedFrom()).isNull();
    assertThat(rows.get("nw-1").derivation()).isEqualTo(Derivation.NONE);
    assertThat(rows.get("daily-1").derivedFrom()).isEqualTo("nw-1");
    assertThat(rows.get("daily-1").derivation()).isEqualTo(Derivation.WHOLLY);
    assertThat(rows.get("daily-1").credits()).containsExactly("Northwire");
    assertThat(rows.get("web-1").derivedFrom()).as(rows.toString()).isEqualTo("daily-1");
    assertThat(rows.get("web-1").share()).isGreaterThanOrEqualTo(0.8);
    assertThat(rows.get("web-1").copiedSentences())
        .allSatisfy(c -> assertThat(c.fromArticleId()).isEqualTo("daily-1"));
  }

  /**
   * Regression: a pickup of a pickup that keeps the wire's credit line, where the first pickup ran
   * the wire word for word (only cut it), used to point at the wire it credits: the credit now also
   * counts for the version that runs the credited wire's copy, so the closer copy wins the tie.
   */
  @Test
  void aPickupOfAnUneditedPickupThatCreditsTheWirePointsAtThePickup() {
    Article wire = article("nw-1", "Northwire", "2026-03-03T08:00:00Z", WIRE);
    Article pickup = article("daily-1", "Coast Daily", "2026-03-03T09:00:00Z", WIRE.subList(0, 5));
    List<String> second = new java.util.ArrayList<>(WIRE.subList(0, 4));
    second.add("Source: Northwire and news agencies");
    Article relay = article("web-1", "Valley Web", "2026-03-03T10:00:00Z", second);

    Map<String, VersionLineage> rows = lineage(wire, pickup, relay);

    assertThat(rows.get("daily-1").derivedFrom()).isEqualTo("nw-1");
    assertThat(rows.get("web-1").credits()).contains("Northwire");
    assertThat(rows.get("web-1").derivedFrom()).as(rows.toString()).isEqualTo("daily-1");
  }

  @Test
  void anIndependentRewriteOfTheSameFactsAndQuoteCopiesNothing() {
    Article wire = article("nw-1", "Northwire", "2026-03-03T08:00:00Z", WIRE);
    List<String> rewrite =
        List.of(
            "Eleven grain wagons left the track on a bend near Osk on Tuesday morning, shutting the"
                + " coastal rail route for hours, rail authorities reported.",
            "No one was injured, according to the operator, though the spilled grain covered both"
                + " lines.",
            "\"We were lucky that no passenger service was on that stretch at the time,\" Paul Imre,"
                + " who runs the regional network, said.",
            "Travellers heading for the coast had to switch to buses at the junction and lost roughly"
                + " two hours.",
            "The transport safety board has begun investigating and plans to publish findings in"
                + " about four weeks.");
    Article other = article("cns-1", "Continental News", "2026-03-03T09:30:00Z", rewrite);

    Map<String, VersionLineage> rows = lineage(wire, other);

    assertThat(rows.get("cns-1").derivedFrom()).isNull();
    assertThat(rows.get("cns-1").derivation()).isEqualTo(Derivation.NONE);
    assertThat(rows.get("cns-1").copiedSentences()).isEmpty();
  }

  @Test
  void aVersionThatCopiesPartOfTheWireIsPartiallyDerived() {
    Article wire = article("nw-1", "Northwire", "2026-03-03T08:00:00Z", WIRE);
    List<String> mixed =
        List.of(
            "Rail traffic to the coast was halted for much of Tuesday after a grain train left the"
                + " tracks outside Osk, our correspondent in the valley reports.",
            WIRE.get(1),
            WIRE.get(3),
            WIRE.get(5),
            "Farmers in the district said the lost grain was part of the first harvest shipment of"
                + " the season and would be hard to replace.",
            "Several of them told this newspaper they had long complained about the state of the"
                + " line near the old station.",
            "The regional branch of the farmers' union called for compensation to be paid quickly.");
    Article local = article("vg-1", "Valley Gazette", "2026-03-03T12:00:00Z", mixed);

    VersionLineage row = lineage(wire, local).get("vg-1");

    assertThat(row.derivedFrom()).isEqualTo("nw-1");
    assertThat(row.derivation()).isEqualTo(Derivation.PARTIALLY);
    assertThat(row.share()).isBetween(0.34, 0.8);
    assertThat(row.copiedSentences())
        .extracting(VersionLineage.CopiedSentence::fromSentence)
        .containsExactly(2, 4, 6); // the wire's sentence 0 is its dateline
  }

  @Test
  void withoutPublicationTimesTheFullerCopyIsTheCopy() {
    Article wire = article("b-wire", "Northwire", null, WIRE);
    Article trimmed = article("a-trim", "Coast Daily", null, WIRE.subList(0, 4));

    Map<String, VersionLineage> rows = lineage(wire, trimmed);

    assertThat(rows.get("a-trim").derivedFrom()).isEqualTo("b-wire");
    assertThat(rows.get("b-wire").derivedFrom()).isNull();
  }
}
