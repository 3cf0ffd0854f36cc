package org.storydiff.report;

import static org.storydiff.report.Versions.version;

import java.util.List;
import java.util.Locale;
import org.storydiff.model.Alignment;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.ChangeType;
import org.storydiff.model.Evidence;
import org.storydiff.model.FactGroup;
import org.storydiff.model.FactKind;
import org.storydiff.model.FactState;
import org.storydiff.model.Finding;
import org.storydiff.model.Relation;
import org.storydiff.model.SentenceKind;
import org.storydiff.model.StoryResult;

/** A three-agency story about a (made-up) river flood, written for these tests. */
final class SampleStory {

  static final String STORY_ID = "flood-valmora";

  private SampleStory() {}

  static AnalyzedArticle afp() {
    return version("afp-1", "AFP")
        .title("Floods force thousands from homes in Valmora")
        .published("2025-04-02T06:10:00Z")
        .url("https://example.org/afp/valmora-floods")
        .sentence("VALMORA, April 2 (AFP) -", SentenceKind.DATELINE)
        .sentence(
            "At least 14 people died after the Serra river burst its banks overnight, officials said.")
        .figure("At least 14 people", 14, "people killed", "at least")
        .sentence("About 3,200 residents spent the night in school gyms.")
        .figure("About 3,200 residents", 3200, "residents displaced", "about")
        .sentence("\"The water came faster than anyone expected,\" said mayor Irena Kovač.")
        .quote("\"The water came faster than anyone expected,\"", "Irena Kovač")
        .build();
  }

  static AnalyzedArticle ap() {
    return version("ap-7", "AP")
        .title("Valmora flood kills 16, mayor says water rose fast")
        .published("2025-04-02T08:25:00Z")
        .url("javascript:alert(document.cookie)")
        .sentence(
            "Sixteen people were killed when the Serra river flooded Valmora overnight, officials said.")
        .figure("Sixteen people", 16, "people killed", null)
        .sentence("Rescue boats from two neighbouring provinces joined the search on Wednesday.")
        .sentence(
            "\"The water came faster than anyone expected,\" Mayor Irena Kovač told reporters.")
        .quote("\"The water came faster than anyone expected,\"", "Irena Kovač")
        .build();
  }

  static AnalyzedArticle reuters() {
    return version("reuters-3", "Reuters")
        .published("2025-04-02T07:00:00Z")
        .sentence(
            "The Serra river burst its banks in Valmora overnight, killing at least 14 people, officials said.")
        .figure("at least 14 people", 14, "people killed", "at least")
        .sentence("Around 3,200 people were moved to shelters.")
        .figure("3,200 people", 3200, "residents displaced", "around")
        .sentence("Reporting by a staff correspondent.", SentenceKind.CREDIT)
        .build();
  }

  static StoryResult story() {
    AnalyzedArticle ap = ap();
    // What the diff decided, written out: the report reads these groups and findings as given.
    String killed = FactGroup.idOf(STORY_ID, "afp-1#f0");
    String displaced = FactGroup.idOf(STORY_ID, "afp-1#f1");
    String rescue = FactGroup.idOf(STORY_ID, "ap-7#s1");
    return new StoryResult(
        STORY_ID,
        List.of(reuters(), ap, afp()),
        List.of(
            new Alignment("afp-1", 1, "ap-7", 0, 0.71, Relation.CHANGED),
            new Alignment("afp-1", 1, "reuters-3", 0, 0.83, Relation.SAME),
            new Alignment("afp-1", 2, "reuters-3", 1, 0.64, Relation.SAME),
            new Alignment("afp-1", 3, "ap-7", 2, 0.88, Relation.SAME)),
        List.of(
            new Finding(
                STORY_ID,
                "ap-7",
                "AP",
                ChangeType.CHANGED,
                FactKind.FIGURE,
                0,
                14,
                "Sixteen people",
                List.of(new Evidence("afp-1", 30, 48, "At least 14 people")),
                "people killed: at least 14 → 16",
                killed),
            new Finding(
                STORY_ID,
                "ap-7",
                "AP",
                ChangeType.ADDED,
                FactKind.STATEMENT,
                91,
                167,
                ap.sentenceText(1),
                List.of(),
                "rescue boats from two provinces joined the search",
                rescue),
            new Finding(
                STORY_ID,
                "ap-7",
                "AP",
                ChangeType.OMITTED,
                FactKind.FIGURE,
                null,
                null,
                null,
                List.of(new Evidence("afp-1", 120, 141, "About 3,200 residents")),
                "residents displaced: about 3,200",
                displaced)),
        List.of(
            group(
                killed,
                FactKind.FIGURE,
                "present changed present",
                member("afp-1", "afp-1#f0", 1),
                member("ap-7", "ap-7#f0", 0),
                member("reuters-3", "reuters-3#f0", 0)),
            group(
                displaced,
                FactKind.FIGURE,
                "present omitted present",
                member("afp-1", "afp-1#f1", 2),
                member("reuters-3", "reuters-3#f1", 1)),
            group(
                FactGroup.idOf(STORY_ID, "afp-1#q2"),
                FactKind.QUOTE,
                "present present absent",
                member("afp-1", "afp-1#q2", 3),
                member("ap-7", "ap-7#q1", 2)),
            group(
                rescue, FactKind.STATEMENT, "absent added absent", member("ap-7", "ap-7#s1", 1))));
  }

  private static FactGroup.Member member(String articleId, String id, int sentence) {
    return new FactGroup.Member(articleId, id, sentence);
  }

  /** A group of this story; {@code states} for afp-1, ap-7 and reuters-3 in that order. */
  private static FactGroup group(
      String id, FactKind kind, String states, FactGroup.Member... members) {
    List<String> columns = List.of("afp-1", "ap-7", "reuters-3");
    String[] words = states.split(" ");
    List<FactGroup.VersionState> byVersion = new java.util.ArrayList<>();
    for (int v = 0; v < columns.size(); v++) {
      byVersion.add(
          new FactGroup.VersionState(
              columns.get(v), FactState.valueOf(words[v].toUpperCase(Locale.ROOT))));
    }
    return new FactGroup(STORY_ID, id, kind, List.of(members), byVersion);
  }
}
