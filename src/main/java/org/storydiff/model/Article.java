package org.storydiff.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One accepted input article. {@code id}, {@code source} and {@code body} are non-null and
 * non-blank (validated at ingest); the optional fields are null when absent. All offsets elsewhere
 * in the model are Java {@code String} indexes (UTF-16 code units) into {@link #body()}.
 *
 * @param published the {@code published} value as written, for output
 * @param publishedTime {@code published} parsed ({@link Published#parse}), null when absent or not
 *     a form it accepts; every stage that needs the time uses this, never the string
 */
public record Article(
    String id,
    String source,
    String body,
    String title,
    String published,
    String url,
    String language,
    Published publishedTime)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
  }

  /** An article whose {@code published} is parsed here, as ingest does. */
  public Article(
      String id,
      String source,
      String body,
      String title,
      String published,
      String url,
      String language) {
    this(id, source, body, title, published, url, language, Published.parse(published));
  }
}
