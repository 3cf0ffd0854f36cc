package org.storydiff.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses one JSON Lines line into its top-level fields. Thread-safe: the shared {@link
 * ObjectMapper} is configured once and only read afterwards.
 */
final class JsonRecordParser {

  private static final ObjectMapper MAPPER = newMapper();

  private JsonRecordParser() {}

  /**
   * Returns the top-level fields of the JSON object on {@code line}: a string value as a {@link
   * String}, JSON {@code null} as {@code null}, any other value as its {@link JsonNode}, so the
   * validator can name its type without this class deciding what is allowed.
   *
   * @throws InvalidRecord if the line is not exactly one well-formed JSON object
   */
  static Map<String, Object> fields(String line) throws InvalidRecord {
    if (line.isBlank()) {
      throw new InvalidRecord("blank line, not a JSON object");
    }
    JsonNode root = parse(line);
    if (!root.isObject()) {
      throw new InvalidRecord("not a JSON object");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      fields.put(field.getKey(), plainValue(field.getValue()));
    }
    return fields;
  }

  private static JsonNode parse(String line) throws InvalidRecord {
    try {
      return MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InvalidRecord("invalid JSON: " + describe(e));
    }
  }

  private static Object plainValue(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    return value.isNull() ? null : value;
  }

  /** Jackson's own message without the location and source excerpt it appends, plus the column. */
  private static String describe(JsonProcessingException e) {
    // Jackson's wording for this case names its own configuration; say it in the user's terms.
    String message =
        e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")
            ? "more than one JSON value on the line"
            : e.getOriginalMessage();
    String firstLine =
        message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
      return firstLine + " (column " + e.getLocation().getColumnNr() + ")";
    }
    return firstLine;
  }

  private static ObjectMapper newMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            // Our own limits (IngestLimits) decide how long a body may be, with a clear message.
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            // Producers often leave tabs or stray control characters unescaped inside strings; the
            // text is unambiguous, and TextCleaner neutralizes what should not reach the output.
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    ObjectMapper mapper = new ObjectMapper(factory);
    // Two "body" keys make a record ambiguous; "{...} garbage" is not one JSON object.
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return mapper;
  }
}
