package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFilesTest {

  private static final String SAFE_NAME = "[A-Za-z0-9._-]+\\.html";

  @Test
  void keepsReadableIdAndAppendsHash() {
    assertThat(ReportFiles.storyPageFile("story-42")).matches("story-42-[0-9a-f]{16}\\.html");
  }

  @Test
  void parentDirectoryIdStaysInsideStoriesFolder() {
    String name = ReportFiles.storyPageFile("../../etc/passwd");

    assertThat(name)
        .matches(SAFE_NAME)
        .doesNotContain("..")
        .doesNotContain("/")
        .doesNotStartWith(".");
  }

  @Test
  void dotOnlyIdsNeverBecomeDotDot() {
    assertThat(ReportFiles.storyPageFile("..")).doesNotContain("..").doesNotStartWith(".");
    assertThat(ReportFiles.storyPageFile(".")).doesNotStartWith(".");
    assertThat(ReportFiles.storyPageFile("a...b")).doesNotContain("..");
  }

  @Test
  void separatorsAndUnicodeAreReplaced() {
    assertThat(ReportFiles.storyPageFile("a/b\\c d")).startsWith("a_b_c_d-").matches(SAFE_NAME);
    // One replacement per code point: the emoji is one character to a reader, so one '_'.
    assertThat(ReportFiles.storyPageFile("Kyïv😀x")).startsWith("Ky_v_x-").matches(SAFE_NAME);
  }

  @Test
  void idsDifferingOnlyInUnsafeCharactersGetDifferentFiles() {
    assertThat(ReportFiles.storyPageFile("a/b")).isNotEqualTo(ReportFiles.storyPageFile("a\\b"));
    assertThat(ReportFiles.storyPageFile("é")).isNotEqualTo(ReportFiles.storyPageFile("è"));
  }

  @Test
  void veryLongIdIsCapped() {
    String name = ReportFiles.storyPageFile("x".repeat(5000));

    assertThat(name.length()).isLessThanOrEqualTo(60 + 1 + 16 + 5);
  }

  @Test
  void longIdsSharingAPrefixStillDiffer() {
    String prefix = "p".repeat(200);

    assertThat(ReportFiles.storyPageFile(prefix + "1"))
        .isNotEqualTo(ReportFiles.storyPageFile(prefix + "2"));
  }

  @Test
  void nameIsStableAcrossCalls() {
    assertThat(ReportFiles.storyPageFile("reuters/2024:03:14 #1"))
        .isEqualTo(ReportFiles.storyPageFile("reuters/2024:03:14 #1"))
        // pinned (sha256sum of the raw id) so a change of scheme, which would break links, is
        // noticed
        .isEqualTo("reuters_2024_03_14__1-d7f2189d17e5fbb8.html");
  }

  @Test
  void emptyIdGetsAName() {
    assertThat(ReportFiles.storyPageFile("")).matches("story-[0-9a-f]{16}\\.html");
  }

  @Test
  void linkIsUnderStoriesFolder() {
    assertThat(ReportFiles.storyPageLink("s1"))
        .isEqualTo("stories/" + ReportFiles.storyPageFile("s1"));
  }
}
