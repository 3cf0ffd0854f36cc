package org.storydiff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydiff.diff.StoryBuilder.version;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storydiff.diff.StoryIndex.SentenceRef;
import org.storydiff.model.AnalyzedArticle;

/**
 * Which versions carry a statement no alignment links, as the statement rules ask: read from the
 * sentences that share its words, with the same answers a scan of every sentence gives.
 */
class StoryIndexTest {

  private static final String STATEMENT =
      "The mayor of Tarsel opened the new river bridge on Monday after three years of works.";

  private static StoryIndex story() {
    List<AnalyzedArticle> versions = new ArrayList<>();
    versions.add(version("a").sentence(STATEMENT).build());
    // Most of the words in one sentence.
    versions.add(
        version("b")
            .sentence("On Monday the mayor of Tarsel opened the new river bridge.")
            .sentence("Traffic was light.")
            .build());
    // The statement's two halves told in two sentences.
    versions.add(
        version("c")
            .sentence("The new river bridge was opened by the mayor.")
            .sentence("The works in Tarsel took three years and ended on Monday.")
            .build());
    // Other news about the same town.
    versions.add(
        version("d")
            .sentence("Tarsel council raised parking fees.")
            .sentence("Rain is expected on Monday.")
            .build());
    return new StoryIndex(versions, List.of());
  }

  @Test
  void aStatementIsCarriedByOneSentenceOrByTwoThatEachTellAPart() {
    StoryIndex index = story();
    SentenceRef statement = new SentenceRef(0, 0);

    assertThat(index.carries(1, statement, 0.6)).isTrue();
    assertThat(index.carries(2, statement, 0.6)).isTrue();
    assertThat(index.carries(3, statement, 0.6)).isFalse();
    // One sentence of c alone covers too little.
    assertThat(index.coversWords(2, index.contentWords(0, 0), 0.6)).isFalse();
  }

  @Test
  void versionsCoveringAgreeWithAScanOfEveryVersion() {
    StoryIndex index = story();
    for (int v = 0; v < index.size(); v++) {
      for (int s = 0; s < index.version(v).sentences().size(); s++) {
        Set<String> words = index.contentWords(v, s);
        for (double coverage : new double[] {0.25, 0.5, 0.6, 0.9, 1.0}) {
          BitSet covering = index.versionsCovering(words, coverage);
          for (int w = 0; w < index.size(); w++) {
            assertThat(covering.get(w))
                .as("version %d covering %.2f of sentence %d.%d", w, coverage, v, s)
                .isEqualTo(index.coversWords(w, words, coverage));
          }
        }
      }
    }
    assertThat(index.versionsCovering(Set.of(), 0.5).isEmpty()).isTrue();
  }
}
