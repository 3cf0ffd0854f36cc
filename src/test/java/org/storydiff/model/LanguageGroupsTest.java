package org.storydiff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storydiff.text.SentenceTokenizer;

class LanguageGroupsTest {

  private static AnalyzedArticle version(String id, String language) {
    Article article = new Article(id, "Wire", "Text.", null, null, null, language);
    List<Sentence> sentences = List.of(new Sentence(0, 0, 5, 0, SentenceKind.BODY));
    return new AnalyzedArticle(
        article,
        sentences,
        SentenceTokenizer.of("Text.", sentences, language),
        SentenceTokenizer.ofText("", language),
        List.of());
  }

  private static List<List<String>> ids(List<AnalyzedArticle> versions) {
    return LanguageGroups.of(versions).stream()
        .map(g -> g.stream().map(AnalyzedArticle::id).toList())
        .toList();
  }

  @Test
  void versionsAreGroupedByLanguageCode() {
    assertThat(ids(List.of(version("a", "en"), version("b", "fr"), version("c", "en-GB"))))
        .containsExactly(List.of("a", "c"), List.of("b"));
  }

  @Test
  void aVersionOfUnknownLanguageJoinsTheOneKnownLanguage() {
    assertThat(ids(List.of(version("a", "en"), version("b", null), version("c", "en\" x=\""))))
        .containsExactly(List.of("a", "b", "c"));
    assertThat(ids(List.of(version("a", "en"), version("b", null), version("c", "fr"))))
        .containsExactly(List.of("b"), List.of("a"), List.of("c"));
  }

  @Test
  void aTagThatNamesNoLanguageHasNoCode() {
    assertThat(LanguageGroups.codeOf("de-DE")).isEqualTo("de");
    assertThat(LanguageGroups.codeOf("en\" onfocus=\"x")).isNull();
    assertThat(LanguageGroups.codeOf(null)).isNull();
  }
}
