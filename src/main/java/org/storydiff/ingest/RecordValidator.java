package org.storydiff.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.storydiff.ingest.IngestOutcome.Accepted;
import org.storydiff.model.Article;
import org.storydiff.model.Published;

/**
 * Turns one input record into an {@link IngestOutcome}: an {@link Article} or a rejection whose
 * reason says what to fix. Thread-safe and {@link Serializable}: Spark may share one instance
 * across a partition's tasks or ship it to executors.
 *
 * <p>Input fields: {@code id}, {@code source}, {@code body} (required strings), {@code title},
 * {@code published}, {@code url}, {@code language} (optional strings; absent or JSON null becomes
 * null). The article's language is the field normalized, or detected when it is absent or blank
 * ({@link ArticleLanguage}), so it is never null on an accepted article. Unknown fields are
 * ignored. Values of the wrong type are rejected, never coerced. JSON is parsed strictly (one
 * object per line, no duplicate keys), except that control characters left unescaped inside strings
 * are tolerated.
 *
 * <p>Strings are kept exactly as given, so offsets into {@link Article#body()} index the agency's
 * own text, with these exceptions (see {@link TextCleaner}): a leading byte order mark is removed;
 * NUL and the other C0 control characters except tab, line feed and carriage return become a space,
 * and unpaired surrogates become U+FFFD (one code unit for one, offsets stay valid); in the body
 * and title, HTML markup is blanked the same way, character for character (see {@link
 * MarkupBlanker}). {@code id} and {@code source} are also stripped of surrounding whitespace. The
 * body is not trimmed.
 */
public final class RecordValidator implements Serializable {

  private final IngestLimits limits;

  /**
   * @param limits size limits; non-null
   */
  public RecordValidator(IngestLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The limits this validator enforces. */
  public IngestLimits limits() {
    return limits;
  }

  /**
   * Validates one JSON Lines record.
   *
   * @param input where the record came from, e.g. {@code news.jsonl:12}; non-null
   * @param line the line's text without its line terminator; must be exactly one JSON object
   */
  public IngestOutcome fromJson(String input, String line) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(line, "line");
    try {
      return new Accepted(input, toArticle(JsonRecordParser.fields(line)));
    } catch (InvalidRecord e) {
      return IngestOutcome.rejected(input, e.getMessage());
    }
  }

  /**
   * Validates one record given as field values, e.g. a Parquet row. Strings must be {@link String};
   * null values count as absent.
   *
   * @param input where the record came from, e.g. {@code news.parquet#12}; non-null
   * @param fields field name to value; non-null, may hold extra fields
   */
  public IngestOutcome fromFields(String input, Map<String, Object> fields) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(fields, "fields");
    try {
      return new Accepted(input, toArticle(fields));
    } catch (InvalidRecord e) {
      return IngestOutcome.rejected(input, e.getMessage());
    }
  }

  private Article toArticle(Map<String, ?> fields) throws InvalidRecord {
    String id = required(fields, "id");
    String source = required(fields, "source");
    String body = required(fields, "body");
    String title = optional(fields, "title");
    String published = optional(fields, "published");
    String url = optional(fields, "url");
    String language = optional(fields, "language");

    // Limits first: they are checked on the raw length, before any copy of a huge string is made.
    checkLength("body", body, limits.maxBodyChars(), "--max-body-chars");
    checkLength("title", title, limits.maxTitleChars(), "--max-title-chars");

    String cleanId = nonEmpty("id", TextCleaner.clean(id).strip());
    String cleanSource = nonEmpty("source", TextCleaner.clean(source).strip());
    String cleanPublished = cleanOrNull(published);
    String cleanBody = checkedBody(TextCleaner.clean(body));
    String cleanTitle = title == null ? null : MarkupBlanker.blank(TextCleaner.clean(title));
    ArticleLanguage.Resolved lang =
        ArticleLanguage.of(cleanOrNull(language), cleanTitle, cleanBody);
    return new Article(
        cleanId,
        cleanSource,
        cleanBody,
        cleanTitle,
        cleanPublished,
        cleanOrNull(url),
        lang.code(),
        Published.parse(cleanPublished),
        lang.source());
  }

  private static String required(Map<String, ?> fields, String name) throws InvalidRecord {
    if (fields.get(name) == null) {
      throw new InvalidRecord(
          fields.containsKey(name)
              ? "required field \"" + name + "\" is null"
              : "missing required field \"" + name + "\"");
    }
    return optional(fields, name);
  }

  private static String optional(Map<String, ?> fields, String name) throws InvalidRecord {
    Object value = fields.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new InvalidRecord("field \"" + name + "\" must be a string, got " + typeName(value));
  }

  /** JSON's names for the types a value can have, so the reason reads the same for any input. */
  private static String typeName(Object value) {
    if (value instanceof JsonNode node) {
      return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof byte[]) {
      return "binary";
    }
    if (value instanceof Map) {
      return "object";
    }
    if (value instanceof Collection || value.getClass().isArray()) {
      return "array";
    }
    return value.getClass().getSimpleName();
  }

  private static void checkLength(String name, String value, int limit, String option)
      throws InvalidRecord {
    if (value != null && value.length() > limit) {
      throw new InvalidRecord(
          String.format(
              Locale.ROOT,
              "%s has %d characters; the limit is %d (%s)",
              name,
              value.length(),
              limit,
              option));
    }
  }

  private static String nonEmpty(String name, String value) throws InvalidRecord {
    if (value.isEmpty()) {
      throw new InvalidRecord("empty " + name);
    }
    return value;
  }

  private static String checkedBody(String cleaned) throws InvalidRecord {
    if (cleaned.isEmpty()) {
      throw new InvalidRecord("empty body");
    }
    if (cleaned.isBlank()) {
      throw new InvalidRecord("body has only whitespace");
    }
    String body = MarkupBlanker.blank(cleaned);
    if (body.isBlank()) {
      throw new InvalidRecord("body has only HTML markup, no text");
    }
    return body;
  }

  private static String cleanOrNull(String value) {
    return value == null ? null : TextCleaner.clean(value);
  }
}
