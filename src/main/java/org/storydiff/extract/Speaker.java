package org.storydiff.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;

/**
 * Who speaks a quote: the {@code mention} as the text writes it ("she", "the minister",
 * "Reznikov") and the {@code name} it resolves to ("Ria Holt"), or null when a pronoun or title
 * could not be resolved. Immutable.
 */
record Speaker(String mention, String name) {

  Speaker {
    Objects.requireNonNull(mention, "mention");
  }

  /**
   * The readable form: the name alone when the mention already says it ("Defence Minister Oleksiy
   * Reznikov" or "Reznikov" for Oleksiy Reznikov), else "name (mention)" ("Ria Holt (she)"), or the
   * mention when there is no name.
   */
  String display() {
    if (name == null) {
      return mention;
    }
    Set<String> m = words(mention);
    Set<String> n = words(name);
    return m.containsAll(n) || n.containsAll(m) ? name : name + " (" + mention + ")";
  }

  private static Set<String> words(String s) {
    return new HashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
  }
}
