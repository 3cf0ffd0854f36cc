package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.diff.StoryBuilder.version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.ChangeType;
import org.storydiff.model.FactKind;
import org.storydiff.model.Finding;
import org.storydiff.model.Relation;

/**
 * Pins the cost of the statement rules in a story of many versions, by counting the story index's
 * lookups rather than timing: a generated 1,000-version story of 430-900-word versions did not
 * finish in 30 minutes when every omission candidate re-read every figure finding's evidence (one
 * per other version) and every group re-derived each member's carriers for every version.
 */
class ManyVersionStatementWorkTest {

  private static final int VERSIONS = 60;

  /** Versions that revise the toll (a changed figure) and that cut the warning paragraph. */
  private static boolean tollChanged(int i) {
    return i % 4 == 3;
  }

  private static boolean warningCut(int i) {
    return i % 4 == 1;
  }

  @Test
  void omissionsReadEachPriorFindingsEvidenceOnceAndEachSentencesAlignmentsAFewTimes() {
    List<AnalyzedArticle> versions = new ArrayList<>();
    for (int i = 0; i < VERSIONS; i++) {
      versions.add(wireCopy(i));
    }
    StoryIndex index = new StoryIndex(versions, starAlignments(versions));
    GroupRecorder recorder = new GroupRecorder(index, "s");
    new FigureFindings(index, "s").find(recorder);
    new QuoteFindings(index, "s").find(recorder);
    long priorEvidence =
        recorder.findings().stream().mapToLong(f -> f.others().size()).sum()
            + recorder.findings().size();
    long sentences = versions.stream().mapToLong(v -> v.sentences().size()).sum();
    long sentenceLookups = index.sentenceLookups();
    long alignmentLookups = index.alignmentLookups();

    new StatementFindings(index, "s").find(recorder);

    // The planted differences are found, so the counts below are of real work.
    assertThat(versionsWith(recorder, ChangeType.CHANGED, FactKind.FIGURE))
        .hasSize(VERSIONS / 4)
        .allMatch(i -> tollChanged(i));
    assertThat(versionsWith(recorder, ChangeType.OMITTED, FactKind.STATEMENT))
        .hasSize(VERSIONS / 4)
        .allMatch(i -> warningCut(i));
    // Before the index of prior findings, each of the 15 omissions read all of the figure
    // findings' evidence sentences again: 10,350 lookups where 690 now do.
    assertThat(index.sentenceLookups() - sentenceLookups).isLessThanOrEqualTo(2 * priorEvidence);
    // Before the carriers were worked out once per group, each of the 60 versions read every
    // member's alignments, in each of the 3 groups: 9,900 lookups where 330 now do.
    assertThat(index.alignmentLookups() - alignmentLookups).isLessThanOrEqualTo(3 * sentences);
  }

  /** Three paragraphs of one wire story, with the planted toll and cut. */
  private static AnalyzedArticle wireCopy(int i) {
    String toll = tollChanged(i) ? "40" : "35";
    StoryBuilder b =
        version(String.format(Locale.ROOT, "v%03d", i))
            .sentence(
                "At least " + toll + " people were taken to hospital after the Brenn dam gave way.")
            .figure(toll, Double.parseDouble(toll), "people", "at least");
    if (!warningCut(i)) {
      b.sentence("Engineers had warned last year that the spillway needed urgent repairs.");
    }
    return b.sentence("The regional governor said an inquiry would examine the unheeded warnings.")
        .build();
  }

  /** Every version's sentences aligned to the first version's, as pivots link a large story. */
  private static List<Alignment> starAlignments(List<AnalyzedArticle> versions) {
    AnalyzedArticle pivot = versions.get(0);
    List<Alignment> out = new ArrayList<>();
    for (AnalyzedArticle v : versions.subList(1, versions.size())) {
      int last = v.sentences().size() - 1;
      out.add(link(pivot, 0, v, 0));
      if (last == 2) {
        out.add(link(pivot, 1, v, 1));
      }
      out.add(link(pivot, 2, v, last));
    }
    return out;
  }

  private static Alignment link(AnalyzedArticle a, int sa, AnalyzedArticle b, int sb) {
    return new Alignment(a.id(), sa, b.id(), sb, 0.9, Relation.SAME);
  }

  private static List<Integer> versionsWith(
      GroupRecorder recorder, ChangeType change, FactKind kind) {
    return recorder.findings().stream()
        .filter(f -> f.change() == change && f.kind() == kind)
        .map(Finding::articleId)
        .distinct()
        .sorted(Comparator.naturalOrder())
        .map(id -> Integer.parseInt(id.substring(1)))
        .toList();
  }
}
