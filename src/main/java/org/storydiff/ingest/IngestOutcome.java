package org.storydiff.ingest;

import java.io.Serializable;
import java.util.Objects;
import org.storydiff.model.Article;
import org.storydiff.model.Rejection;

/**
 * What became of one input record: an accepted {@link Article} or a {@link Rejection} with its
 * reason. Every record read yields exactly one outcome, so records read = accepted + rejected.
 */
public sealed interface IngestOutcome extends Serializable
    permits IngestOutcome.Accepted, IngestOutcome.Rejected {

  /**
   * Where the record came from: {@code <file>:<line>} for JSON Lines, {@code <file>#<row>} for
   * Parquet (lines and rows are 1-based). Never null.
   */
  String input();

  /** Shorthand for a {@link Rejected} outcome. */
  static Rejected rejected(String input, String reason) {
    return new Rejected(new Rejection(input, reason));
  }

  /**
   * A record that passed validation.
   *
   * @param input see {@link IngestOutcome#input()}; non-null
   * @param article the validated article; non-null
   */
  record Accepted(String input, Article article) implements IngestOutcome {
    public Accepted {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * A record that is not processed.
   *
   * @param rejection where it came from and why; non-null
   */
  record Rejected(Rejection rejection) implements IngestOutcome {
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }

    @Override
    public String input() {
      return rejection.input();
    }

    /** The reason, e.g. {@code missing required field "body"}. */
    public String reason() {
      return rejection.reason();
    }
  }
}
