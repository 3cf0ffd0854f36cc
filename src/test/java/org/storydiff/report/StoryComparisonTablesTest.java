package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.report.Versions.version;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.diff.FindingDetector;
import org.storydiff.diff.StoryDiff;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Relation;
import org.storydiff.model.StoryResult;
import org.storydiff.report.CoverageViews.ConflictRow;
import org.storydiff.report.CoverageViews.MatrixCell;
import org.storydiff.report.CoverageViews.MatrixRow;
import org.storydiff.report.CoverageViews.QuoteGroup;
import org.storydiff.report.CoverageViews.QuoteRow;
import org.storydiff.report.CoverageViews.Section;
import org.storydiff.report.StoryPageView.DiffPart;

/**
 * The coverage matrix, figure conflicts and quote tables of a story page, as the view model holds
 * them.
 */
class StoryComparisonTablesTest {

  private final StoryPageView sample = StoryPageModel.of(SampleStory.story());

  /** The story of these versions as the pipeline's diff groups it (no alignments). */
  private static StoryResult diffed(AnalyzedArticle... versions) {
    StoryDiff diff = new FindingDetector().diff("s", List.of(versions), List.of());
    return new StoryResult("s", List.of(versions), List.of(), diff.findings(), diff.groups());
  }

  private static List<String> states(MatrixRow row) {
    return row.cells().stream().map(MatrixCell::state).toList();
  }

  private static List<String> texts(MatrixRow row) {
    return row.cells().stream().map(MatrixCell::text).toList();
  }

  @Test
  void matrixSetsEveryFigureQuoteAndKeyStatementAgainstEveryAgency() {
    assertThat(sample.coverage().sources()).containsExactly("AFP", "AP", "Reuters");
    assertThat(sample.coverage().sections())
        .extracting(Section::title)
        .containsExactly("Figures", "Quotes", "Key statements");

    List<MatrixRow> figures = sample.coverage().sections().get(0).rows();
    assertThat(figures)
        .extracting(MatrixRow::label)
        .containsExactly("people killed", "residents displaced");
    assertThat(figures.get(0).context()).isEqualTo("At least 14 people died after the Serra …");
    assertThat(states(figures.get(0))).containsExactly("present", "different", "present");
    assertThat(texts(figures.get(0))).containsExactly("at least 14", "16", "at least 14");
    assertThat(states(figures.get(1))).containsExactly("present", "omitted", "present");
    assertThat(texts(figures.get(1))).containsExactly("about 3200", "", "around 3200");

    MatrixRow quote = sample.coverage().sections().get(1).rows().get(0);
    assertThat(quote.label()).isEqualTo("“The water came faster than anyone expected,”");
    assertThat(states(quote)).containsExactly("present", "present", "absent");
    assertThat(texts(quote)).containsExactly("Irena Kovač", "Irena Kovač", "");

    MatrixRow statement = sample.coverage().sections().get(2).rows().get(0);
    assertThat(statement.label()).startsWith("Rescue boats from two neighbouring provinces");
    assertThat(states(statement)).containsExactly("absent", "added", "absent");
  }

  @Test
  void everyCarriedCellLinksToItsSentence() {
    MatrixRow killed = sample.coverage().sections().get(0).rows().get(0);

    assertThat(killed.cells())
        .extracting(MatrixCell::target)
        .containsExactly("#afp-1-s1", "#ap-7-s0", "#reuters-3-s0");
    MatrixCell omitted = sample.coverage().sections().get(0).rows().get(1).cells().get(1);
    assertThat(omitted.linked()).isFalse();
    assertThat(omitted.symbol()).isEqualTo("✗");
  }

  @Test
  void conflictsTableGivesEachAgencysValueQualifierAndFinding() {
    assertThat(sample.conflicts()).hasSize(1);
    assertThat(sample.conflicts().get(0).what()).isEqualTo("people killed");
    List<ConflictRow> rows = sample.conflicts().get(0).rows();
    assertThat(rows).extracting(ConflictRow::source).containsExactly("AFP", "AP", "Reuters");
    assertThat(rows).extracting(ConflictRow::value).containsExactly("14", "16", "14");
    assertThat(rows).extracting(ConflictRow::qualifier).containsExactly("at least", "", "at least");
    assertThat(rows)
        .extracting(ConflictRow::asWritten)
        .containsExactly("At least 14 people", "Sixteen people", "at least 14 people");
    assertThat(rows.get(1).state()).isEqualTo("different");
    assertThat(rows.get(1).detail()).isEqualTo("people killed: at least 14 → 16");
    assertThat(rows.get(0).hasDetail()).isFalse();
  }

  @Test
  void figuresEveryVersionAgreesOnAreNoConflict() {
    AnalyzedArticle a =
        version("a", "A")
            .sentence("Two bridges fell.")
            .figure("Two bridges", 2, "bridges", null)
            .build();
    AnalyzedArticle b =
        version("b", "B")
            .sentence("Two bridges collapsed.")
            .figure("Two bridges", 2, "bridges", null)
            .build();

    StoryPageView view = StoryPageModel.of(diffed(a, b));

    assertThat(view.conflicts()).isEmpty();
    assertThat(view.hasConflicts()).isFalse();
    assertThat(states(view.coverage().sections().get(0).rows().get(0)))
        .containsExactly("present", "present");
  }

  /**
   * Regression: the page once regrouped facts itself, and two weekdays (no value, same unit)
   * counted as one figure, so "Wednesday / Thursday" showed in one row. The diff keeps them apart,
   * and so does the page now that it reads the diff's groups.
   */
  @Test
  void twoWeekdaysAreTwoRowsAsTheDiffGroupsThem() {
    AnalyzedArticle a =
        version("a", "A")
            .sentence("The fire broke out on Wednesday in the port.")
            .weekday("Wednesday")
            .sentence("Residents may return home on Thursday afternoon.")
            .weekday("Thursday")
            .build();
    AnalyzedArticle b =
        version("b", "B")
            .sentence("Fire broke out on Wednesday at the port.")
            .weekday("Wednesday")
            .sentence("People may go back home on Thursday afternoon.")
            .weekday("Thursday")
            .build();
    List<Alignment> alignments =
        List.of(
            new Alignment("a", 0, "b", 0, 0.8, Relation.SAME),
            new Alignment("a", 1, "b", 1, 0.7, Relation.SAME));
    StoryDiff diff = new FindingDetector().diff("s", List.of(a, b), alignments);

    StoryPageView view =
        StoryPageModel.of(
            new StoryResult("s", List.of(a, b), alignments, diff.findings(), diff.groups()));

    List<MatrixRow> figures = view.coverage().sections().get(0).rows();
    assertThat(figures).hasSize(2);
    assertThat(texts(figures.get(0))).containsExactly("Wednesday", "Wednesday");
    assertThat(texts(figures.get(1))).containsExactly("Thursday", "Thursday");
  }

  @Test
  void quoteTableGivesSpeakerPerAgencyAndTheWordingAgainstTheMostSharedOne() {
    String said = "\"The dam will hold through the night,\"";
    String reworded = "\"The dam should hold through the night,\"";
    AnalyzedArticle a =
        version("a", "A")
            .sentence(said + " said engineer Tove Lind.")
            .quote(said, "Tove Lind")
            .build();
    AnalyzedArticle b =
        version("b", "B").sentence(said + " Lind said.").quote(said, "Lind").build();
    AnalyzedArticle c =
        version("c", "C")
            .sentence(reworded + " said mayor Jon Ek.")
            .quote(reworded, "Jon Ek")
            .build();

    StoryPageView view = StoryPageModel.of(diffed(a, b, c));

    assertThat(view.quotes()).hasSize(1);
    QuoteGroup quote = view.quotes().get(0);
    assertThat(quote.reference()).isEqualTo("The dam will hold through the night,");
    assertThat(quote.rows())
        .extracting(QuoteRow::speaker)
        .containsExactly("Tove Lind", "Lind", "Jon Ek");
    assertThat(quote.rows()).extracting(QuoteRow::sameWords).containsExactly(true, true, false);
    assertThat(quote.rows().get(2).wording())
        .filteredOn(DiffPart::deleted)
        .extracting(DiffPart::text)
        .containsExactly(" will");
    assertThat(quote.rows().get(2).wording())
        .filteredOn(DiffPart::inserted)
        .extracting(DiffPart::text)
        .containsExactly(" should");
    assertThat(quote.rows().get(2).state()).isEqualTo("different");
    assertThat(quote.rows().get(2).detail())
        .contains("speaker: Tove Lind → Jon Ek")
        .doesNotContain("low confidence");
  }

  @Test
  void aQuoteOnlyOneVersionCarriesShowsTheOthersAsNotQuoting() {
    List<QuoteRow> rows = sample.quotes().get(0).rows();

    assertThat(rows).extracting(QuoteRow::quoted).containsExactly(true, true, false);
    assertThat(rows.get(2).state()).isEqualTo("absent");
  }

  @Test
  void storyWithoutFactsOrFindingsHasAnEmptyMatrix() {
    AnalyzedArticle a = version("a", "A").sentence("Talks went on.").build();
    AnalyzedArticle b = version("b", "B").sentence("Talks continued.").build();

    StoryPageView view =
        StoryPageModel.of(new StoryResult("s", List.of(a, b), List.of(), List.of(), List.of()));

    assertThat(view.coverage().empty()).isTrue();
    assertThat(
            new StoryPageRenderer()
                .render(new StoryResult("s", List.of(a, b), List.of(), List.of(), List.of())))
        .contains("No figures, quotes or findings to compare.")
        .contains("The versions agree on every figure they share.")
        .contains("No direct quotes found.");
  }
}
