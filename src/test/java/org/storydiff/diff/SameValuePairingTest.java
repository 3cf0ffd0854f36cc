package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.align.StoryAligner;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.FactGroup;
import org.storydiff.model.FactKind;
import org.storydiff.model.Figure;

/**
 * Which figures of a story share a fact group ({@code groupId}): one value is strong evidence of
 * one fact only where nothing read about the two figures says otherwise, and values far apart in
 * stories written apart are two facts.
 */
class SameValuePairingTest {

  @Test
  void oneTollOnTwoDaysIsTwoFacts() {
    String a = "Five people were killed on Tuesday when the first bridge gave way.";
    String b = "Officials said five people were killed on Wednesday at the second crossing.";

    assertThat(sameFact(a, "Five people", b, "five people")).isFalse();
  }

  @Test
  void oneTollOnOneDayIsOneFact() {
    String a = "Five people were killed on Tuesday when the first bridge gave way.";
    String b = "Officials said five people were killed on Tuesday at the old crossing.";

    assertThat(sameFact(a, "Five people", b, "five people")).isTrue();
  }

  @Test
  void equalAgesOfUnnamedAndNamedChildrenAreNotOneFactOnSight() {
    String a = "A gunman shot a mother as she collected her 11-year-old daughter at the gate.";
    String b = "The jury convicted him of wounding Mara Lenz, 11, in the spring raid.";

    assertThat(sameFact(a, "11-year-old", b, "11")).isFalse();
  }

  @Test
  void equalAgesBeforeTheirNounsAreOneFactOnlyForOneNoun() {
    String daughter =
        "Police said the mother was shot dead outside the Hillcrest school on Monday while"
            + " collecting her 11-year-old daughter.";
    String girl =
        "Police said an 11-year-old girl standing near the Hillcrest school gate was grazed.";
    String wounded =
        "An 11-year-old girl was also wounded outside the Hillcrest school on Monday, police"
            + " said.";

    assertThat(sameFact(daughter, "11-year-old", girl, "11-year-old")).isFalse();
    assertThat(sameFact(wounded, "11-year-old", girl, "11-year-old")).isTrue();
  }

  @Test
  void vagueAmountsAreOneFactOnlyWhereTheSentencesSayTheSame() {
    String court =
        "Dozens of deputies packed the court for the sentencing. The judge spoke for an hour.";
    String trial =
        "The judge spoke for an hour. Throughout the trial the family was accompanied by"
            + " dozens of deputies and friends.";
    String uniform =
        "The judge spoke for an hour. Dozens of deputies in uniform packed the court for the"
            + " sentencing.";

    assertThat(sameFact(court, "Dozens of deputies", trial, "dozens of deputies")).isFalse();
    assertThat(sameFact(court, "Dozens of deputies", uniform, "Dozens of deputies")).isTrue();
  }

  @Test
  void aRoundsCountAndTheFightsAreTwoFactsInStoriesWrittenApart() {
    String a =
        "In the sixth round Kovac connected with 28 of his 68 punches. The crowd booed the"
            + " referee.";
    String b =
        "Over the whole bout Kovac connected with 178 of 369 punches. Promoters want a"
            + " rematch in May.";

    assertThat(sameFact(a, "68 punches", b, "369 punches")).isFalse();
  }

  @Test
  void aHeadlineAmountJoinsTheGroupOfItsOwnBodyWhenTwoGroupsHoldIt() {
    var a =
        FigureVersions.headlined(
            "a",
            "Crime boss dies in prison at 77",
            "Vito Marra, the crime boss, died on Monday in a federal prison. He was 77.");
    var b =
        FigureVersions.sentences(
            "b", "Vito Marra died on Monday in a federal prison, officials said. He was 77.");
    var c =
        FigureVersions.sentences(
            "c",
            "Marra died in a federal prison. His old rival Renzo Galli, 77, attended the rites.");

    var diff =
        new FindingDetector()
            .diff("s", List.of(a, b, c), new StoryAligner().align(List.of(a, b, c)));
    String headline = groupOfSentence(diff, a, 0);
    assertThat(headline).isEqualTo(groupOfSentence(diff, a, 2));
    assertThat(headline).isNotEqualTo(groupOf(diff, c, "77"));
  }

  /** The group of the figure of {@code version}'s sentence {@code sentence}. */
  private static String groupOfSentence(StoryDiff diff, AnalyzedArticle version, int sentence) {
    return diff.groups().stream()
        .filter(
            g ->
                g.members().stream()
                    .anyMatch(
                        m ->
                            m.articleId().equals(version.id())
                                && m.sentence() == sentence
                                && g.kind() == FactKind.FIGURE))
        .map(FactGroup::groupId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figure group for sentence " + sentence));
  }

  /** Whether figure {@code figureA} of version "a" and {@code figureB} of "b" share a group. */
  private static boolean sameFact(String a, String figureA, String b, String figureB) {
    var va = FigureVersions.sentences("a", a);
    var vb = FigureVersions.sentences("b", b);
    return sameGroup(List.of(va, vb), va, figureA, vb, figureB);
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
