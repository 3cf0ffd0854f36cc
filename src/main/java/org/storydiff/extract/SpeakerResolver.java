package org.storydiff.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a speaker mention to the entity it names, the fullest name the article gives: "he" or
 * "she" to the subject of the latest sentence naming a person, "the minister" to the latest person
 * with that title, a lone surname or "Mr. Hawes" to the latest full name ending in it, an acronym
 * to the expansion the article gives ("ICRC" to "International Committee of the Red Cross"), "a
 * spokesperson for X" to X; a longer phrase is reduced to its name by {@link SpeakerNames}. Plural
 * and first-person pronouns ("they", "we", "I") and titles without a matching person stay
 * unresolved. A mention that is only a fragment of a name or a non-name word ("United" of "the
 * United States", "Defence", "Asked") is no speaker. Stateless and thread-safe.
 */
final class SpeakerResolver {

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
  private static final Set<String> OTHER_PRONOUNS = Set.of("they", "we", "i", "it", "you", "who");

  /** Capitalized words that never are a speaker on their own. */
  private static final Set<String> NOT_SPEAKERS =
      Set.of(
          "asked",
          "united",
          "defence",
          "defense",
          "foreign",
          "interior",
          "national",
          "federal",
          "state",
          "states",
          "but",
          "and",
          "so",
          "yet",
          "then",
          "still",
          "however",
          "meanwhile",
          "later",
          "earlier",
          "when",
          "while",
          "as",
          "after",
          "before",
          "in",
          "on",
          "at",
          "the",
          "a",
          "an",
          "this",
          "that",
          "there",
          "here",
          "speaking",
          "writing",
          "responding",
          "answering",
          "referring",
          "according",
          "told",
          "said",
          "says",
          "also",
          "officials",
          "sources",
          "reports",
          "statement",
          // function words an attribution pattern can mistake for its subject ("said just after")
          "just",
          "further",
          "would",
          "could",
          "should",
          "might",
          "must",
          "its",
          "his",
          "her",
          "their",
          "came",
          "another",
          "other",
          "now",
          "again",
          "even",
          "only",
          "not");

  private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");

  private static final Pattern SPOKESPERSON_FOR =
      Pattern.compile(
          "(?i)^(?:an?|the|one)?\\s*(?:[\\p{L}-]+\\s+)?spokes(?:man|woman|person)\\s+(?:for|of|at)\\s+(.+)$");

  /** "the current Democratic presidential nominee": longest description resolved by its title. */
  private static final int MAX_DESCRIPTION_WORDS = 6;

  private SpeakerResolver() {}

  /** The speaker a mention at body offset {@code offset} names; null for a null mention. */
  static Speaker resolve(String mention, int offset, PersonIndex people) {
    return resolve(mention, offset, people, Map.of());
  }

  /**
   * @param acronyms the article's acronyms and their expansions ({@link SpeakerVariants#acronyms})
   * @return the speaker, or null for a null mention or one that names no one
   */
  static Speaker resolve(
      String mention, int offset, PersonIndex people, Map<String, String> acronyms) {
    if (mention == null || mention.isBlank()) {
      return null;
    }
    String phrase = mention.strip();
    String lower = phrase.toLowerCase(Locale.ROOT);
    if (PERSON_PRONOUNS.contains(lower)) {
      PersonIndex.Person p = people.before(offset);
      return new Speaker(phrase, p == null ? null : p.name(), Speaker.PERSON, Speaker.PRONOUN);
    }
    if (OTHER_PRONOUNS.contains(lower)) {
      return new Speaker(phrase, null, null, Speaker.PRONOUN);
    }
    if (isFragment(phrase)) {
      return null;
    }
    Matcher spokes = SPOKESPERSON_FOR.matcher(phrase);
    if (spokes.matches()) {
      String body = spokes.group(1).replaceFirst("(?i)^the\\s+", "").strip();
      String name = acronyms.getOrDefault(body, body);
      return new Speaker(phrase, name, Speaker.ORGANISATION, Speaker.SPOKESPERSON_FOR);
    }
    String[] words = lower.split("\\s+");
    boolean described =
        words.length <= MAX_DESCRIPTION_WORDS
            && words[0].equals("the")
            && !Character.isUpperCase(phrase.codePointAt(phrase.lastIndexOf(' ') + 1));
    if (described && SpeakerNames.TITLES.contains(words[words.length - 1])) {
      PersonIndex.Person p = people.withTitleBefore(words[words.length - 1], offset);
      return new Speaker(
          phrase, p == null ? null : p.name(), Speaker.PERSON, Speaker.TITLE_SURNAME);
    }
    String cleaned = SpeakerNames.clean(phrase);
    String bare = LEADING_THE.matcher(cleaned).replaceFirst("");
    if (acronyms.containsKey(bare)) {
      return new Speaker(phrase, acronyms.get(bare), Speaker.ORGANISATION, Speaker.EXPLICIT);
    }
    boolean single = bare.indexOf(' ') < 0 && NameParticles.isNameWord(bare);
    if (single && Speaker.PERSON.equals(SpeakerVariants.typeOf(bare))) {
      PersonIndex.Person p = people.withSurnameBefore(bare, offset + 1);
      boolean titled = !bare.equals(phrase);
      String how = p != null || titled ? Speaker.TITLE_SURNAME : Speaker.EXPLICIT;
      return new Speaker(phrase, p == null ? bare : p.name(), Speaker.PERSON, how);
    }
    return new Speaker(phrase, cleaned);
  }

  /**
   * A mention that is a lone non-name word ("United", "Defence", "Asked", "Tea Party-inspired").
   */
  private static boolean isFragment(String phrase) {
    String[] words = phrase.split("\\s+");
    String last = words[words.length - 1];
    if (last.contains("-") && Character.isLowerCase(last.codePointAt(last.lastIndexOf('-') + 1))) {
      return true; // "Tea Party-inspired"
    }
    if (words.length != 1) {
      return false;
    }
    String w = SpeakerNames.bare(last);
    return NOT_SPEAKERS.contains(w) || SpeakerNames.TITLES.contains(w); // "Asked", or "Rep" alone
  }
}
