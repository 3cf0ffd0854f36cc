package org.storydiff.model;

import java.io.Serializable;
import java.util.Objects;

/** Where another version carries the counterpart of a finding: a span of that article's body. */
public record Evidence(String articleId, int start, int end, String text) implements Serializable {

  public Evidence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
  }
}
