package org.storydiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentPolicyTest {

  @Test
  void storyPageStyleIsAllowedByExactlyItsOwnHash() {
    String html = new StoryPageRenderer().render(SampleStory.story());

    String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
    String policy = ContentPolicies.of(html);
    assertThat(policy)
        .contains("style-src " + ContentPolicy.hash(style))
        .contains("default-src 'none'");
    assertThat(policy).doesNotContain("script-src").doesNotContain("unsafe");
    assertThat(html.indexOf("<style>")).isEqualTo(html.lastIndexOf("<style>"));
  }

  @Test
  void indexAndStoryPagesShareTheStyleSheet() {
    String story = new StoryPageRenderer().render(SampleStory.story());
    String index =
        new IndexPageRenderer()
            .render(List.of(), new RunTotals(1, 1, 0, 1, 0))
            .findFirst()
            .orElseThrow()
            .html();

    assertThat(ContentPolicies.of(index))
        .startsWith(ContentPolicies.of(story) + "; script-src 'sha256-");
  }

  @Test
  void hashIsTheBase64Sha256OfTheUtf8Text() {
    // echo -n 'a { color: red; }' | openssl dgst -sha256 -binary | base64
    assertThat(ContentPolicy.hash("a { color: red; }"))
        .isEqualTo("'sha256-oorGWggqQKdAOamst0YRa4dopIT4X8ufm2ydpEk0M7o='");
  }
}
