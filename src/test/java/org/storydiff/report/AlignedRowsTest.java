package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.report.Versions.version;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Relation;
import org.storydiff.model.StoryResult;

class AlignedRowsTest {

  private static AnalyzedArticle sentences(String id, int count) {
    Versions v = version(id, id.toUpperCase(java.util.Locale.ROOT));
    for (int i = 0; i < count; i++) {
      v.sentence("Sentence " + i + " of " + id + ".");
    }
    return v.build();
  }

  private static Alignment same(String a, int sa, String b, int sb) {
    return new Alignment(a, sa, b, sb, 0.9, Relation.SAME);
  }

  private static List<List<List<Integer>>> cells(StoryResult story) {
    return AlignedRows.of(story).rows().stream().map(AlignedRows.Row::cells).toList();
  }

  @Test
  void oneToOneAlignmentsShareRows() {
    StoryResult story =
        new StoryResult(
            "s",
            List.of(sentences("a", 2), sentences("b", 2)),
            List.of(same("a", 0, "b", 0), same("a", 1, "b", 1)),
            List.of(),
            List.of());

    assertThat(cells(story))
        .containsExactly(List.of(List.of(0), List.of(0)), List.of(List.of(1), List.of(1)));
    assertThat(AlignedRows.of(story).rows()).allMatch(AlignedRows.Row::aligned);
  }

  @Test
  void reorderedSentencesFollowTheFirstVersionsOrder() {
    // b tells a's three sentences in reverse order.
    StoryResult story =
        new StoryResult(
            "s",
            List.of(sentences("a", 3), sentences("b", 3)),
            List.of(same("a", 0, "b", 2), same("a", 1, "b", 1), same("a", 2, "b", 0)),
            List.of(),
            List.of());

    assertThat(cells(story))
        .containsExactly(
            List.of(List.of(0), List.of(2)),
            List.of(List.of(1), List.of(1)),
            List.of(List.of(2), List.of(0)));
  }

  @Test
  void sentenceSplitInTwoSharesOneRow() {
    // a's sentence 1 is b's sentences 1 and 2: one row with two sentences in b's cell.
    StoryResult story =
        new StoryResult(
            "s",
            List.of(sentences("a", 3), sentences("b", 4)),
            List.of(
                same("a", 0, "b", 0),
                same("a", 1, "b", 1),
                same("a", 1, "b", 2),
                same("a", 2, "b", 3)),
            List.of(),
            List.of());

    assertThat(cells(story))
        .containsExactly(
            List.of(List.of(0), List.of(0)),
            List.of(List.of(1), List.of(1, 2)),
            List.of(List.of(2), List.of(3)));
  }

  @Test
  void mergeOfTheFirstTwoSentencesDoesNotCrash() {
    // Found on ECB+: a's sentences 0 and 1 both align to b's sentence 0, so when a0 is placed its
    // group is known but not yet on the page.
    StoryResult story =
        new StoryResult(
            "s",
            List.of(sentences("a", 3), sentences("b", 2)),
            List.of(same("a", 0, "b", 0), same("a", 1, "b", 0), same("a", 2, "b", 1)),
            List.of(),
            List.of());

    assertThat(cells(story))
        .containsExactly(List.of(List.of(0, 1), List.of(0)), List.of(List.of(2), List.of(1)));
  }

  @Test
  void sentencesConnectedThroughAThirdVersionShareARow() {
    // a0-b0 and b0-c1 put a0, b0 and c1 on one row although a and c are not aligned directly.
    StoryResult story =
        new StoryResult(
            "s",
            List.of(sentences("a", 1), sentences("b", 1), sentences("c", 2)),
            List.of(same("a", 0, "b", 0), same("b", 0, "c", 1)),
            List.of(),
            List.of());

    assertThat(cells(story))
        .containsExactly(
            List.of(List.of(), List.of(), List.of(0)), List.of(List.of(0), List.of(0), List.of(1)));
  }

  @Test
  void unmatchedSentenceGoesAfterItsNearestPrecedingAlignedSentence() {
    // b1 is only in b; it follows b0, which sits on a0's row, so it comes before a1's row.
    StoryResult story =
        new StoryResult(
            "s",
            List.of(sentences("a", 2), sentences("b", 3)),
            List.of(same("a", 0, "b", 0), same("a", 1, "b", 2)),
            List.of(),
            List.of());

    List<AlignedRows.Row> rows = AlignedRows.of(story).rows();

    assertThat(cells(story))
        .containsExactly(
            List.of(List.of(0), List.of(0)),
            List.of(List.of(), List.of(1)),
            List.of(List.of(1), List.of(2)));
    assertThat(rows).extracting(AlignedRows.Row::aligned).containsExactly(true, false, true);
  }

  @Test
  void leadingUnmatchedSentencesGoJustBeforeTheirVersionsNextAlignedRow() {
    // a0 and b0, b1 all precede the a1-b2 pair; a's own order comes first.
    StoryResult story =
        new StoryResult(
            "s",
            List.of(sentences("a", 2), sentences("b", 3)),
            List.of(same("a", 1, "b", 2)),
            List.of(),
            List.of());

    assertThat(cells(story))
        .containsExactly(
            List.of(List.of(0), List.of()),
            List.of(List.of(), List.of(0)),
            List.of(List.of(), List.of(1)),
            List.of(List.of(1), List.of(2)));
  }

  @Test
  void versionWithNothingAlignedGoesToTheEnd() {
    StoryResult story =
        new StoryResult(
            "s", List.of(sentences("a", 2), sentences("b", 2)), List.of(), List.of(), List.of());

    assertThat(cells(story))
        .containsExactly(
            List.of(List.of(0), List.of()),
            List.of(List.of(1), List.of()),
            List.of(List.of(), List.of(0)),
            List.of(List.of(), List.of(1)));
  }

  @Test
  void unmatchedSentencesOfTheFirstVersionKeepTheirPlace() {
    StoryResult story =
        new StoryResult(
            "s",
            List.of(sentences("a", 3), sentences("b", 1)),
            List.of(same("a", 2, "b", 0)),
            List.of(),
            List.of());

    assertThat(cells(story))
        .containsExactly(
            List.of(List.of(0), List.of()),
            List.of(List.of(1), List.of()),
            List.of(List.of(2), List.of(0)));
  }

  @Test
  void alignmentsToUnknownArticlesOrSentencesAreIgnored() {
    StoryResult story =
        new StoryResult(
            "s",
            List.of(sentences("a", 1), sentences("b", 1)),
            List.of(same("a", 0, "z", 0), same("a", 5, "b", 0)),
            List.of(),
            List.of());

    assertThat(cells(story))
        .containsExactly(List.of(List.of(0), List.of()), List.of(List.of(), List.of(0)));
  }

  @Test
  void singleVersionHasOneUnalignedRowPerSentence() {
    StoryResult story =
        new StoryResult("s", List.of(sentences("a", 2)), List.of(), List.of(), List.of());

    assertThat(AlignedRows.of(story).rows()).hasSize(2).noneMatch(AlignedRows.Row::aligned);
  }
}
