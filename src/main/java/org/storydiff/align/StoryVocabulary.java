package org.storydiff.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In-story rarity of content terms: a term found in few of the story's sentences says more about
 * which statement a sentence makes than one found everywhere ("killed" in a war story).
 *
 * <p>Rarity is measured per version and averaged: {@code idf = ln(1 + n / d)} where {@code n} is
 * the mean number of sentences per version and {@code d} the mean number of sentences containing
 * the term in the versions that have it. Plain sentence-level IDF over the pooled versions would
 * make every shared statement look common (it is repeated once per version) and every added word
 * look rare, biasing similarity against exactly the pairs that should align. Immutable after
 * construction and thread-safe.
 */
final class StoryVocabulary {

  private final Map<String, Double> idf = new HashMap<>();

  /**
   * @param versions the non-boilerplate sentences of each version of the story
   */
  StoryVocabulary(List<List<SentenceProfile>> versions) {
    Map<String, Integer> sentenceFrequency = new HashMap<>();
    Map<String, Integer> versionFrequency = new HashMap<>();
    int sentences = 0;
    for (List<SentenceProfile> version : versions) {
      Set<String> inVersion = new HashSet<>();
      for (SentenceProfile p : version) {
        for (String term : p.terms().keySet()) {
          sentenceFrequency.merge(term, 1, Integer::sum);
          inVersion.add(term);
        }
      }
      inVersion.forEach(t -> versionFrequency.merge(t, 1, Integer::sum));
      sentences += version.size();
    }
    double meanSentences = (double) Math.max(1, sentences) / Math.max(1, versions.size());
    sentenceFrequency.forEach(
        (term, df) -> {
          double meanContaining = (double) df / versionFrequency.get(term);
          idf.put(term, Math.log1p(meanSentences / meanContaining));
        });
  }

  /** IDF times the role's boost; always > 0. */
  double weight(String term, TermKind kind) {
    return idf(term) * kind.boost();
  }

  /** In-story IDF; a term the story never saw counts as rare as possible for a sentence. */
  double idf(String term) {
    Double value = idf.get(term);
    return value != null ? value : Math.log(2);
  }
}
