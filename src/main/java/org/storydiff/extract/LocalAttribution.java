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

  private static final Map<String, LocalAttribution> BY_LANGUAGE = load();

  private final Set<String> verbs;
  private final Set<String> auxiliaries;
  private final List<List<String>> according;
  private final Set<String> personPronouns;
  private final Set<String> otherPronouns;
  private final Set<String> leadingWords;
  private final Set<String> roles;
  private final boolean rolesAsSuffixes;
  private final boolean capitalizedNouns;
  private final Set<String> adverbEndings;

  private LocalAttribution(JsonNode root) {
    verbs = LanguageResources.strings(root, "quotes", "verbs");
    auxiliaries = LanguageResources.strings(root, "quotes", "auxiliaries");
    according =
        LanguageResources.strings(root, "quotes", "according").stream()
            .map(LocalAttribution::norms)
            .toList();
    personPronouns = LanguageResources.strings(root, "quotes", "personPronouns");
    otherPronouns = LanguageResources.strings(root, "quotes", "otherPronouns");
    leadingWords = LanguageResources.strings(root, "quotes", "leadingWords");
    roles =
        LanguageResources.strings(root, "quotes", "roles").stream()
            .map(r -> r.endsWith(".") ? r.substring(0, r.length() - 1) : r)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    rolesAsSuffixes = root.path("quotes").path("rolesAsSuffixes").asBoolean(false);
    capitalizedNouns = root.path("quotes").path("capitalizedNouns").asBoolean(false);
    adverbEndings = LanguageResources.optionalStrings(root, "quotes", "adverbEndings");
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
  Speaker find(String body, SpeakerFinder.QuoteSpan q, Speaker previous) {
    Speaker found = null;
    for (Quotation.Gap gap : q.gaps()) {
      found = found != null ? found : after(body, gap.start(), gap.end());
    }
    if (found == null) {
      found = before(body, q.contextStart(), q.start(), true);
    }
    if (found == null) {
      int afterEnd = Math.max(q.contextEnd(), Math.min(q.lineEnd(), q.end() + 200));
      found = after(body, q.end(), afterEnd);
    }
    if (found == null) {
      found = before(body, q.contextStart(), q.start(), false);
    }
    if (found == null) {
      found = colonName(body, q.contextStart(), q.start());
    }
    return resolved(body, found, q.start(), previous);
  }

  /**
   * A pronoun ("a-t-il ajouté", "fügte er hinzu") or a verb without a subject ("«…», añadió") names
   * the previous quote's speaker, else the latest person named before the quote.
   */
  private Speaker resolved(String body, Speaker found, int quoteStart, Speaker previous) {
    boolean subjectless = found == SUBJECTLESS;
    boolean pronoun =
        found != null
            && Speaker.PRONOUN.equals(found.how())
            && Speaker.PERSON.equals(found.type())
            && found.name() == null;
    if (!subjectless && !pronoun) {
      return found;
    }
    String name =
        previous != null && previous.name() != null && Speaker.PERSON.equals(previous.type())
            ? previous.name()
            : lastPersonBefore(body, quoteStart);
    if (subjectless) {
      return name == null ? null : new Speaker(name, name, Speaker.PERSON, Speaker.ADJACENT);
    }
    return new Speaker(found.mention(), name, Speaker.PERSON, Speaker.PRONOUN);
  }

  /** A verb of saying with no subject after it: its speaker is the one before. */
  private static final Speaker SUBJECTLESS = new Speaker("", null, null, "none");

  /** How far back the latest speaker may be named, in characters. */
  private static final int PERSON_WINDOW = 400;

  /** How many verbs of saying before a quote are read for the latest named speaker. */
  private static final int EARLIER_VERBS = 3;

  /**
   * The name of the latest speaker named at a verb of saying in the {@link #PERSON_WINDOW}
   * characters before {@code offset} ("erklärte die FDP-Politikerin Karoline Preisler.", "dijo
   * Hettema."), or null: a name merely mentioned is no speaker.
   */
  private String lastPersonBefore(String body, int offset) {
    TokenView v =
        new TokenView(
            body, SentenceTokenizer.range(body, Math.max(0, offset - PERSON_WINDOW), offset));
    int verbsRead = 0;
    for (int k = v.size() - 1; k >= 0 && verbsRead < EARLIER_VERBS; k--) {
      if (!v.isWord(k) || !verbs.contains(v.norm(k))) {
        continue;
      }
      verbsRead++;
      Speaker s = subjectAfterVerb(body, v, k + 1);
      if (s == null || s == SUBJECTLESS || s.name() == null || Speaker.PRONOUN.equals(s.how())) {
        s = subjectBeforeVerb(body, v, k);
      }
      if (s != null && s != SUBJECTLESS && s.name() != null && !Speaker.PRONOUN.equals(s.how())) {
        return s.name();
      }
    }
    return sentenceSubjectBefore(v);
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
  private String sentenceSubjectBefore(TokenView v) {
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

  /**
   * {@code Nadal: «…»}, {@code Voves: „…“}: a name and a colon right before the quote, opening its
   * sentence; a lone word counts only where nouns are lower-case (not in German).
   */
  private Speaker colonName(String body, int from, int start) {
    TokenView v =
        new TokenView(body, SentenceTokenizer.range(body, Math.max(from, start - 80), start));
    int colon = v.size() - 1;
    if (colon < 1 || !v.norm(colon).equals(":")) {
      return null;
    }
    int first = colon - 1;
    while (first - 1 >= 0 && v.isWord(first - 1) && v.isCapitalized(first - 1)) {
      first--;
    }
    boolean opens = first == 0 || v.isPunct(first - 1);
    int words = colon - first;
    if (!opens || words < 1 || words > 4 || !v.isWord(first) || !v.isCapitalized(first)) {
      return null;
    }
    String word = v.text(first, first);
    boolean label = word.equals(word.toUpperCase(java.util.Locale.ROOT)); // "CONNEXES:", "VIDEO:"
    if (words == 1 && (capitalizedNouns || isRole(v.norm(first)) || label)) {
      return null;
    }
    String name = v.text(first, colon - 1);
    return new Speaker(name, name, SpeakerVariants.typeOf(name), Speaker.EXPLICIT);
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
    while (v.isWord(p) && !v.isCapitalized(p) && isAdverb(v.norm(p))) {
      p++; // "a répondu brusquement Gantz"
    }
    if (p >= v.size() || v.isPunct(p) && (v.endsSentence(p) || v.norm(p).equals(";"))) {
      return SUBJECTLESS;
    }
    if (personPronouns.contains(v.norm(p)) || otherPronouns.contains(v.norm(p))) {
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

  /** "brusquement", "rápidamente": a word with one of the language's adverb endings. */
  private boolean isAdverb(String norm) {
    for (String ending : adverbEndings) {
      if (norm.length() > ending.length() + 2 && norm.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Before the verb (auxiliaries skipped): the nearest comma-bounded phrase with a name. */
  private Speaker subjectBeforeVerb(String body, TokenView v, int verb) {
    int k = verb - 1;
    while (k >= 0 && v.isWord(k) && auxiliaries.contains(v.norm(k))) {
      k--;
    }
    if (k >= 0 && (personPronouns.contains(v.norm(k)) || otherPronouns.contains(v.norm(k)))) {
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
   * comma-bounded parts (at most three) headed by a name, else the first part as a mention.
   */
  private Speaker phrase(String body, TokenView v, int k, int offset) {
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
  private Speaker name(String body, TokenView v, int from, int to) {
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
        } else if (particles(v, end + 1, to) > 0) {
          end += particles(v, end + 1, to) + 1;
        } else {
          break;
        }
      }
      while (end > k && !v.isCapitalized(end)) {
        end--;
      }
      if (requireHead && !headsPhrase(v, from, k)) {
        k = end + 1;
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
    return saying && (personPronouns.contains(pronoun) || otherPronouns.contains(pronoun))
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
      int start = at;
      int words = 0;
      while (start > 0) {
        int space = body.lastIndexOf(' ', start - 1);
        String word = body.substring(space + 1, start);
        if (!word.matches("\\p{Lu}[\\p{L}'\u2019-]*")) {
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
