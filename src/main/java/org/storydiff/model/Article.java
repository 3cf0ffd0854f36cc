package org.storydiff.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One accepted input article. {@code id}, {@code source} and {@code body} are non-null and non-blank
 * (validated at ingest); the optional fields are null when absent. All offsets elsewhere in the model
 * are Java {@code String} indexes (UTF-16 code units) into {@link #body()}.
 */
public record Article(
    String id,
    String source,
    String body,
    String title,
    String published,
    String url,
    String language)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
  }
}
