package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.report.Versions.version;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storydiff.model.Published;
import org.storydiff.model.SentenceKind;
import org.storydiff.model.StoryResult;
import org.storydiff.model.VersionLineage;

class StorySummaryTest {

  @Test
  void countsCopiesAndTheStorysOwnText() {
    // AP copies one of its three body sentences; AFP (3 body) and Reuters copy nothing.
    StoryResult story =
        SampleStory.story()
            .withLineage(
                List.of(
                    new VersionLineage(
                        "ap-7",
                        "afp-1",
                        VersionLineage.Derivation.PARTIALLY,
                        1 / 3.0,
                        List.of(new VersionLineage.CopiedSentence(2, "afp-1", 3)),
                        List.of())));
    int body =
        story.versions().stream()
            .mapToInt(
                v ->
                    (int) v.sentences().stream().filter(x -> x.kind() == SentenceKind.BODY).count())
            .sum();

    StorySummary s = StorySummary.of(story);

    assertThat(s.derivedVersions()).isEqualTo(1);
    assertThat(s.ownSharePercent()).isEqualTo((int) Math.round(100.0 * (body - 1) / body));
    assertThat(StorySummary.of(SampleStory.story()).ownSharePercent()).isEqualTo(100);
  }

  @Test
  void summarizesTheSampleStory() {
    StorySummary s = StorySummary.of(SampleStory.story());

    assertThat(s.storyId()).isEqualTo("flood-valmora");
    assertThat(s.headline()).isEqualTo("Floods force thousands from homes in Valmora");
    assertThat(s.sources()).containsExactly("AFP", "AP", "Reuters");
    assertThat(s.firstPublished()).isEqualTo(Published.parse("2025-04-02T06:10:00Z"));
    assertThat(s.lastPublished()).isEqualTo(Published.parse("2025-04-02T08:25:00Z"));
    assertThat(s.versions()).isEqualTo(3);
    assertThat(s.findingCounts())
        .containsExactly(
            Map.entry("added/statement", 1),
            Map.entry("changed/figure", 1),
            Map.entry("omitted/figure", 1));
    assertThat(s.pageFile()).isEqualTo(ReportFiles.storyPageFile("flood-valmora"));
  }

  @Test
  void headlineIsTheTitleOfTheEarliestTitledVersionNotTheFirstById() {
    StoryResult story =
        new StoryResult(
            "s",
            List.of(
                version("a", "A")
                    .title("Later title")
                    .published("2025-01-01T12:00:00+02:00")
                    .sentence("x")
                    .build(),
                version("b", "B")
                    .published("2025-01-01T08:00:00Z")
                    .sentence("Untitled early.")
                    .build(),
                version("c", "C")
                    .title("Earlier title")
                    .published("2025-01-01T09:00:00Z")
                    .sentence("y")
                    .build()),
            List.of(),
            List.of(),
            List.of());

    // a is 10:00Z, so c (09:00Z) is the earliest version with a title.
    assertThat(StorySummary.of(story).headline()).isEqualTo("Earlier title");
  }

  @Test
  void untitledStoryUsesFirstTwelveWordsOfFirstRealSentence() {
    StoryResult story =
        new StoryResult(
            "s",
            List.of(
                version("a", "A")
                    .sentence("LISBON (Wire) -", SentenceKind.DATELINE)
                    .sentence(
                        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen.")
                    .build()),
            List.of(),
            List.of(),
            List.of());

    assertThat(StorySummary.of(story).headline())
        .isEqualTo("One two three four five six seven eight nine ten eleven twelve …");
  }

  @Test
  void undatedStoryHasNoPublicationTimes() {
    StoryResult story =
        new StoryResult(
            "s",
            List.of(version("a", "A").published("last Tuesday").sentence("Hi.").build()),
            List.of(),
            List.of(),
            List.of());

    assertThat(StorySummary.of(story).firstPublished()).isNull();
    assertThat(StorySummary.of(story).lastPublished()).isNull();
  }

  @Test
  void countsByChangeAndKind() {
    StorySummary s = StorySummary.of(SampleStory.story());

    assertThat(s.countByChange("changed")).isEqualTo(1);
    assertThat(s.countByKind("figure")).isEqualTo(2);
    assertThat(s.countByKind("quote")).isZero();
    assertThat(s.totalFindings()).isEqualTo(3);
  }

  @Test
  void survivesJavaSerializationForSparkCollect() throws Exception {
    StorySummary s = StorySummary.of(SampleStory.story());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(s);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(s);
    }
  }
}
