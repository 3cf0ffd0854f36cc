package org.storydiff.report;

import java.util.Comparator;
import java.util.List;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Published;
import org.storydiff.model.StoryResult;

/**
 * Picks the headline that represents a story: the title of the earliest version that has one, else
 * the first words of the earliest version's first sentence. Thread-safe: stateless.
 */
final class Headlines {

  static final int FALLBACK_WORDS = 12;

  private Headlines() {}

  static String of(StoryResult story) {
    List<AnalyzedArticle> byTime = earliestFirst(story.versions());
    return byTime.stream()
        .map(v -> v.article().title())
        .filter(t -> t != null && !t.isBlank())
        .map(String::strip)
        .findFirst()
        .orElseGet(() -> byTime.isEmpty() ? story.storyId() : firstWords(byTime.get(0)));
  }

  /** Versions by publication time; undated versions last; ties keep the story's id order. */
  static List<AnalyzedArticle> earliestFirst(List<AnalyzedArticle> versions) {
    return versions.stream()
        .sorted(
            Comparator.comparing(
                v -> v.article().publishedTime(),
                Comparator.nullsLast(Comparator.comparing(Published::instant))))
        .toList();
  }

  private static String firstWords(AnalyzedArticle version) {
    // A dateline or caption says nothing about the story, so the first real sentence is preferred.
    String text =
        version.sentences().stream()
            .filter(s -> !s.isBoilerplate())
            .findFirst()
            .or(() -> version.sentences().stream().findFirst())
            .map(s -> s.text(version.body()))
            .orElse(version.body());
    return ShortText.words(text, FALLBACK_WORDS);
  }
}
