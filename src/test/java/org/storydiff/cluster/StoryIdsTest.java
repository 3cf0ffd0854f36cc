package org.storydiff.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryIdsTest {

  @Test
  void idIsSha256PrefixOfTheSmallestArticleId() {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223...
    assertThat(StoryIds.of(List.of("abd", "abc"))).isEqualTo("story-ba7816bf8f01");
  }

  @Test
  void idDoesNotDependOnOrderOrLaterMembers() {
    String id = StoryIds.of(List.of("reuters-7", "ap-3", "bbc-9"));

    assertThat(StoryIds.of(Set.of("bbc-9", "ap-3", "reuters-7"))).isEqualTo(id);
    assertThat(StoryIds.of(List.of("ap-3", "zz-local-1"))).isEqualTo(id);
    assertThat(StoryIds.of(List.of("bbc-9"))).isNotEqualTo(id);
  }

  @Test
  void rejectsAnEmptyStory() {
    assertThatThrownBy(() -> StoryIds.of(List.of())).hasMessageContaining("at least one");
  }
}
