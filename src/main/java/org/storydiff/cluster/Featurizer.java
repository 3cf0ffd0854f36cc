package org.storydiff.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.model.Article;
import org.storydiff.model.LanguageGroups;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;

/**
 * Computes an article's {@link ClusterFeatures}: weighted term frequencies and publication day. The
 * title, headline sentences and the lead (the first {@value #LEAD_SENTENCES} body sentences) count
 * {@value #LEAD_WEIGHT} times, since agencies put the story's who, what and where there and pad the
 * tail with background; boilerplate (datelines, captions, credits) is ignored, since it names the
 * agency rather than the story. Stateless and thread-safe.
 */
public final class Featurizer {

  static final int LEAD_SENTENCES = 2;
  static final double LEAD_WEIGHT = 2.0;
  static final double TAIL_WEIGHT = 1.0;

  private final TermExtractor extractor = new TermExtractor();

  public ClusterFeatures features(ClusterInput in) {
    Article article = in.article();
    return ClusterFeatures.of(
        article.id(),
        terms(in),
        article.publishedTime() == null ? null : article.publishedTime().epochDay(),
        LanguageGroups.codeOf(article.language()));
  }

  /**
   * The weighted term frequencies {@link #features} hashes, readable: content terms ("flood"),
   * entity terms ("e:red cross"), number terms ("n:134") and date terms ("d:11-12").
   */
  public Map<String, Double> terms(ClusterInput in) {
    Map<String, Double> terms = new HashMap<>();
    String language = in.article().language();
    if (in.titleTokens().size() > 0) {
      extractor.addTerms(in.titleTokens(), 0, LEAD_WEIGHT, language, terms);
    }
    int bodySentences = 0;
    List<Sentence> sentences = in.sentences();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (s.isBoilerplate()) {
        continue;
      }
      double weight = TAIL_WEIGHT;
      if (s.kind() == SentenceKind.HEADLINE) {
        weight = LEAD_WEIGHT;
      } else if (bodySentences++ < LEAD_SENTENCES) {
        weight = LEAD_WEIGHT;
      }
      extractor.addTerms(in.tokens(), k, weight, language, terms);
    }
    return terms;
  }
}
