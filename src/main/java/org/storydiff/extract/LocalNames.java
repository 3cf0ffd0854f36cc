package org.storydiff.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.storydiff.text.LanguageResources;
import org.storydiff.text.LanguageWords;

/**
 * Which name a speaker phrase of a German, French or Spanish attribution holds ({@link
 * LocalAttribution} finds the phrase): the run of two or more capitalized words that heads its
 * comma-bounded part once determiners and roles are dropped ("le préfet Jean-Marc Rivaud",
 * "SPD-Chef Norbert Walter-Borjans", "el alcalde, Tomás Echevarría"), a lone surname an earlier
 * full name ends with, or, where nouns are lower-case, a lone capitalized word heading the phrase;
 * a role alone names the person the article introduced with it. Read from the language's leading
 * words, roles, adverb endings and whether it capitalizes nouns ({@code quotes} section of its
 * {@link LanguageResources resource}). Stateless and thread-safe.
 */
final class LocalNames {

  /** The longest phrase read as a speaker, in tokens. */
  static final int PHRASE_TOKENS = 14;

  /** A word of a written full name ("Jean-Marc", "O’Neill"). */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*");

  private final Set<String> leadingWords;
  private final Set<String> roles;
  private final boolean rolesAsSuffixes;
  private final boolean capitalizedNouns;
  private final Set<String> adverbEndings;
  private final Set<String> measureWords;

  LocalNames(JsonNode root) {
    leadingWords = LanguageResources.strings(root, "quotes", "leadingWords");
    roles =
        LanguageResources.strings(root, "quotes", "roles").stream()
            .map(r -> r.endsWith(".") ? r.substring(0, r.length() - 1) : r)
            .collect(Collectors.toUnmodifiableSet());
    rolesAsSuffixes = root.path("quotes").path("rolesAsSuffixes").asBoolean(false);
    capitalizedNouns = root.path("quotes").path("capitalizedNouns").asBoolean(false);
    adverbEndings = LanguageResources.optionalStrings(root, "quotes", "adverbEndings");
    measureWords = measureWords(root);
  }

  /**
   * The words of the language's scales, currencies, units and percent signs ("Milliarden", "Euro",
   * "Prozent"): capitalized in German, yet never part of a name ("drei Milliarden Euro").
   */
  private static Set<String> measureWords(JsonNode root) {
    LanguageWords language = LanguageWords.of(root.path("language").asText());
    Set<String> words = new java.util.HashSet<>();
    for (String section : List.of("scales", "currencies", "units", "percent")) {
      root.path("glosses")
          .path(section)
          .fieldNames()
          .forEachRemaining(
              phrase -> {
                for (String w : phrase.toLowerCase(Locale.ROOT).split("\\s+")) {
                  if (language.isContent(w)) { // not "de" of "millones de"
                    words.add(w);
                  }
                }
              });
    }
    return Set.copyOf(words);
  }

  private boolean hasMeasureWord(TokenView v, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (v.isWord(k) && measureWords.contains(v.norm(k))) {
        return true;
      }
    }
    return false;
  }

  /** A determiner or preposition that may open a speaker phrase ("le", "der", "del"). */
  boolean isLeading(String norm) {
    return leadingWords.contains(norm);
  }

  /**
   * Whether the language capitalizes every noun (German), so a lone capitalized word is no name.
   */
  boolean capitalizesNouns() {
    return capitalizedNouns;
  }

  /** Particles inside a name ("Ursula von der Leyen", "Pedro de la Fuente", "García y Pérez"). */
  private static final Set<String> PARTICLES =
      Set.of("de", "du", "von", "van", "del", "y", "da", "di");

  /** Articles that follow a particle ("von der", "de la"), never a name's first particle. */
  private static final Set<String> PARTICLE_ARTICLES = Set.of("der", "den", "la", "le", "los");

  /**
   * How many particle words start at {@code k} and lead to a capitalized word within {@code to}
   * ("von der" before "Leyen": 2), or 0.
   */
  private static int particles(TokenView v, int k, int to) {
    if (!PARTICLES.contains(v.norm(k))) {
      return 0;
    }
    int n = PARTICLE_ARTICLES.contains(v.norm(k + 1)) ? 2 : 1;
    return k + n <= to && v.isWord(k + n) && v.isCapitalized(k + n) ? n : 0;
  }

  /**
   * How many words may open a sentence before its subject's name ("Der aktuelle
   * Ministerpräsident").
   */
  private static final int SUBJECT_OPENING = 5;

  /**
   * The name that opens the latest sentence of {@code v} ("SPD-Chef Norbert Walter-Borjans hat
   * ...", "Der aktuelle Ministerpräsident Bodo Ramelow lobte ..."): two or more capitalized words
   * after at most {@link #SUBJECT_OPENING} determiners, roles or lower-case words; null if that
   * sentence opens otherwise.
   */
  String sentenceSubject(TokenView v) {
    int start = v.size() - 1;
    while (start > 0 && !v.endsSentence(start - 1)) {
      start--;
    }
    if (start == 0) {
      return null; // the window may cut a sentence: its first words are no sentence opening
    }
    for (int k = start; k < v.size() && k <= start + SUBJECT_OPENING; k++) {
      if (!v.isWord(k)) {
        return null;
      }
      String n = v.norm(k);
      if (!v.isCapitalized(k) || leadingWords.contains(n) || isRole(n)) {
        continue;
      }
      int end = k;
      while (end + 1 < v.size()
          && v.isWord(end + 1)
          && v.isCapitalized(end + 1)
          && !isRole(v.norm(end + 1))) {
        end++;
      }
      return end > k ? v.text(k, end) : null;
    }
    return null;
  }

  /** "brusquement", "rápidamente": a word with one of the language's adverb endings. */
  boolean isAdverb(String norm) {
    for (String ending : adverbEndings) {
      if (norm.length() > ending.length() + 2 && norm.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker phrase starting at token {@code k}, up to the end of the clause: the first of its
   * comma-bounded parts (at most three) headed by a name, else the first part as a mention.
   */
  Speaker phrase(String body, TokenView v, int k) {
    // Only a name heading its part: "sagte Gentres am Dienstag in New York" names no New York.
    List<int[]> parts = parts(v, k);
    for (int[] part : parts) {
      Speaker s = name(body, v, part[0], part[1], true, true);
      if (s != null) {
        return s;
      }
    }
    return parts.isEmpty() ? null : mentionOnly(body, v, parts.get(0)[0], parts.get(0)[1]);
  }

  /**
   * The comma-separated parts (at most three, {@code {first, last}} token indexes) of the clause
   * from {@code k}, up to its end, a colon, a semicolon or a quotation mark; words in parentheses
   * stay inside their part ("der PLO-Generalsekretär (PLO), Saeb Erekat").
   */
  private static List<int[]> parts(TokenView v, int k) {
    int limit = Math.min(v.size(), k + PHRASE_TOKENS);
    List<int[]> parts = new ArrayList<>();
    int start = k;
    int depth = 0;
    for (int j = k; j <= limit && parts.size() < 3; j++) {
      String n = j < limit ? v.norm(j) : "";
      boolean stop =
          j == limit
              || depth == 0
                  && (n.equals(",")
                      || n.equals(";")
                      || n.equals(":")
                      || n.equals("\"")
                      || v.endsSentence(j));
      if (n.equals("(")) {
        depth++;
      } else if (n.equals(")")) {
        depth = Math.max(0, depth - 1);
      }
      if (!stop) {
        continue;
      }
      if (j > start) {
        parts.add(new int[] {start, j - 1});
      }
      if (!n.equals(",")) {
        break;
      }
      start = j + 1;
    }
    return parts;
  }

  /**
   * The name in tokens {@code [from, to]}: the first run of two or more capitalized words (joined
   * by particles such as "de" or "von") after its role words, or a lone capitalized word that an
   * earlier full name in the body ends with; null if none.
   */
  Speaker name(String body, TokenView v, int from, int to) {
    return name(body, v, from, to, false, false);
  }

  /** As above; with {@code requireHead}, only a name that heads its part counts. */
  private Speaker name(
      String body, TokenView v, int from, int to, boolean requireHead, boolean loneWord) {
    int k = from;
    while (k <= to) {
      if (!v.isWord(k)
          || !v.isCapitalized(k)
          || isRole(v.norm(k))
          || leadingWords.contains(v.norm(k))) {
        k++;
        continue;
      }
      int end = k;
      while (end + 1 <= to && v.isWord(end + 1)) {
        if (v.isCapitalized(end + 1)) {
          end++;
          continue;
        }
        int particles = particles(v, end + 1, to);
        if (particles == 0) {
          break;
        }
        end += particles + 1;
      }
      while (end > k && !v.isCapitalized(end)) {
        end--;
      }
      if (requireHead && !headsPhrase(v, from, k)) {
        k = end + 1;
        continue;
      }
      if (hasMeasureWord(v, k, end)) {
        k = end + 1; // "drei Milliarden Euro" is an amount, not a name
        continue;
      }
      if (end > k) {
        String name = v.text(k, end);
        return new Speaker(v.text(from, end), name, SpeakerVariants.typeOf(name), Speaker.EXPLICIT);
      }
      boolean heads = headsPhrase(v, from, k);
      String full = heads ? personNameEndingIn(body, v.text(k, k), v.get(k).start()) : null;
      if (full != null) {
        return new Speaker(v.text(from, k), full, Speaker.PERSON, Speaker.TITLE_SURNAME);
      }
      if (loneWord && heads && !capitalizedNouns) {
        // "dijo Dunne", "a déclaré le ministre Véran": where nouns are lower-case, a lone
        // capitalized word heading the phrase is a name.
        String name = v.text(k, k);
        return new Speaker(v.text(from, k), name, SpeakerVariants.typeOf(name), Speaker.EXPLICIT);
      }
      k = end + 1;
    }
    return null;
  }

  /** Words of a place or body after a role ("la maire de Valbonne"), never before a name. */
  private static final Set<String> OF_WORDS =
      Set.of("de", "du", "des", "d'", "del", "von", "vom", "à", "au", "aux", "al", "en", "in");

  /**
   * Whether token {@code k} heads the phrase from {@code from}: only determiners, roles and adverbs
   * come before it ("le préfet Rivaud", not "la maire de Valbonne").
   */
  private boolean headsPhrase(TokenView v, int from, int k) {
    for (int j = from; j < k; j++) {
      String n = v.norm(j);
      boolean heading =
          v.isWord(j) && (leadingWords.contains(n) || isRole(n) || isAdverb(n))
              || n.equals(".") && j > from && isRole(v.norm(j - 1)); // "M. Trump"
      if (!heading || OF_WORDS.contains(n)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A phrase without a name: a role names the latest person the article introduced with it ("Der
   * Landrat" after "Landrat Ulrich Sandmann"); otherwise ("la préfecture") the mention, no name.
   */
  Speaker mentionOnly(String body, TokenView v, int from, int to) {
    int words = 0;
    for (int k = from; k <= to; k++) {
      words += v.isWord(k) && !leadingWords.contains(v.norm(k)) ? 1 : 0;
      if (v.isWord(k) && isRole(v.norm(k))) {
        String name = personWithRole(body, v.text(k, k), v.get(from).start(), rolesAsSuffixes);
        if (name != null) {
          return new Speaker(v.text(from, to), name, Speaker.PERSON, Speaker.TITLE_SURNAME);
        }
      }
    }
    return words == 0 ? null : new Speaker(v.text(from, to), null, null, Speaker.EXPLICIT);
  }

  /**
   * The latest name written right after {@code role} before {@code before} ("Landrat Ulrich
   * Sandmann", "le préfet, Jean-Marc Rivaud"), or null; where roles are suffixes (German), also
   * after a compound ending in it ("der Minister" after "Außenminister Mevlüt Cavusoglu").
   */
  private static String personWithRole(
      String body, String role, int before, boolean rolesAsSuffixes) {
    Matcher m =
        Pattern.compile(
                "(?iu)(?<![\\p{L}])"
                    + (rolesAsSuffixes ? "[\\p{L}-]*" : "")
                    + Pattern.quote(role)
                    + "(?![\\p{L}]),?\\s+(?-i)(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)+)")
            .matcher(body);
    m.region(0, Math.max(0, before));
    String found = null;
    while (m.find()) {
      found = m.group(1);
    }
    return found;
  }

  boolean isRole(String norm) {
    String word = norm.endsWith(".") ? norm.substring(0, norm.length() - 1) : norm;
    if (roles.contains(word)) {
      return true;
    }
    int dash = word.lastIndexOf('-');
    if (dash > 0 && roles.contains(word.substring(dash + 1))) {
      return true; // "SPD-Chef", "FDP-Politikerin"
    }
    if (rolesAsSuffixes) {
      for (String role : roles) {
        if (role.length() >= 5 && word.endsWith(role)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The latest full name before {@code before} that ends in {@code surname}: two or more
   * capitalized words once leading words and roles are dropped ("Bürgermeisterin Anke Lorenz" gives
   * "Anke Lorenz"); null if there is none ("Die Feuerwehr" is no name).
   */
  private String personNameEndingIn(String body, String surname, int before) {
    String full = fullNameEndingIn(body, surname, before);
    if (full == null) {
      return null;
    }
    List<String> words = new ArrayList<>(List.of(full.split(" ")));
    while (!words.isEmpty()) {
      String w = words.get(0).toLowerCase(Locale.ROOT);
      if (!leadingWords.contains(w) && !isRole(w)) {
        break;
      }
      words.remove(0);
    }
    return words.size() >= 2 ? String.join(" ", words) : null;
  }

  /** The latest run of capitalized words before {@code before} ending in {@code surname}. */
  private static String fullNameEndingIn(String body, String surname, int before) {
    int at = body.lastIndexOf(" " + surname, before - 1);
    while (at > 0) {
      int after = at + 1 + surname.length();
      if (after < body.length() && Character.isLetter(body.charAt(after))) {
        // "Reise" inside "Reiseveranstalter" is no surname
        at = body.lastIndexOf(" " + surname, at - 1);
        continue;
      }
      int start = at;
      int words = 0;
      while (start > 0) {
        int space = body.lastIndexOf(' ', start - 1);
        String word = body.substring(space + 1, start);
        if (!NAME_WORD.matcher(word).matches()) {
          break;
        }
        start = space;
        words++;
      }
      if (words >= 1) {
        return body.substring(start + 1, at + 1 + surname.length()).strip();
      }
      at = body.lastIndexOf(" " + surname, at - 1);
    }
    return null;
  }
}
