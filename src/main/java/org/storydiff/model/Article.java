package org.storydiff.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One accepted input article. {@code id}, {@code source} and {@code body} are non-null and
 * non-blank (validated at ingest); the optional fields are null when absent. All offsets elsewhere
 * in the model are Java {@code String} indexes (UTF-16 code units) into {@link #body()}.
 *
 * @param language the article's language as a lower-case ISO 639-1 code ("de"), as ingest resolves
 *     it ({@code ingest.ArticleLanguage}); every stage reads this one value. Null only for an
 *     article built outside ingest without a language
 * @param published the {@code published} value as written, for output
 * @param publishedTime {@code published} parsed ({@link Published#parse}), null when absent or not
 *     a form it accepts; every stage that needs the time uses this, never the string
 * @param languageSource how {@code language} was found; null only for an article built outside
 *     ingest
 */
public record Article(
    String id,
    String source,
    String body,
    String title,
    String published,
    String url,
    String language,
    Published publishedTime,
    LanguageSource languageSource)
    implements Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    if (languageSource != null && language == null) {
      throw new IllegalArgumentException(
          "a language source (" + languageSource + ") needs a language");
    }
  }

  /** An article whose language is taken as given ({@link LanguageSource#GIVEN}, none if null). */
  public Article(
      String id,
      String source,
      String body,
      String title,
      String published,
      String url,
      String language,
      Published publishedTime) {
    this(
        id,
        source,
        body,
        title,
        published,
        url,
        language,
        publishedTime,
        language == null ? null : LanguageSource.GIVEN);
  }

  /** An article whose {@code published} is parsed here, as ingest does; language as given. */
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
