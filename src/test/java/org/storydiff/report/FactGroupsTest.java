package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.report.Versions.version;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Fact;
import org.storydiff.model.FactKind;
import org.storydiff.model.Relation;
import org.storydiff.model.SentenceKind;
import org.storydiff.model.StoryResult;
import org.storydiff.report.FactGroups.Group;

class FactGroupsTest {

  private static List<Group> groups(StoryResult story, FactKind kind) {
    return FactGroups.of(new PageContext(story), kind);
  }

  private static List<String> texts(Group g, int version) {
    return g.factsOf(version).stream().map(Fact::text).toList();
  }

  @Test
  void figuresJoinByEqualQuantityAndByTheEvidenceOfFindings() {
    List<Group> figures = groups(SampleStory.story(), FactKind.FIGURE);

    // Columns: afp-1, ap-7, reuters-3. AP's 16 differs from the others' 14: only its changed
    // finding names the AFP figure as its counterpart.
    assertThat(figures).hasSize(2);
    Group killed = figures.get(0);
    assertThat(texts(killed, 0)).containsExactly("At least 14 people");
    assertThat(texts(killed, 1)).containsExactly("Sixteen people");
    assertThat(texts(killed, 2)).containsExactly("at least 14 people");
    assertThat(killed.omittedBy()).isEmpty();
    Group displaced = figures.get(1);
    assertThat(displaced.versions()).containsExactly(0, 2);
    assertThat(displaced.omittedBy()).containsExactly(1);
  }

  @Test
  void figuresWithoutUnitJoinOnlyInAlignedSentences() {
    AnalyzedArticle a = version("a", "A").sentence("The vote passed 52 to 40.").figure("52", 52, null, null)
        .sentence("Turnout was 52 in the district.").figure("52 in", 52, null, null).build();
    AnalyzedArticle b = version("b", "B").sentence("Lawmakers voted 52 to 40.").figure("52", 52, null, null).build();
    StoryResult story = new StoryResult("s", List.of(a, b), List.of(new Alignment("a", 0, "b", 0, 0.8, Relation.SAME)), List.of());

    List<Group> figures = groups(story, FactKind.FIGURE);

    assertThat(figures).hasSize(2);
    assertThat(texts(figures.get(0), 0)).containsExactly("52");
    assertThat(texts(figures.get(0), 1)).containsExactly("52");
    assertThat(figures.get(1).versions()).containsExactly(0);
  }

  @Test
  void trimmedAndSplitQuotesAreOneQuoteButTwoSharedWordsAreNot() {
    AnalyzedArticle full = version("a", "A")
        .sentence("\"We will rebuild every bridge, and we will start this week,\" the mayor said.")
        .quote("\"We will rebuild every bridge, and we will start this week,\"", "Mayor Ruth Anand")
        .sentence("\"Not now,\" she added.").quote("\"Not now,\"", "Ruth Anand").build();
    AnalyzedArticle split = version("b", "B")
        .sentence("\"We will rebuild every bridge,\" Anand said.").quote("\"We will rebuild every bridge,\"", "Anand")
        .sentence("\"We will start this week.\"").quote("\"We will start this week.\"", null)
        .sentence("\"Not now, not ever,\" a resident said.").quote("\"Not now, not ever,\"", null).build();
    StoryResult story = new StoryResult("s", List.of(full, split), List.of(), List.of());

    List<Group> quotes = groups(story, FactKind.QUOTE);

    Group rebuild = quotes.stream().filter(g -> g.factsOf(1).size() == 2).findFirst().orElseThrow();
    assertThat(rebuild.factsOf(0)).hasSize(1);
    assertThat(QuoteWording.text(rebuild, 1)).isEqualTo("We will rebuild every bridge, … We will start this week.");
    // "Not now" has two words, too few to count as a trimmed "Not now, not ever".
    assertThat(quotes).hasSize(3);
  }

  @Test
  void factsOutsideBodySentencesTakeNoPart() {
    AnalyzedArticle a = version("a", "A").sentence("Storm kills 3 in Arlo", SentenceKind.HEADLINE).figure("3", 3, "people killed", null)
        .sentence("Three people died in the storm.").figure("Three people", 3, "people killed", null).build();
    AnalyzedArticle b = version("b", "B").sentence("Three people died.").figure("Three people", 3, "people killed", null).build();

    List<Group> figures = groups(new StoryResult("s", List.of(a, b), List.of(), List.of()), FactKind.FIGURE);

    assertThat(figures).hasSize(1);
    assertThat(texts(figures.get(0), 0)).containsExactly("Three people");
    assertThat(figures.get(0).versions()).isEqualTo(Set.of(0, 1));
  }

  @Test
  void oneReadingUnderTwoLabelsInDisjointVersionsIsOneFigure() {
    AnalyzedArticle a = version("a", "A").sentence("More than 300 were wounded.").figure("More than 300", 300, "wounded", "more than").build();
    AnalyzedArticle b = version("b", "B").sentence("More than 300 people were wounded.")
        .figure("More than 300 people", 300, "people wounded", "more than").build();
    AnalyzedArticle c = version("c", "C").sentence("About 250 people were wounded.")
        .figure("About 250 people", 250, "people wounded", "about").build();

    List<Group> figures = groups(new StoryResult("s", List.of(a, b, c), List.of(), List.of()), FactKind.FIGURE);

    // "about 250" is another reading, so it stays apart (no finding links it either).
    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).versions()).containsExactly(0, 1);
  }

  @Test
  void aVersionCarryingBothLabelsKeepsThemApart() {
    AnalyzedArticle a = version("a", "A").sentence("Ten were hurt and ten people hurt later.")
        .figure("Ten", 10, "hurt", null).figure("ten people", 10, "people hurt", null).build();
    AnalyzedArticle b = version("b", "B").sentence("Ten people were hurt.").figure("Ten people", 10, "people hurt", null).build();

    List<Group> figures = groups(new StoryResult("s", List.of(a, b), List.of(), List.of()), FactKind.FIGURE);

    assertThat(figures).hasSize(2);
  }
}
