package org.storydiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storydiff.spark.CountTerms.Census;

/** The one pass that counts the articles also tells whether they hold two or more languages. */
class CountTermsCensusTest {

  @Test
  void oneLanguageAndUnknownOnesAreNotSeveral() {
    Census census =
        Census.EMPTY
            .merge(new Census(3, "en", false))
            .merge(new Census(2, null, false))
            .merge(new Census(1, "en", false));

    assertThat(census.articles()).isEqualTo(6);
    assertThat(census.severalLanguages()).isFalse();
  }

  @Test
  void twoLanguagesAreSeveralInWhicheverOrderPartsMerge() {
    Census english = new Census(4, "en", false);
    Census german = new Census(1, "de", false);
    Census unknown = new Census(2, null, false);

    assertThat(english.merge(unknown).merge(german).severalLanguages()).isTrue();
    assertThat(unknown.merge(german).merge(english).severalLanguages()).isTrue();
    assertThat(german.merge(english).merge(unknown).articles()).isEqualTo(7);
  }
}
