package org.storydiff.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The languages with rules of their own besides English, and the one place their resources are
 * read: {@code org/storydiff/lang/<tag>.json}, one file per language, whose sections each rule
 * reads (figures, sentences, quotes). A new language is a new file plus its tests. Read once per
 * class load; thread-safe.
 */
public final class LanguageResources {

  /** Lower-case ISO 639-1 codes of the languages with a resource. */
  public static final List<String> SUPPORTED = List.of("de", "fr", "es");

  private static final Map<String, JsonNode> ROOTS = load();

  private LanguageResources() {}

  /** The resource of {@code tag}, or null for English and any language without one. */
  public static JsonNode of(String tag) {
    return tag == null ? null : ROOTS.get(tag);
  }

  /**
   * The strings of array {@code field} in {@code section} of a resource; a missing section or field
   * is an error in the resource, reported with its language.
   */
  public static Set<String> strings(JsonNode root, String section, String field) {
    JsonNode node = root.path(section).path(field);
    if (!node.isArray() || node.isEmpty()) {
      throw new IllegalStateException(
          "language resource " + root.path("language").asText() + ": no " + section + "." + field);
    }
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return Set.copyOf(out);
  }

  /** As {@link #strings}, for a field a language may leave out: empty when it is absent. */
  public static Set<String> optionalStrings(JsonNode root, String section, String field) {
    return root.path(section).has(field) ? strings(root, section, field) : Set.of();
  }

  private static Map<String, JsonNode> load() {
    Map<String, JsonNode> out = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String tag : SUPPORTED) {
      String path = "/org/storydiff/lang/" + tag + ".json";
      try (InputStream in = LanguageResources.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("language resource missing from the jar: " + path);
        }
        out.put(tag, json.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read language resource " + path, e);
      }
    }
    return Map.copyOf(out);
  }
}
