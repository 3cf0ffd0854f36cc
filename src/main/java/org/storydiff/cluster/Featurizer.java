package org.storydiff.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storydiff.model.Article;
import org.storydiff.model.Sentence;
import org.storydiff.model.SentenceKind;
import org.storydiff.text.Tokenizer;

/**
 * Computes an article's {@link ClusterFeatures}: weighted term frequencies and publication day.
 * The title, headline sentences and the lead (the first {@value #LEAD_SENTENCES} body sentences)
 * count {@value #LEAD_WEIGHT} times, since agencies put the story's who, what and where there and
 * pad the tail with background; boilerplate (datelines, captions, credits) is ignored, since it
 * names the agency rather than the story. Stateless and thread-safe.
 */
public final class Featurizer {

  static final int LEAD_SENTENCES = 2;
  static final double LEAD_WEIGHT = 2.0;
  static final double TAIL_WEIGHT = 1.0;

  private final TermExtractor extractor;

  public Featurizer() {
    this(Tokenizer.INSTANCE);
  }

  public Featurizer(Tokenizer tokenizer) {
    this.extractor = new TermExtractor(tokenizer);
  }

  /**
   * @param article non-null
   * @param sentences the article's sentences, offsets into {@code article.body()}
   */
  public ClusterFeatures features(Article article, List<Sentence> sentences) {
    return ClusterFeatures.of(article.id(), terms(article, sentences), article.publishedTime() == null ? null : article.publishedTime().epochDay());
  }

  /**
   * The weighted term frequencies {@link #features} hashes, readable: content terms ("flood"),
   * entity terms ("e:red cross"), number terms ("n:134") and date terms ("d:11-12").
   */
  public Map<String, Double> terms(Article article, List<Sentence> sentences) {
    Map<String, Double> terms = new HashMap<>();
    String title = article.title();
    if (title != null && !title.isBlank()) {
      extractor.addTerms(title, 0, title.length(), LEAD_WEIGHT, terms);
    }
    int bodySentences = 0;
    for (Sentence s : sentences) {
      if (s.isBoilerplate()) {
        continue;
      }
      double weight = TAIL_WEIGHT;
      if (s.kind() == SentenceKind.HEADLINE) {
        weight = LEAD_WEIGHT;
      } else if (bodySentences++ < LEAD_SENTENCES) {
        weight = LEAD_WEIGHT;
      }
      extractor.addTerms(article.body(), s.start(), s.end(), weight, terms);
    }
    return terms;
  }
}
