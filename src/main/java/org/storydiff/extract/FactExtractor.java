package org.storydiff.extract;

import java.util.List;
import org.storydiff.model.Fact;
import org.storydiff.model.Sentence;

/** PLACEHOLDER (replaced by the real extractors): figures and quotes of one article. */
public final class FactExtractor {

  public List<Fact> extract(String articleId, String body, List<Sentence> sentences) {
    return List.of();
  }
}
