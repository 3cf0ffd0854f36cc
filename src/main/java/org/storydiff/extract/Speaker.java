package org.storydiff.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who speaks a quote, as an entity of the article: the {@code mention} as the text writes it
 * ("she", "the minister", "Reznikov") and the {@code name} it resolves to, the fullest the article
 * gives ("Ria Holt"), or null when a pronoun or title could not be resolved; its {@code type}
 * ({@link #PERSON} or {@link #ORGANISATION}) and {@code how} it was found (see {@link
 * org.storydiff.model.Quote#speakerHow()}). Immutable.
 */
record Speaker(String mention, String name, String type, String how) {

  static final String PERSON = "person";
  static final String ORGANISATION = "organisation";
  static final String EXPLICIT = "explicit";
  static final String APPOSITION = "apposition";
  static final String TITLE_SURNAME = "title+surname";
  static final String PRONOUN = "pronoun";
  static final String ADJACENT = "adjacent";
  static final String SPOKESPERSON_FOR = "spokesperson-for";

  Speaker {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(how, "how");
  }

  /** A speaker named as found at the verb of saying, its type read from the name. */
  Speaker(String mention, String name) {
    this(mention, name, SpeakerVariants.typeOf(name != null ? name : mention), EXPLICIT);
  }

  Speaker withHow(String newHow) {
    return new Speaker(mention, name, type, newHow);
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

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static Set<String> words(String s) {
    return new HashSet<>(Arrays.asList(NOT_A_WORD.split(s.toLowerCase(Locale.ROOT))));
  }
}
