package org.storydiff.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Resolves a speaker mention to whom it names: "he" or "she" to the subject of the latest sentence
 * naming a person, "the minister" to the latest person with that title, a lone surname to the
 * latest full name ending in it; a longer phrase is reduced to its name by {@link SpeakerNames}.
 * Plural and first-person pronouns ("they", "we", "I") and titles without a matching person stay
 * unresolved. Stateless and thread-safe.
 */
final class SpeakerResolver {

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  private static final Set<String> OTHER_PRONOUNS = Set.of("they", "we", "i", "it", "you", "who");

  /** "the current Democratic presidential nominee": longest description resolved by its title. */
  private static final int MAX_DESCRIPTION_WORDS = 6;

  private SpeakerResolver() {}

  /** The speaker a mention at body offset {@code offset} names; null for a null mention. */
  static Speaker resolve(String mention, int offset, PersonIndex people) {
    if (mention == null || mention.isBlank()) {
      return null;
    }
    String phrase = mention.strip();
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (PERSON_PRONOUNS.contains(lower)) {
      PersonIndex.Person p = people.before(offset);
      return new Speaker(phrase, p == null ? null : p.name());
    }
    if (OTHER_PRONOUNS.contains(lower)) {
      return new Speaker(phrase, null);
    }
    String[] words = lower.split("\\s+");
    boolean described = words.length <= MAX_DESCRIPTION_WORDS && words[0].equals("the")
        && !Character.isUpperCase(phrase.codePointAt(phrase.lastIndexOf(' ') + 1));
    if (described && SpeakerNames.TITLES.contains(words[words.length - 1])) {
      PersonIndex.Person p = people.withTitleBefore(words[words.length - 1], offset);
      return new Speaker(phrase, p == null ? null : p.name());
    }
    if (words.length == 1 && Character.isUpperCase(phrase.codePointAt(0))) {
      PersonIndex.Person p = people.withSurnameBefore(phrase, offset + 1);
      return new Speaker(phrase, p == null ? phrase : p.name());
    }
    return new Speaker(phrase, SpeakerNames.clean(phrase));
  }
}
