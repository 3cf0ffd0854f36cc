package org.storydiff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storydiff.cluster.ClusterInput;
import org.storydiff.cluster.LocalStoryClusterer;
import org.storydiff.model.Article;

/**
 * Issue 8: articles whose only common text is the agency's furniture (dateline, captions, credits,
 * copyright, "Follow us", "Read more") are different stories, however long that furniture is
 * compared with the story itself (the furniture names the city; the stories do not). Articles go
 * through the job's own analysis, so the sentence kinds the clustering sees are the real ones.
 */
class BoilerplateDoesNotMergeStoriesTest {

  /** Longer than each story's own text, on purpose. */
  private static final String FURNITURE_TOP = "PORT LOMAR, May 4 (Northwire) - ";

  private static final String FURNITURE_BOTTOM =
      String.join(
          "\n\n",
          "Photo: Harbour cranes at Port Lomar on a grey morning, with the old customs house and the"
              + " ferry terminal behind them (Northwire/Ines Baltar)",
          "Reporting by Ines Baltar and Tomas Reyl in Port Lomar; additional reporting by the Northwire"
              + " regional desk; editing by Clara Moss and Peter Quill",
          "Read more: Northwire coverage of the coast, the harbour, the city council and regional politics",
          "Follow Northwire regional news on Twitter for the latest updates from Port Lomar and the coast",
          "Copyright 2026 Northwire News Agency. All rights reserved. This material may not be published,"
              + " broadcast, rewritten or redistributed.");

  private static Article article(String id, String title, String story) {
    return new Article(
        id,
        "Northwire",
        FURNITURE_TOP + story + "\n\n" + FURNITURE_BOTTOM,
        title,
        "2026-05-04T10:00:00Z",
        null,
        "en");
  }

  private static Map<String, String> storyIds(List<Article> articles) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    List<ClusterInput> inputs =
        articles.stream().map(analyzer::analyze).map(ClusterInput::of).toList();
    return new LocalStoryClusterer().storyIds(inputs);
  }

  @Test
  void twoUnrelatedStoriesWithTheSameFurnitureStayApart() {
    Map<String, String> ids =
        storyIds(
            List.of(
                article(
                    "nw-chess",
                    "Teenager wins city chess open",
                    "A 16-year-old from Vellbrook won the city chess open on Sunday after beating the"
                        + " defending champion in the final round. She finished with eight points from nine games."),
                article(
                    "nw-water",
                    "Burst water main floods market street",
                    "A burst water main flooded the covered market on Sunday night and forced"
                        + " traders to close their stalls. Engineers expected repairs to take two days.")));

    assertThat(ids.get("nw-chess")).isNotEqualTo(ids.get("nw-water"));
  }

  @Test
  void twoVersionsOfOneStoryWithTheSameFurnitureStillJoin() {
    Map<String, String> ids =
        storyIds(
            List.of(
                article(
                    "nw-chess",
                    "Teenager wins city chess open",
                    "A 16-year-old from Vellbrook won the city chess open on Sunday after beating the"
                        + " defending champion in the final round. She finished with eight points from nine games."),
                article(
                    "nw-chess-update",
                    "Vellbrook teenager takes city chess title",
                    "The city chess open went to a 16-year-old from Vellbrook, who beat the defending"
                        + " champion in Sunday's final round and finished with eight points from nine games."),
                article(
                    "nw-water",
                    "Burst water main floods market street",
                    "A burst water main flooded the covered market on Sunday night and forced"
                        + " traders to close their stalls. Engineers expected repairs to take two days.")));

    assertThat(ids.get("nw-chess-update")).isEqualTo(ids.get("nw-chess"));
    assertThat(ids.get("nw-water")).isNotEqualTo(ids.get("nw-chess"));
  }
}
