package org.storydiff.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence templates of the synthetic generator, parsed once from {@code story-templates.txt}
 * (its header documents the format). Immutable and thread-safe.
 *
 * @param kinds the kinds of event in file order
 * @param generic sentences any story may use as background
 * @param local sentences carrying a story's local names, any story may use
 * @param added sentences a single version may add
 */
record Templates(List<Kind> kinds, List<String> generic, List<String> local, List<String> added) {

  /**
   * One kind of event.
   *
   * @param figures the planted quantities of a story of this kind
   */
  record Kind(
      String name,
      List<FigureSlot> figures,
      List<String> orgs,
      List<String> roles,
      List<String> titles,
      List<String> leads,
      List<String> details,
      List<String> quotes,
      List<String> backgrounds) {}

  /**
   * A planted quantity: {@code {name}} in a template becomes the value and its unit words.
   *
   * @param decimal whether values carry one decimal (a magnitude)
   * @param unit the words after the number ("people", "percent", "billion dollars"), maybe empty
   */
  record FigureSlot(String name, double min, double max, boolean decimal, String unit) {}

  private static final String RESOURCE = "story-templates.txt";

  /** The templates shipped with the generator. */
  static Templates standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Templates STANDARD = load();
  }

  private static Templates load() {
    try (InputStream in = Templates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Templates parse(List<String> lines) {
    List<Kind> kinds = new ArrayList<>();
    Map<String, List<String>> fields = null;
    String kindName = null;
    List<String> generic = new ArrayList<>();
    List<String> local = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        if (kindName != null) {
          kinds.add(kind(kindName, fields));
        }
        kindName = line.startsWith("[kind ") ? line.substring(6, line.length() - 1).strip() : null;
        fields = new LinkedHashMap<>();
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0 || fields == null) {
        throw new IllegalArgumentException("template line without a field or section: " + line);
      }
      String field = line.substring(0, colon).strip();
      String text = line.substring(colon + 1).strip();
      if (kindName == null) {
        (field.equals("added") ? added : field.equals("local") ? local : generic).add(text);
      } else {
        fields.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
      }
    }
    if (kindName != null) {
      kinds.add(kind(kindName, fields));
    }
    return new Templates(
        List.copyOf(kinds), List.copyOf(generic), List.copyOf(local), List.copyOf(added));
  }

  private static Kind kind(String name, Map<String, List<String>> f) {
    List<FigureSlot> figures = new ArrayList<>();
    for (String spec : f.getOrDefault("figure", List.of())) {
      String[] parts = spec.split(" ", 4);
      figures.add(
          new FigureSlot(
              parts[0],
              Double.parseDouble(parts[1]),
              Double.parseDouble(parts[2]),
              parts[1].contains("."),
              parts.length > 3 ? parts[3] : ""));
    }
    return new Kind(
        name,
        List.copyOf(figures),
        list(f, "org"),
        list(f, "role"),
        list(f, "title"),
        list(f, "lead"),
        list(f, "detail"),
        list(f, "quote"),
        list(f, "background"));
  }

  private static List<String> list(Map<String, List<String>> f, String field) {
    List<String> values = f.get(field);
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("template kind lacks '" + field + "' lines");
    }
    return List.copyOf(values);
  }
}
