package org.storydiff.bench;

import java.util.Map;
import java.util.function.Function;

/** Replaces {@code {slot}} markers in a template. Stateless and thread-safe. */
final class Fill {

  private Fill() {}

  /** Fills the slots found in {@code values}; leaves unknown slots (figures) as they are. */
  static String slots(String template, Map<String, String> values) {
    return replace(template, values::get);
  }

  /** Replaces each {@code {name}} by {@code lookup(name)}, or keeps it when that is null. */
  static String replace(String template, Function<String, String> lookup) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      String value = lookup.apply(template.substring(open + 1, close));
      out.append(value != null ? value : template.substring(open, close + 1));
      i = close + 1;
    }
    return out.toString();
  }
}
