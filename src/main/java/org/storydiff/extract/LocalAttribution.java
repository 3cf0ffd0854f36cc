package org.storydiff.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * „…“}, {@code Según Ibarra, «…»}. Which name the phrase holds is {@link LocalNames}'s to say; a
 * phrase without a name ("la préfecture", "der Sprecher") is kept as the mention with no name. A
 * verb with no subject (Spanish {@code «…», añadió}) gives no speaker, so the quote takes the one
 * before it. Stateless and thread-safe.
 */
final class LocalAttribution {

  /** How many tokens after a quote its verb of saying may be ("», a encore déclaré"). */
  private static final int VERB_WINDOW = 4;

  /** How many tokens before a quote the verb that introduces it may be ("a affirmé ce matin :"). */
  private static final int INTRODUCER_WINDOW = 7;

  private static final Set<String> PREPOSITIONS = Set.of("à", "aux", "au", "a", "al", "gegenüber");

  private static final Map<String, LocalAttribution> BY_LANGUAGE = load();

  private final Set<String> verbs;
  private final Set<String> auxiliaries;
  private final List<List<String>> according;
  private final Set<String> personPronouns;
  private final Set<String> otherPronouns;
  private final LocalNames names;

  private LocalAttribution(JsonNode root) {
    verbs = LanguageResources.strings(root, "quotes", "verbs");
    auxiliaries = LanguageResources.strings(root, "quotes", "auxiliaries");
    according =
        LanguageResources.strings(root, "quotes", "according").stream()
            .map(LocalAttribution::norms)
            .toList();
    personPronouns = LanguageResources.strings(root, "quotes", "personPronouns");
    otherPronouns = LanguageResources.strings(root, "quotes", "otherPronouns");
    names = new LocalNames(root);
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
    return names.sentenceSubject(v);
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
    boolean label = word.equals(word.toUpperCase(Locale.ROOT)); // "CONNEXES:", "VIDEO:"
    if (words == 1
        && (names.capitalizesNouns()
            || names.isRole(v.norm(first))
            || label
            || verbs.contains(v.norm(first)))) {
      return null; // "Dijo: «…»" is a verb of saying without its subject, no name
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
      return names.phrase(body, v, accordingEnd);
    }
    for (int seen = 0; k < v.size() && seen < VERB_WINDOW && v.isWord(k); k++, seen++) {
      String pronoun = hyphenatedPronoun(v.norm(k));
      if (pronoun != null) {
        return pronounSpeaker(pronoun);
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
        return names.phrase(body, v, accordingEnd);
      }
      String pronoun = hyphenatedPronoun(v.norm(k));
      if (pronoun != null) {
        return pronounSpeaker(pronoun);
      }
      if (verbs.contains(v.norm(k))) {
        Speaker inverted = names.name(body, v, k + 1, last);
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
    while (v.isWord(p) && !v.isCapitalized(p) && names.isAdverb(v.norm(p))) {
      p++; // "a répondu brusquement Gantz"
    }
    if (p >= v.size() || v.isPunct(p) && (v.endsSentence(p) || v.norm(p).equals(";"))) {
      return SUBJECTLESS;
    }
    if (personPronouns.contains(v.norm(p)) || otherPronouns.contains(v.norm(p))) {
      return pronounSpeaker(v.norm(p));
    }
    if (PREPOSITIONS.contains(v.norm(p)) && v.isWord(p)) {
      p++;
      while (v.isWord(p) && names.isLeading(v.norm(p))) {
        p++;
      }
      p++; // the one word the verb was said to ("AFP", "prensa")
      if (personPronouns.contains(v.norm(p))) {
        return pronounSpeaker(v.norm(p));
      }
    }
    return v.isWord(p) ? names.phrase(body, v, p) : null;
  }

  /** Before the verb (auxiliaries skipped): the nearest comma-bounded phrase with a name. */
  private Speaker subjectBeforeVerb(String body, TokenView v, int verb) {
    int k = verb - 1;
    while (k >= 0 && v.isWord(k) && auxiliaries.contains(v.norm(k))) {
      k--;
    }
    if (k >= 0 && (personPronouns.contains(v.norm(k)) || otherPronouns.contains(v.norm(k)))) {
      return pronounSpeaker(v.norm(k));
    }
    int end = k;
    int floor = Math.max(0, verb - 2 * LocalNames.PHRASE_TOKENS);
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
      Speaker s = names.name(body, v, start, end);
      if (s != null) {
        return s;
      }
      if (firstFound == null) {
        firstFound = names.mentionOnly(body, v, start, end);
      }
      if (start - 1 < floor || !v.norm(start - 1).equals(",")) {
        break;
      }
      end = start - 1;
    }
    return firstFound;
  }

  private Speaker pronounSpeaker(String pronoun) {
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

  private static List<String> norms(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : SentenceTokenizer.ofText(phrase).all()) {
      out.add(t.norm().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }
}
