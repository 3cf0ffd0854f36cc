package org.storydiff.model;

import java.io.Serializable;

/**
 * A figure or direct quote found in one article. {@link #start()}/{@link #end()} cover the fact's
 * own characters in the body; {@link #sentence()} is the index of the sentence that holds its
 * start.
 */
public sealed interface Fact extends Serializable permits Figure, Quote {

  /** Stable within an article: {@code <articleId>#f<n>} for figures, {@code #q<n>} for quotes. */
  String factId();

  int sentence();

  int start();

  int end();

  /** The body text of {@code [start, end)}, exactly as the agency wrote it. */
  String text();

  FactKind kind();
}
