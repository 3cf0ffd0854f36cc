package org.storydiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storydiff.text.CalendarWords;

/**
 * Finds who speaks around a verb of saying: the subject before it ("Ukrainian officials said"), the
 * name after it ("said Defence Minister Oleksiy Reznikov") or after "according to". Phrases are
 * returned as written in the body (possessives and capitals kept); a name set off by commas wins
 * over its description ("Leonid Slutsky, a senior negotiator, said" gives "Leonid Slutsky").
 * Stateless and thread-safe.
 */
final class SpeakerPhrases {

  static final Set<String> VERBS =
      Set.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "added",
          "adds",
          "warned",
          "warns",
          "stressed",
          "insisted",
          "wrote",
          "writes",
          "tweeted",
          "explained",
          "noted",
          "declared",
          "announced",
          "asked",
          "replied",
          "urged",
          "claimed",
          "claims",
          "argued",
          "recalled",
          "admitted",
          "acknowledged",
          "stated",
          "posted",
          "commented",
          "reported",
          "reports",
          "estimated",
          "estimates",
          "confirmed",
          "warning",
          "saying",
          "adding",
          "insisting",
          "described",
          "called",
          "quoted",
          "answered",
          "responded",
          "continued",
          "joked",
          "quipped",
          "shouted",
          "wondered",
          "conceded",
          "remarked",
          "predicted",
          "promised",
          "vowed",
          "cautioned",
          "countered",
          "observed",
          "suggested",
          "complained",
          "boasted",
          "pleaded",
          "demanded",
          "tweeting",
          "writing",
          "arguing",
          "telling",
          "declaring",
          "noting",
          "calling",
          "assured",
          "recounted",
          "explains",
          "insists",
          "recalls",
          "notes",
          "argues");

  /**
   * More verbs that attribute a quotation next to its marks ({@code "…," she concluded}, {@code
   * "…," the email read}) but are too loose to attribute a figure elsewhere in a sentence.
   */
  private static final Set<String> QUOTE_VERBS =
      Set.of(
          "concluded",
          "concludes",
          "agreed",
          "agrees",
          "remembered",
          "surmised",
          "retorted",
          "mused",
          "charged",
          "asserted",
          "contended",
          "maintained",
          "lamented",
          "reiterated",
          "emphasized",
          "emphasised",
          "testified",
          "tweets",
          "read",
          "reads",
          "went",
          "interjected",
          "exclaimed",
          "chimed",
          "quips",
          "jokes",
          "wonders",
          "asks",
          "continues",
          "counters",
          "concedes",
          "repeated",
          "yelled",
          "screamed",
          "cried",
          "chanted",
          "whispered",
          "snapped",
          "scoffed",
          "replies",
          "responds",
          "announces",
          "declares",
          "warns",
          "stating",
          "begged",
          "demands",
          "pressed",
          "marveled",
          "marvelled",
          "predicts",
          "states",
          "echoed",
          "exhorted",
          "beamed");

  /**
   * Verbs of saying, each with all its forms ({@link #inflections}), that attribute a quotation
   * next to its marks: "…," Trump barked; he began by saying, "…".
   */
  private static final Set<String> MORE_QUOTE_VERBS =
      inflections(
          "bark",
          "boom",
          "confess",
          "implore",
          "gush",
          "fume",
          "interject",
          "shout",
          "mutter",
          "murmur",
          "grumble",
          "groan",
          "thunder",
          "snarl",
          "growl",
          "stammer",
          "chuckle",
          "bellow",
          "proclaim",
          "opine",
          "posit",
          "intone",
          "gripe",
          "huff",
          "insist",
          "warn",
          "tweet",
          "explain",
          "add",
          "stress",
          "caution",
          "concede",
          "counter",
          "observe",
          "complain",
          "boast",
          "plead",
          "predict",
          "promise",
          "vow",
          "assure",
          "recount",
          "conclude",
          "assert",
          "contend",
          "lament",
          "reiterate",
          "emphasize",
          "emphasise",
          "exclaim",
          "repeat",
          "yell",
          "scream",
          "whisper",
          "scoff",
          "marvel",
          "echo",
          "exhort",
          "muse",
          "retort",
          "reply",
          "cry",
          "quip",
          "joke",
          "declare",
          "announce",
          "acknowledge",
          "admit",
          "recall",
          "urge",
          "argue",
          "claim",
          "respond",
          "answer",
          "remark",
          "note",
          "wonder",
          "continue",
          "demand",
          "suggest",
          "state",
          "beg",
          "press",
          "sing",
          "chant",
          "read",
          "write",
          "tell",
          "say",
          "ask",
          "snap",
          "shrug",
          "sigh",
          "laugh",
          "email",
          "text",
          "message",
          "post",
          "object",
          "protest",
          "reason",
          "react",
          "question",
          "beam",
          "advise",
          "reflect",
          "concur",
          "chide",
          "scold",
          "rebut",
          "sneer",
          "gasp",
          "remember",
          "rage",
          "rant",
          "fret",
          "hiss",
          "blurt",
          "elaborate",
          "clarify",
          "specify",
          "acknowledge",
          "allege",
          "affirm",
          "assure",
          "reassure",
          "caution",
          "testify",
          "reveal",
          "confide",
          "profess",
          "proclaim",
          "quote",
          "summarize",
          "summarise");

  private static final Map<String, String> PHRASAL_PARTICLES =
      Map.of(
          "shot", "back", "shoots", "back", "fired", "back", "fires", "back", "points", "out",
          "pointed", "out", "chimed", "in", "chimes", "in", "spoke", "up");
  private static final Set<String> PHRASAL = PHRASAL_PARTICLES.keySet();

  /** Forms that are more often nouns or subjects than verbs next to a quote ("the email read"). */
  private static final Set<String> NOUN_FORMS =
      Set.of(
          "echo",
          "echos",
          "text",
          "texts",
          "message",
          "messages",
          "post",
          "posts",
          "email",
          "emails",
          "state",
          "states",
          "press",
          "sigh",
          "sighs",
          "laugh",
          "laughs",
          "blast",
          "blasts",
          "claim",
          "claims",
          "note",
          "notes",
          "hint",
          "hints",
          "rail",
          "snap",
          "snaps",
          "shrug",
          "shrugs",
          "counter",
          "answer",
          "answers",
          "reply",
          "repeat",
          "cry",
          "cries",
          "joke",
          "jokes",
          "yell",
          "scream",
          "whisper",
          "muse",
          "tease",
          "mock",
          "warn",
          "read",
          "write",
          "tell",
          "say",
          "ask",
          "sing",
          "chant",
          "add",
          "continue",
          "demand",
          "demands",
          "request",
          "plead",
          "beg",
          "promise",
          "promises",
          "vow",
          "vows",
          "boast",
          "boasts",
          "groan",
          "groans",
          "growl",
          "growls",
          "thunder",
          "bark",
          "barks",
          "boom",
          "booms",
          "object",
          "objects",
          "protest",
          "protests",
          "reason",
          "reasons",
          "question",
          "questions",
          "beam",
          "beams",
          "reflect",
          "rage",
          "rages",
          "rant",
          "rants",
          "hiss",
          "gasp",
          "gasps",
          "fret",
          "quote",
          "quotes");

  /** Verbs after which the words that follow may name the speaker ("said police"). */
  private static final Set<String> INVERTIBLE =
      Set.of(
          "said",
          "says",
          "added",
          "adds",
          "warned",
          "stressed",
          "insisted",
          "wrote",
          "writes",
          "tweeted",
          "notes",
          "explains",
          "tells",
          "asks",
          "continues",
          "read",
          "reads",
          "states",
          "explained",
          "noted",
          "declared",
          "asked",
          "replied",
          "argued",
          "recalled",
          "stated",
          "reported",
          "estimated",
          "confirmed",
          "announced",
          "answered",
          "responded",
          "continued",
          "joked",
          "quipped",
          "wondered",
          "remarked",
          "countered",
          "observed");

  private static final Set<String> BOUNDARIES =
      Set.of(
          "while",
          "and",
          "but",
          "that",
          "as",
          "which",
          "who",
          "when",
          "after",
          "because",
          "although",
          "if",
          "where",
          "so",
          "or",
          "than",
          "in",
          "on",
          "at",
          "by",
          "for",
          "from",
          "with",
          "to",
          "meanwhile",
          "separately",
          "however",
          "also",
          "it",
          "has",
          "have",
          "had",
          "was",
          "were",
          "is",
          "are",
          "during",
          "into",
          "since",
          "before",
          "under",
          "over",
          "about",
          "then",
          "earlier",
          "later",
          "now",
          "not",
          "upon",
          "without",
          "against",
          "through",
          "via",
          "toward",
          "towards",
          "despite",
          "amid",
          "among",
          "across",
          "whether",
          "how",
          "what",
          "why");
  private static final Set<String> SKIPPABLE =
      Set.of(
          "also",
          "later",
          "earlier",
          "previously",
          "reportedly",
          "once",
          "then",
          "again",
          "has",
          "have",
          "had",
          "was",
          "is",
          "were",
          "are",
          // "Ruiz was heard saying", "Lenz can be heard saying": the passive's subject speaks
          "heard",
          "overheard",
          "quoted",
          "recorded",
          "be",
          "been",
          "can",
          "could",
          "may",
          "might",
          "will",
          "would",
          "on",
          "late",
          "early",
          "last",
          "today",
          "yesterday",
          "night",
          "morning",
          "afternoon",
          "evening",
          "separately");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
  private static final Set<String> INDEFINITE = Set.of("a", "an");
  private static final Set<String> COORDINATORS = Set.of("and", "then");

  /** Words ending in "-ly" that are subjects, not adverbs ("the family said"). */
  private static final Set<String> LY_NOUNS =
      Set.of(
          "family", "ally", "assembly", "rally", "supply", "daily", "anomaly", "monopoly", "bully");

  private static final int MAX_WORDS = 8;
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "in", "at", "on", "from", "of", "for", "with", "by", "to", "near", "outside", "inside",
          "during");
  private static final Set<String> APOSTROPHES = Set.of("'", "\u2019");

  /** True when token {@code k} is a verb of saying (or the "to" of "according to"). */
  static boolean isVerb(TokenView v, int k) {
    return (v.isWord(k) && VERBS.contains(v.norm(k)))
        || (v.norm(k).equals("to") && v.norm(k - 1).equals("according"));
  }

  /**
   * True when token {@code k} attributes a quotation next to it: a verb of saying or one of {@link
   * #QUOTE_VERBS}.
   */
  static boolean isQuoteVerb(TokenView v, int k) {
    if (PHRASAL.contains(v.norm(k)) && v.norm(k + 1).equals(PHRASAL_PARTICLES.get(v.norm(k)))) {
      return true; // "Trump shot back", "Bozell points out"
    }
    return isVerb(v, k)
        || (v.isWord(k)
            && (QUOTE_VERBS.contains(v.norm(k))
                || MORE_QUOTE_VERBS.contains(v.norm(k)) && !NOUN_FORMS.contains(v.norm(k))));
  }

  /**
   * The forms of each base verb: base, third person, past and participle ("cry", "cries", "cried",
   * "crying").
   */
  static Set<String> inflections(String... bases) {
    Set<String> out = new java.util.HashSet<>();
    Map<String, String> irregular =
        Map.of(
            "read", "read", "write", "wrote", "tell", "told", "say", "said", "sing", "sang", "snap",
            "snapped", "beg", "begged");
    for (String b : bases) {
      out.add(b);
      boolean ey = b.endsWith("y") && !b.matches(".*[aeiou]y");
      out.add(
          ey
              ? b.substring(0, b.length() - 1) + "ies"
              : b.matches(".*(s|sh|ch|x|o)") ? b + "es" : b + "s");
      out.add(
          irregular.getOrDefault(
              b,
              ey ? b.substring(0, b.length() - 1) + "ied" : b.endsWith("e") ? b + "d" : b + "ed"));
      String stem = b.endsWith("e") && !b.endsWith("ee") ? b.substring(0, b.length() - 1) : b;
      out.add((b.equals("snap") || b.equals("beg") ? b + b.charAt(b.length() - 1) : stem) + "ing");
    }
    return Set.copyOf(out);
  }

  /** The speaker around the verb at {@code k}, or null. */
  String around(TokenView v, int k) {
    if (v.norm(k).equals("to")) {
      return after(v, k);
    }
    String relayed = relayed(v, k);
    if (relayed != null) {
      return relayed;
    }
    boolean participle =
        v.norm(k).endsWith("ing")
            && (v.norm(k - 1).equals(",")
                || Set.of("by", "while", "before", "after").contains(v.norm(k - 1)));
    boolean coordinated = COORDINATORS.contains(v.norm(k - 1));
    if (participle || coordinated) {
      // "Nefzi said, adding, …" and "Lazar said … and added, …": the speaker of the first verb.
      String earlier = earlierSpeaker(v, k);
      if (earlier != null || participle) {
        return earlier != null ? earlier : clauseSubject(v, k);
      }
    }
    String subject = before(v, k);
    if (subject != null) {
      return subject;
    }
    return INVERTIBLE.contains(v.norm(k)) ? after(v, k) : null;
  }

  /** Verbs by which one party relays another's words: "X quoted Y as saying". */
  private static final Set<String> RELAYING = Set.of("quoted", "quotes", "quoting", "cited");

  /** The participles of "as saying" after a relaying verb. */
  private static final Set<String> AS_SAYING =
      Set.of("saying", "telling", "writing", "stating", "warning", "adding", "declaring");

  /** Most tokens between a relaying verb and its "as saying" ("quoted Omar Jalloh, the chief,"). */
  private static final int RELAYED_WINDOW = 12;

  /**
   * The one whose words are relayed, when the verb at {@code k} is a relaying verb or the
   * participle of its "as saying": "spokesman Li quoted Zhang as saying" gives Zhang, not Li (the
   * speaker is the object, named in apposition or not); "Zhang was quoted (by state media) as
   * saying" gives the subject, Zhang. Null when {@code k} is neither.
   */
  private String relayed(TokenView v, int k) {
    int verb = -1;
    int as = -1;
    if (RELAYING.contains(v.norm(k))) {
      verb = k;
      for (int j = k + 1; j <= k + RELAYED_WINDOW && j < v.size() && !v.endsSentence(j); j++) {
        if (v.norm(j).equals("as") && AS_SAYING.contains(v.norm(j + 1))) {
          as = j;
          break;
        }
      }
    } else if (AS_SAYING.contains(v.norm(k)) && v.norm(k - 1).equals("as")) {
      as = k - 1;
      for (int j = as - 1; j >= Math.max(0, as - RELAYED_WINDOW) && !v.endsSentence(j); j--) {
        if (RELAYING.contains(v.norm(j))) {
          verb = j;
          break;
        }
      }
    }
    if (verb < 0 || as < 0) {
      return null;
    }
    if (as == verb + 1 || v.norm(verb + 1).equals("by")) {
      return before(v, verb); // passive: "Zhang was quoted (by state media) as saying"
    }
    int end = v.norm(as - 1).equals(",") ? as - 2 : as - 1;
    if (end <= verb) {
      return null;
    }
    String name = capitalizedRun(v, verb + 1, +1);
    if (name != null) {
      return name; // "quoted Omar Jalloh, the police chief, as saying"
    }
    for (int j = verb + 1; j < end; j++) {
      String apposed = v.norm(j).equals(",") ? capitalizedRun(v, j + 1, +1) : null;
      if (apposed != null) {
        return apposed; // "quoted the envoy, Ivan Rudd, as saying"
      }
    }
    return v.text(verb + 1, end);
  }

  /** The speaker of the nearest verb of saying before token {@code k} in its sentence, or null. */
  private String earlierSpeaker(TokenView v, int k) {
    for (int j = k - 1; j >= 0 && !v.endsSentence(j); j--) {
      if (isVerb(v, j) && !v.norm(j).endsWith("ing") && !COORDINATORS.contains(v.norm(j - 1))) {
        String subject = before(v, j);
        return subject != null ? subject : INVERTIBLE.contains(v.norm(j)) ? after(v, j) : null;
      }
    }
    return null;
  }

  /** The subject phrase ending right before token {@code verb}, or null. */
  String before(TokenView v, int verb) {
    int k = verb - 1;
    if (v.norm(k).equals(")")) {
      int open = k - 1;
      while (open >= 0 && open >= k - 8 && !v.norm(open).equals("(")) {
        open--;
      }
      if (open >= 1 && v.norm(open).equals("(") && v.isCapitalized(open - 1)) {
        k =
            open
                - 1; // "Rep. Jim McDermott (D-Wash.) said": the party and state are not the subject
      }
    }
    while (k >= 0
        && v.isWord(k)
        && (SKIPPABLE.contains(v.norm(k)) || isWeekday(v, k) || isAdverb(v, k))) {
      k--;
    }
    int end = k;
    while (k >= 0
        && end - k < MAX_WORDS
        && v.isWord(k)
        && !BOUNDARIES.contains(v.norm(k))
        && !VERBS.contains(v.norm(k))) {
      k--;
    }
    if (k == end) {
      return end >= 0 && v.norm(end).equals(",") ? nameBeforeApposition(v, end) : null;
    }
    int start = k + 1;
    if (v.norm(k).equals(".")
        && v.touching(k - 1)
        && SpeakerNames.TITLES.contains(v.norm(k - 1))
        && v.isNameWord(start)) {
      start = k - 1; // "Mr. King added": the abbreviated title stays with the surname it titles
    }
    // "Doug Lane, a spokesman for the mayor told …" (the closing comma forgotten); with "the" the
    // phrase is more often a subject of its own ("As Ruiz spoke, the crowd chanted …").
    if (v.norm(k).equals(",") && INDEFINITE.contains(v.norm(start))) {
      String name = nameBeforeApposition(v, k);
      if (name != null) {
        return name;
      }
    }
    return trimLeading(v, start, end);
  }

  /**
   * ", saying": the speaker is the subject of the main clause, taken as its first capitalized name
   * (sentence-initial function words skipped), or null.
   */
  static String clauseSubject(TokenView v, int verb) {
    for (int k = 0; k < verb; k++) {
      if (v.isWord(k)
          && v.isCapitalized(k)
          && !BOUNDARIES.contains(v.norm(k))
          && !DETERMINERS.contains(v.norm(k))
          && !isWeekday(v, k)) {
        if (isAllCaps(v, k) || PREPOSITIONS.contains(v.norm(k - 1))) {
          k = skipRun(v, k); // "WASHINGTON —", "At Baldwin Wallace University,": not the subject
          continue;
        }
        if (SpeakerNames.TITLES.contains(v.norm(k))
            && v.norm(k + 1).equals(".")
            && v.isCapitalized(k + 2)) {
          continue; // "Rep. Hakeem Jeffries": the name follows the abbreviated title
        }
        return capitalizedRun(v, k, +1);
      }
    }
    return null;
  }

  /** The last token of the capitalized run starting at {@code k}. */
  private static int skipRun(TokenView v, int k) {
    while (v.isWord(k + 1) && v.isCapitalized(k + 1)) {
      k++;
    }
    return k;
  }

  /** A word in capitals of two or more letters, as datelines and section heads write them. */
  private static boolean isAllCaps(TokenView v, int k) {
    String t = v.text(k, k);
    return t.length() > 1
        && t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
        && t.chars().filter(Character::isLetter).count() > 1
        && t.length() > 4;
  }

  /**
   * The last run of capitalized words in the view that is a name rather than the word opening the
   * sentence ("Bush", "pollster Ana Ruiz"), or null.
   */
  static String lastName(TokenView v) {
    for (int k = v.size() - 1; k >= 0; k--) {
      if (v.isNameWord(k)) {
        String run = capitalizedRun(v, k, -1);
        int first = run == null ? k : k - run.split("\\s+").length + 1;
        boolean openerOnly = first == k && v.sentenceInitial(k) && k < v.size() - 1;
        return run == null || openerOnly || DETERMINERS.contains(v.norm(first)) ? null : run;
      }
    }
    return null;
  }

  /**
   * The phrase after {@code verb} up to punctuation or a preposition ("said a Kremlin spokesman").
   */
  String after(TokenView v, int verb) {
    int k = verb + 1;
    int start = k;
    while (k - start < MAX_WORDS) {
      if (v.isWord(k)
          && (k == start || !BOUNDARIES.contains(v.norm(k)))
          && !VERBS.contains(v.norm(k))
          && !isWeekday(v, k)) {
        k++;
      } else if (v.norm(k).equals(".")
          && SpeakerNames.TITLES.contains(v.norm(k - 1))
          && v.isCapitalized(k + 1)) {
        k++; // "said Sen. Tammy Baldwin": the title's full stop is inside the phrase
      } else {
        break;
      }
    }
    if (k == start
        || v.norm(start).equals("of")
        || BOUNDARIES.contains(v.norm(start)) && !DETERMINERS.contains(v.norm(start))) {
      return null;
    }
    // "said the town's mayor, Ivo Lenz" and "said Ostrel's mayor, Ivo Lenz": a description, then
    // the name in apposition; the name is the speaker. A phrase that ends in a name keeps it
    // ("said Ivo Lenz, the mayor").
    boolean description = DETERMINERS.contains(v.norm(start)) || !v.isNameWord(k - 1);
    if (v.norm(k).equals(",") && description) {
      String name = capitalizedRun(v, k + 1, +1);
      if (name != null) {
        return name;
      }
    }
    return v.text(start, k - 1);
  }

  /**
   * "Name, a description," or "Name, 33,": the capitalized run before the comma at {@code comma}.
   */
  private static String nameBeforeApposition(TokenView v, int comma) {
    int k = comma - 1;
    if (v.isNumber(k) && v.norm(k - 1).equals(",")) {
      return capitalizedRun(v, k - 2, -1);
    }
    String direct = capitalizedRun(v, k, -1);
    int runStart = direct == null ? k + 1 : k - direct.split("\\s+").length + 1;
    // "Piet Halvorsen, a seismologist at the National Seismic Institute, said": a run after a
    // lower-case word belongs to the description; the speaker is the name before the first comma.
    // ", head of the Seafarers' Union, said": a run after a possessive is inside the description
    // too.
    boolean insideDescription =
        direct != null
            && (v.isWord(runStart - 1) && !v.isCapitalized(runStart - 1)
                || APOSTROPHES.contains(v.norm(runStart - 1)));
    if (direct != null && !insideDescription) {
      return direct;
    }
    // "Mila Arto, Minister to the President of the Republic of Vessia, in charge of Mines, said":
    // each description may end in a name of its own, so go back one comma at a time.
    String first = null;
    for (int descriptions = 0; descriptions < MAX_DESCRIPTIONS; descriptions++) {
      int words = 0;
      while ((v.isWord(k) || APOSTROPHES.contains(v.norm(k))) && words < 14) {
        k--;
        words++;
      }
      String earlier = words > 0 && v.norm(k).equals(",") ? capitalizedRun(v, k - 1, -1) : null;
      if (earlier == null) {
        break;
      }
      first = first == null ? earlier : first;
      int earlierStart = k - 1 - earlier.split("\\s+").length + 1;
      boolean described =
          v.isWord(earlierStart - 1) && !v.isCapitalized(earlierStart - 1)
              || APOSTROPHES.contains(v.norm(earlierStart - 1));
      if (!described) {
        return earlier;
      }
      k = k - 1;
    }
    return first != null ? first : direct;
  }

  /** Descriptions read back over between a speaker's name and its verb. */
  private static final int MAX_DESCRIPTIONS = 3;

  /**
   * A run of capitalized words starting (or ending, for step -1) at {@code k}, or null when there
   * is none or it is a date or place rather than a name ("on Sunday,", "in Kyiv,").
   */
  private static String capitalizedRun(TokenView v, int k, int step) {
    List<Integer> run = new ArrayList<>();
    while (v.isNameWord(k) && run.size() < 4) {
      run.add(k);
      k += step;
    }
    if (run.isEmpty() || (step < 0 && BOUNDARIES.contains(v.norm(k)))) {
      return null;
    }
    for (int r : run) {
      if (CalendarWords.weekday(v.norm(r)) != null || CalendarWords.month(v.norm(r)) != null) {
        return null;
      }
    }
    int a = Math.min(run.get(0), run.get(run.size() - 1));
    int b = Math.max(run.get(0), run.get(run.size() - 1));
    return v.text(a, b);
  }

  private static String trimLeading(TokenView v, int start, int end) {
    while (start <= end
        && v.sentenceInitial(start)
        && v.isCapitalized(start)
        && Set.of("meanwhile", "separately", "but", "and").contains(v.norm(start))) {
      start++;
    }
    return start <= end ? v.text(start, end) : null;
  }

  /**
   * A lower-case "-ly" adverb such as "flatly" or "later" would be skipped before a verb ("Ruiz
   * flatly said").
   */
  private static boolean isAdverb(TokenView v, int k) {
    String n = v.norm(k);
    return !v.isCapitalized(k) && n.length() > 4 && n.endsWith("ly") && !LY_NOUNS.contains(n);
  }

  private static boolean isWeekday(TokenView v, int k) {
    return v.isCapitalized(k) && CalendarWords.weekday(v.norm(k)) != null;
  }
}
