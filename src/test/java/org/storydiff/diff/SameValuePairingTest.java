package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.align.StoryAligner;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.FactGroup;
import org.storydiff.model.Figure;

/**
 * Which figures of a story share a fact group ({@code groupId}): one value is strong evidence of
 * one fact only where nothing read about the two figures says otherwise, and values far apart in
 * stories written apart are two facts.
 */
class SameValuePairingTest {

  @Test
  void oneTollOnTwoDaysIsTwoFacts() {
    var a =
        FigureVersions.sentences(
            "a", "Five people were killed on Tuesday when the first bridge gave way.");
    var b =
        FigureVersions.sentences(
            "b", "Officials said five people were killed on Wednesday at the second crossing.");

    assertThat(sameGroup(List.of(a, b), a, "Five people", b, "five people")).isFalse();
  }

  @Test
  void oneTollOnOneDayIsOneFact() {
    var a =
        FigureVersions.sentences(
            "a", "Five people were killed on Tuesday when the first bridge gave way.");
    var b =
        FigureVersions.sentences(
            "b", "Officials said five people were killed on Tuesday at the old crossing.");

    assertThat(sameGroup(List.of(a, b), a, "Five people", b, "five people")).isTrue();
  }

  @Test
  void equalAgesOfUnnamedAndNamedChildrenAreNotOneFactOnSight() {
    var a =
        FigureVersions.sentences(
            "a", "A gunman shot a mother as she collected her 11-year-old daughter at the gate.");
    var b =
        FigureVersions.sentences(
            "b", "The jury convicted him of wounding Mara Lenz, 11, in the spring raid.");

    assertThat(sameGroup(List.of(a, b), a, "11-year-old", b, "11")).isFalse();
  }

  @Test
  void aRoundsCountAndTheFightsAreTwoFactsInStoriesWrittenApart() {
    var a =
        FigureVersions.sentences(
            "a",
            "In the sixth round Kovac connected with 28 of his 68 punches. The crowd booed the"
                + " referee.");
    var b =
        FigureVersions.sentences(
            "b",
            "Over the whole bout Kovac connected with 178 of 369 punches. Promoters want a"
                + " rematch in May.");

    assertThat(sameGroup(List.of(a, b), a, "68 punches", b, "369 punches")).isFalse();
  }

  private static boolean sameGroup(
      List<AnalyzedArticle> versions,
      AnalyzedArticle a,
      String textA,
      AnalyzedArticle b,
      String textB) {
    var diff = new FindingDetector().diff("s", versions, new StoryAligner().align(versions));
    return groupOf(diff, a, textA).equals(groupOf(diff, b, textB));
  }

  private static String groupOf(StoryDiff diff, AnalyzedArticle version, String text) {
    String factId =
        version.facts().stream()
            .filter(f -> f instanceof Figure g && g.text().equals(text))
            .map(f -> ((Figure) f).factId())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no figure '" + text + "' in " + version.id()));
    return diff.groups().stream()
        .filter(g -> g.members().stream().map(FactGroup.Member::id).anyMatch(factId::equals))
        .map(FactGroup::groupId)
        .findFirst()
        .orElseThrow();
  }
}
