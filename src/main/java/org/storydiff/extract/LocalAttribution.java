package org.storydiff.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storydiff.model.Token;
import org.storydiff.text.LanguageResources;
import org.storydiff.text.SentenceTokenizer;

/**
 * Who speaks a quote in German, French or Spanish copy, read from the {@code quotes} section of the
 * language's {@link LanguageResources resource}: its verbs of saying (as written: "a déclaré",
 * "sagte", "dijo"), their auxiliaries, its "according to" words ("selon", "laut", "según"), its
 * person pronouns, and the role words that precede a name ("le préfet", "Bürgermeisterin", "el
 * alcalde"). Shapes read, after the quote or inside an interrupted one: {@code « … », a déclaré le
 * préfet Jean-Marc Rivaud}, {@code « … », a-t-il ajouté}, {@code „…“, sagte Anke Lorenz}, {@code
 * „…“, fügte er hinzu}, {@code «…», dijo el alcalde, Tomás Echevarría}, {@code « … », selon la
 * préfecture}; before it: {@code Le maire, Claire Obert, a affirmé : « … »}, {@code Lorenz sagte:
 * „…“}, {@code Según Ibarra, «…»}. The name is the run of two or more capitalized words in the
 * phrase, role words dropped, or a lone surname that an earlier full name in the article ends with;
 * a phrase without a name ("la préfecture", "der Sprecher") is kept as the mention with no name. A
 * verb with no subject (Spanish {@code «…», añadió}) gives no speaker, so the quote takes the one
 * before it. Stateless and thread-safe.
 */
final class LocalAttribution {

  /** How many tokens after a quote its verb of saying may be ("», a encore déclaré"). */
  private static final int VERB_WINDOW = 4;

  /** How many tokens before a quote the verb that introduces it may be ("a affirmé ce matin :"). */
  private static final int INTRODUCER_WINDOW = 7;

  /** The longest phrase read as a speaker, in tokens. */
  private static final int PHRASE_TOKENS = 14;

  private static final Set<String> PREPOSITIONS = Set.of("à", "aux", "au", "a", "al", "gegenüber");
  private static final Set<String> NAME_JOINERS =
      Set.of("de", "du", "von", "van", "der", "del", "la", "y", "le");

  private static final Map<String, LocalAttribution> BY_LANGUAGE = load();

  private final Set<String> verbs;
  private final Set<String> auxiliaries;
  private final List<List<String>> according;
  private final Set<String> personPronouns;
  private final Set<String> pluralPronouns;
  private final Set<String> leadingWords;
  private final Set<String> roles;
  private final boolean rolesAsSuffixes;

  private LocalAttribution(JsonNode root) {
    verbs = LanguageResources.strings(root, "quotes", "verbs");
    auxiliaries = LanguageResources.strings(root, "quotes", "auxiliaries");
    according =
        LanguageResources.strings(root, "quotes", "according").stream()
            .map(LocalAttribution::norms)
            .toList();
    personPronouns = LanguageResources.strings(root, "quotes", "personPronouns");
    pluralPronouns = LanguageResources.strings(root, "quotes", "pluralPronouns");
    leadingWords = LanguageResources.strings(root, "quotes", "leadingWords");
    roles = LanguageResources.strings(root, "quotes", "roles");
    rolesAsSuffixes = root.path("quotes").path("rolesAsSuffixes").asBoolean(false);
  }

  /** The attribution rules of {@code language}, or null for English and languages without any. */
  static LocalAttribution of(String language) {
    return language == null ? null : BY_LANGUAGE.get(language);
  }

  private static Map<String, LocalAttribution> load() {
    Map<String, LocalAttribution> out = new HashMap<>();
    for (String tag : LanguageResources.SUPPORTED) {
      out.put(tag, new LocalAttribution(LanguageResources.of(tag)));
    }
    return Map.copyOf(out);
  }

  /**
   * The speaker of the quote whose marks span {@code [q.start(), q.end())}: an attribution in its
   * gaps, the verb that introduces it, one after it, or one earlier in its sentence; null if none.
   */
  Speaker find(String body, SpeakerFinder.QuoteSpan q) {
    for (Quotation.Gap gap : q.gaps()) {
      Speaker s = after(body, gap.start(), gap.end());
      if (s != null) {
        return s;
      }
    }
    Speaker introducing = before(body, q.contextStart(), q.start(), true);
    if (introducing != null) {
      return introducing;
    }
    int afterEnd = Math.max(q.contextEnd(), Math.min(q.lineEnd(), q.end() + 200));
    Speaker after = after(body, q.end(), afterEnd);
    return after != null ? after : before(body, q.contextStart(), q.start(), false);
  }

  /** An attribution right after a quote's closing mark: {@code , a déclaré X}, {@code , so X}. */
  private Speaker after(String body, int from, int to) {
    if (from >= to) {
      return null;
    }
    TokenView v = new TokenView(body, SentenceTokenizer.range(body, from, to));
    int k = 0;
    while (k < v.size() && v.isPunct(k)) {
      if (v.endsSentence(k) || v.norm(k).equals(";")) {
        return null;
      }
      k++;
    }
    int accordingEnd = accordingAt(v, k);
    if (accordingEnd > k) {
      return phrase(body, v, accordingEnd, v.get(k).start());
    }
    for (int seen = 0; k < v.size() && seen < VERB_WINDOW && v.isWord(k); k++, seen++) {
      String pronoun = hyphenatedPronoun(v.norm(k));
      if (pronoun != null) {
        return pronounSpeaker(v, k, pronoun);
      }
      if (verbs.contains(v.norm(k))) {
        return subjectAfterVerb(body, v, k + 1);
      }
      if (!auxiliaries.contains(v.norm(k)) && v.isCapitalized(k)) {
        return null;
      }
    }
    return null;
  }

  /**
   * The verb of saying that introduces a quote ({@code X a déclaré :}, {@code sagte Lorenz:}), when
   * {@code introducing}; otherwise the last verb of saying earlier in the quote's sentence ({@code
   * X a dit que « … »}) or an "according to" phrase ({@code Selon X, « … »}).
   */
  private Speaker before(String body, int from, int start, boolean introducing) {
    if (from >= start) {
      return null;
    }
    TokenView v =
        new TokenView(body, SentenceTokenizer.range(body, Math.max(from, start - 300), start));
    int last = v.size() - 1;
    if (introducing && (last < 1 || !(v.norm(last).equals(":") || v.norm(last).equals(",")))) {
      return null;
    }
    int lowest = introducing ? Math.max(0, last - INTRODUCER_WINDOW) : 0;
    for (int k = last; k >= lowest; k--) {
      if (k < last && v.endsSentence(k)) {
        return null;
      }
      int accordingEnd = accordingAt(v, k);
      if (accordingEnd > k) {
        return phrase(body, v, accordingEnd, v.get(k).start());
      }
      String pronoun = hyphenatedPronoun(v.norm(k));
      if (pronoun != null) {
        return pronounSpeaker(v, k, pronoun);
      }
      if (verbs.contains(v.norm(k))) {
        Speaker inverted = name(body, v, k + 1, last);
        return inverted != null ? inverted : subjectBeforeVerb(body, v, k);
      }
    }
    return null;
  }

  /**
   * After the verb: a pronoun ("fügte er hinzu"), or the subject, past "à l'AFP" / "a la prensa".
   */
  private Speaker subjectAfterVerb(String body, TokenView v, int k) {
    int p = k;
    if (personPronouns.contains(v.norm(p)) || pluralPronouns.contains(v.norm(p))) {
      return pronounSpeaker(v, p, v.norm(p));
    }
    if (PREPOSITIONS.contains(v.norm(p)) && v.isWord(p)) {
      p++;
      while (v.isWord(p) && leadingWords.contains(v.norm(p))) {
        p++;
      }
      p++; // the one word the verb was said to ("AFP", "prensa")
      if (personPronouns.contains(v.norm(p))) {
        return pronounSpeaker(v, p, v.norm(p));
      }
    }
    return v.isWord(p) ? phrase(body, v, p, v.get(p).start()) : null;
  }

  /** Before the verb (auxiliaries skipped): the nearest comma-bounded phrase with a name. */
  private Speaker subjectBeforeVerb(String body, TokenView v, int verb) {
    int k = verb - 1;
    while (k >= 0 && v.isWord(k) && auxiliaries.contains(v.norm(k))) {
      k--;
    }
    if (k >= 0 && (personPronouns.contains(v.norm(k)) || pluralPronouns.contains(v.norm(k)))) {
      return pronounSpeaker(v, k, v.norm(k));
    }
    int end = k;
    int floor = Math.max(0, verb - 2 * PHRASE_TOKENS);
    Speaker firstFound = null;
    while (end >= floor) {
      while (end >= floor && v.isPunct(end) && v.norm(end).equals(",")) {
        end--;
      }
      int start = end;
      while (start - 1 >= floor && !v.isPunct(start - 1)) {
        start--;
      }
      if (start > end) {
        break;
      }
      Speaker s = name(body, v, start, end);
      if (s != null) {
        return s;
      }
      if (firstFound == null) {
        firstFound = mentionOnly(body, v, start, end);
      }
      if (start - 1 < floor || !v.norm(start - 1).equals(",")) {
        break;
      }
      end = start - 1;
    }
    return firstFound;
  }

  /**
   * The speaker phrase starting at token {@code k}, up to the end of the clause: the first of its
   * comma-bounded parts (at most three) that holds a name, else the first part as a mention.
   */
  private Speaker phrase(String body, TokenView v, int k, int offset) {
    int limit = Math.min(v.size(), k + PHRASE_TOKENS);
    Speaker first = null;
    int start = k;
    for (int part = 0; part < 3 && start < limit; part++) {
      int end = start;
      while (end < limit && !v.isPunct(end)) {
        end++;
      }
      if (end == start) {
        break;
      }
      Speaker s = name(body, v, start, end - 1);
      if (s != null) {
        return s;
      }
      if (first == null) {
        first = mentionOnly(body, v, start, end - 1);
      }
      if (end >= limit || !v.norm(end).equals(",")) {
        break;
      }
      start = end + 1;
    }
    return first;
  }

  /**
   * The name in tokens {@code [from, to]}: the first run of two or more capitalized words (joined
   * by particles such as "de" or "von") after its role words, or a lone capitalized word that an
   * earlier full name in the body ends with; null if none.
   */
  private Speaker name(String body, TokenView v, int from, int to) {
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
      while (end + 1 <= to
          && v.isWord(end + 1)
          && (v.isCapitalized(end + 1)
              || NAME_JOINERS.contains(v.norm(end + 1))
                  && end + 2 <= to
                  && v.isCapitalized(end + 2))) {
        end++;
      }
      while (end > k && !v.isCapitalized(end)) {
        end--;
      }
      if (end > k) {
        String name = v.text(k, end);
        return new Speaker(v.text(from, to), name, SpeakerVariants.typeOf(name), Speaker.EXPLICIT);
      }
      String full = personNameEndingIn(body, v.text(k, k), v.get(k).start());
      if (full != null
          && (k == from || leadingWords.contains(v.norm(k - 1)) || isRole(v.norm(k - 1)))) {
        return new Speaker(v.text(from, to), full, Speaker.PERSON, Speaker.TITLE_SURNAME);
      }
      k = end + 1;
    }
    return null;
  }

  /**
   * A phrase without a name: a role names the latest person the article introduced with it ("Der
   * Landrat" after "Landrat Ulrich Sandmann"); otherwise ("la préfecture") the mention, no name.
   */
  private Speaker mentionOnly(String body, TokenView v, int from, int to) {
    int words = 0;
    for (int k = from; k <= to; k++) {
      words += v.isWord(k) && !leadingWords.contains(v.norm(k)) ? 1 : 0;
      if (v.isWord(k) && isRole(v.norm(k))) {
        String name = personWithRole(body, v.text(k, k), v.get(from).start());
        if (name != null) {
          return new Speaker(v.text(from, to), name, Speaker.PERSON, Speaker.TITLE_SURNAME);
        }
      }
    }
    return words == 0 ? null : new Speaker(v.text(from, to), null, null, Speaker.EXPLICIT);
  }

  /**
   * The latest name written right after {@code role} before {@code before} ("Landrat Ulrich
   * Sandmann", "le préfet, Jean-Marc Rivaud"), or null.
   */
  private static String personWithRole(String body, String role, int before) {
    Matcher m =
        Pattern.compile(
                "(?iu)(?<![\\p{L}])"
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

  private Speaker pronounSpeaker(TokenView v, int k, String pronoun) {
    return new Speaker(
        pronoun, null, personPronouns.contains(pronoun) ? Speaker.PERSON : null, Speaker.PRONOUN);
  }

  /** "a-t-il", "ajoute-t-elle", "déclare-t-il": the pronoun; null for any other word. */
  private String hyphenatedPronoun(String norm) {
    int dash = norm.lastIndexOf('-');
    if (dash <= 0) {
      return null;
    }
    String pronoun = norm.substring(dash + 1);
    String verb = norm.substring(0, norm.indexOf('-'));
    boolean saying = verbs.contains(verb) || auxiliaries.contains(verb);
    return saying && (personPronouns.contains(pronoun) || pluralPronouns.contains(pronoun))
        ? pronoun
        : null;
  }

  /** The token after an "according to" phrase starting at {@code k}, or {@code k}. */
  private int accordingAt(TokenView v, int k) {
    for (List<String> words : according) {
      boolean match = true;
      for (int i = 0; i < words.size() && match; i++) {
        match = v.norm(k + i).equals(words.get(i));
      }
      if (match) {
        return k + words.size();
      }
    }
    return k;
  }

  private boolean isRole(String norm) {
    String word = norm.endsWith(".") ? norm.substring(0, norm.length() - 1) : norm;
    if (roles.contains(word)) {
      return true;
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
      int start = at;
      int words = 0;
      while (start > 0) {
        int space = body.lastIndexOf(' ', start - 1);
        String word = body.substring(space + 1, start);
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || word.endsWith(",")) {
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

  private static List<String> norms(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : SentenceTokenizer.ofText(phrase).all()) {
      out.add(t.norm().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }
}
