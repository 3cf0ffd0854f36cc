package org.storydiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Alignment;
import org.storydiff.model.Relation;

/** The aligner on a whole (made-up) story in three versions, against hand-made gold links. */
class RiverStoryTest {

  /** Every link a careful reader would draw. */
  private static final Set<String> GOLD =
      Set.of(
          "ap0-reuters0",
          "ap1-reuters7",
          "ap2-reuters2",
          "ap3-reuters2",
          "ap4-reuters5",
          "ap5-reuters4",
          "ap7-reuters3",
          "afp0-reuters0",
          "afp1-reuters2",
          "afp1-reuters3",
          "afp2-reuters4",
          "afp3-reuters5",
          "afp4-reuters8",
          "afp0-ap0",
          "afp1-ap2",
          "afp1-ap3",
          "afp1-ap7",
          "afp2-ap5",
          "afp3-ap4");

  private final List<Alignment> result = new StoryAligner().align(RiverStory.versions());

  @Test
  void noLinkOutsideTheGoldAndMostGoldLinksFound() {
    Set<String> found = result.stream().map(RiverStoryTest::key).collect(Collectors.toSet());

    assertThat(found).isSubsetOf(GOLD);
    assertThat(found.size()).isGreaterThanOrEqualTo(16);
  }

  @Test
  void talksResumingAndTalksEndingStayApart() {
    assertThat(result).noneMatch(x -> key(x).equals("ap6-reuters6"));
  }

  @Test
  void figureFormattingAloneIsSameAndChangedFiguresAreChanged() {
    assertThat(relation("ap1-reuters7")).isEqualTo(Relation.SAME);
    assertThat(relation("ap4-reuters5")).isEqualTo(Relation.CHANGED);
    assertThat(relation("ap3-reuters2")).isEqualTo(Relation.CHANGED);
    assertThat(relation("afp4-reuters8")).isEqualTo(Relation.SAME);
  }

  @Test
  void boilerplateNeverAligns() {
    assertThat(result)
        .noneMatch(
            x -> x.articleB().equals("reuters") && (x.sentenceB() == 1 || x.sentenceB() == 9));
  }

  private Relation relation(String key) {
    return result.stream().filter(x -> key(x).equals(key)).findFirst().orElseThrow().relation();
  }

  private static String key(Alignment x) {
    return x.articleA() + x.sentenceA() + "-" + x.articleB() + x.sentenceB();
  }
}
