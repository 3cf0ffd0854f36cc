package org.storydiff.cluster;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.storydiff.model.Article;
import org.storydiff.model.Sentence;

/** An article with its sentences (offsets into its body), as {@link LocalStoryClusterer} takes it. */
public record ClusterInput(Article article, List<Sentence> sentences) implements Serializable {

  public ClusterInput {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
  }
}
