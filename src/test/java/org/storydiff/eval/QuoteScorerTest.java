package org.storydiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storydiff.eval.QuoteGold.GoldQuote;
import org.storydiff.eval.QuoteScorer.Predicted;

/** The scoring rules of score_quotes.py, pinned on sentences of our own. */
class QuoteScorerTest {

  private static final String BODY =
      "The mayor spoke first. \u201CThe river will rise again tonight,\u201D Ada Lind said. "
          + "\u201CWe have sandbags for every street.\u201D Later the council met.";

  private static int at(String text) {
    return BODY.indexOf(text);
  }

  private static GoldQuote gold(String text, String speaker) {
    return new GoldQuote(at(text), at(text) + text.length(), speaker, null);
  }

  private static Predicted predicted(String text, String speaker) {
    return new Predicted(at(text), at(text) + text.length(), speaker);
  }

  @Test
  void quoteMatchesWhenItsSpanCoversAtLeastThreeTenthsOfTheLongerSpan() {
    String whole =
        "\u201CThe river will rise again tonight,\u201D Ada Lind said. \u201CWe have sandbags for every street.\u201D";
    var wholeGold = List.of(gold(whole, "Ada Lind"));
    assertThat(
            QuoteScorer.score(
                    BODY,
                    wholeGold,
                    List.of(predicted("\u201CThe river will rise again tonight,\u201D", "Lind")))
                .score())
        .isEqualTo(new QuoteScore(1, 0, 0, 1));
    assertThat(QuoteScorer.score(BODY, wholeGold, List.of(predicted("tonight", "Lind"))).score())
        .isEqualTo(new QuoteScore(0, 1, 1, 0));
  }

  @Test
  void marksSpacesCommasAndFullStopsAroundASpanAreIgnored() {
    var g = List.of(gold("The river will rise again tonight", "Ada Lind"));
    var p = List.of(predicted("\u201CThe river will rise again tonight,\u201D ", "Ada Lind"));
    QuoteScorer.ArticleResult r = QuoteScorer.score(BODY, g, p);
    assertThat(r.score()).isEqualTo(new QuoteScore(1, 0, 0, 1));
  }

  @Test
  void eachPredictionMatchesOneGoldQuoteOnly() {
    var g =
        List.of(gold("The river will rise", "Ada Lind"), gold("rise again tonight", "Ada Lind"));
    var p = List.of(predicted("The river will rise again tonight", "Ada Lind"));
    assertThat(QuoteScorer.score(BODY, g, p).score()).isEqualTo(new QuoteScore(1, 0, 1, 1));
  }

  @Test
  void speakerIsRightWhenItSharesAWordWithTheGoldSpeakerOrReference() {
    GoldQuote g = gold("We have sandbags for every street.", "she");
    assertThat(QuoteScorer.sameSpeaker("Ada Lind (she)", g)).isTrue();
    assertThat(QuoteScorer.sameSpeaker("ADA LIND", new GoldQuote(0, 1, "Lind", null))).isTrue();
    assertThat(QuoteScorer.sameSpeaker("Tom Varga", g)).isFalse();
    assertThat(QuoteScorer.sameSpeaker(null, g)).isFalse();
    assertThat(QuoteScorer.sameSpeaker("Tom Varga", new GoldQuote(0, 1, "he", "Tom Varga")))
        .isTrue();
  }

  @Test
  void withoutAGoldSpeakerOnlyNoSpeakerIsRight() {
    GoldQuote g = new GoldQuote(0, 5, null, null);
    assertThat(QuoteScorer.sameSpeaker(null, g)).isTrue();
    assertThat(QuoteScorer.sameSpeaker("", g)).isTrue();
    assertThat(QuoteScorer.sameSpeaker("Ada Lind", g)).isFalse();
  }

  @Test
  void goldOffsetsCountCodePointsAndPredictionsCountUtf16Units() {
    String body = "\uD83C\uDF0A Flood. \u201CWe stay here.\u201D";
    int cpStart = body.codePointCount(0, body.indexOf('\u201C'));
    var g = List.of(new GoldQuote(cpStart, cpStart + 15, null, null));
    var p = List.of(new Predicted(body.indexOf('\u201C'), body.length(), null));
    assertThat(QuoteScorer.score(body, g, p).score()).isEqualTo(new QuoteScore(1, 0, 0, 1));
  }

  @Test
  void brokenGoldSpanIsAMiss() {
    var g = List.of(new GoldQuote(60, 40, "Ada Lind", null));
    assertThat(QuoteScorer.score(BODY, g, List.of(predicted("We have sandbags", "Lind"))).score())
        .isEqualTo(new QuoteScore(0, 1, 1, 0));
  }

  @Test
  void figuresArePrintedAsTheReferenceScriptPrintsThem() {
    assertThat(new QuoteScore(3, 1, 2, 2).format())
        .isEqualTo("direct quotes P=0.750 R=0.600 F1=0.667 speaker-acc=0.667 (tp=3 fp=1 fn=2)");
    assertThat(QuoteScore.ZERO.format())
        .isEqualTo("direct quotes P=0.000 R=0.000 F1=0.000 speaker-acc=0.000 (tp=0 fp=0 fn=0)");
  }

  @Test
  void goldFileIsReadWithSplitsAndNullSpeakers() throws Exception {
    String json =
        "{\"articles\": [{\"articleId\": \"a1\", \"split\": \"dev\", \"quotes\": ["
            + "{\"start\": 3, \"end\": 9, \"text\": \"x\", \"speaker\": null}, {\"start\": 12, \"end\": 20, \"speaker\": \"she\"}]}]}";
    Map<String, QuoteGold.GoldArticle> gold =
        QuoteGold.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(gold.get("a1").split()).isEqualTo("dev");
    assertThat(gold.get("a1").quotes())
        .containsExactly(new GoldQuote(3, 9, null, null), new GoldQuote(12, 20, "she", null));
  }
}
