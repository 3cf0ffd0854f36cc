package org.storydiff.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storydiff.extract.QuoteExtractor;
import org.storydiff.extract.UnitFinder;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Figure;
import org.storydiff.model.SentenceTokens;
import org.storydiff.text.CalendarWords;
import org.storydiff.text.LanguageResources;

/**
 * What a figure measures, read once from its sentence's tokens (the analysis's one tokenization):
 *
 * <ul>
 *   <li>{@code noun}: the counted noun or unit, as light stems without the outcome ("peopl", "USD",
 *       "home"), null when the figure names none; for an age written before its noun, "age" and
 *       that noun's stem ("age daughter"), so two children's ages are told apart;
 *   <li>{@code outcome}: the event it counts, one word for one outcome ("killed" for killed, died,
 *       dead, deaths; "injured" for injured, wounded, hurt), from the unit or the nearest outcome
 *       word within {@link #WINDOW} tokens; null when none;
 *   <li>{@code time}: the nearest weekday, month, "yesterday", "today", or "last year"-like phrase
 *       of the sentence ("tuesday", "march", "last year"), null when the sentence gives none;
 *   <li>{@code scope}: {@link Scope#PER} for "each", "per", "apiece" near it, {@link Scope#PART}
 *       for "5 of them", {@link Scope#MORE} for "another 3,000", else {@link Scope#WHOLE} (a plain
 *       or total amount);
 *   <li>{@code holder}: whose figure it is, when the sentence names them right at it: "Nadia Kern,
 *       34," (a name set off before a bare number or an age), "Corvex's 7 percent", or the named
 *       subject of the clause the figure ends ("Tomas Varga scored 23 points", "with Tomas Varga
 *       scoring 27"); null when the sentence names nobody so;
 *   <li>{@code place}: for a distance without a holder, the named place it is measured from ("3
 *       miles southwest of Cobb");
 *   <li>{@code collective}: for a count, the noun it completes before it, as a stem: "a crowd of
 *       about 1,000 people" and "a poll of 1,000 people" count a crowd and a poll; null when none,
 *       or one that says nothing of what was counted ("a total of", "a group of").
 * </ul>
 *
 * The source is the figure's attribution, compared by {@link SameFigureFact}. Immutable.
 */
record FigureMeasure(
    String noun,
    String outcome,
    String time,
    Scope scope,
    boolean unitOfMeasure,
    String holder,
    String place,
    String collective) {

  /** Tokens either side of a figure searched for its outcome and its scope words. */
  static final int WINDOW = 6;

  enum Scope {
    WHOLE,
    PER,
    /** "5 of them", "28 of his 68": a part of another count. */
    PART,
    /** "68" in "28 of his 68": the count a part is taken from. */
    OUT_OF,
    /**
     * "another 3,000", "a further 12", "two other rifles", "5 more people": a count beside one
     * already given, never its restatement.
     */
    MORE,
    /** "the last two games", "the past 24 hours": a window of a period, not its whole. */
    WINDOW,
    /** "one of the largest providers": membership, not a count. */
    ONE_OF
  }

  /** Outcome words by their comparison form: words of one outcome share one name. */
  private static final Map<String, String> OUTCOMES = outcomes();

  /** Outcome and event words: what a date or a time is read against. */
  private static final Map<String, String> EVENTS = events();

  private static final Set<String> PER_WORDS = Set.of("each", "per", "apiece", "every");

  /** Words before a count that make it one beside another ("another 3,000", "a further 12"). */
  private static final Set<String> MORE_WORDS = Set.of("another", "further", "additional");

  /** Words right after a number that make it a count beside another ("two other rifles"). */
  private static final Set<String> MORE_AFTER = Set.of("other", "more", "additional", "further");

  /** Words before a number that make it a window of a period ("the last two games"). */
  private static final Set<String> WINDOW_WORDS =
      Set.of("last", "past", "first", "next", "final", "previous", "opening", "coming");

  private static final Set<String> PART_FOLLOWERS = Set.of("them", "whom", "those", "these");

  private static final Set<String> OF_DETERMINERS = Set.of("his", "her", "their", "its", "the");

  /** Counted nouns that alone say nothing of what was counted ("400 people" who did what?). */
  private static final Set<String> BARE_NOUNS = Set.of("peopl", "person");

  /** Units that measure an amount of something unnamed: a duration, a share, a size. */
  private static final Set<String> DURATIONS =
      Set.of(
          "second",
          "seconds",
          "minute",
          "minutes",
          "hour",
          "hours",
          "day",
          "days",
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "decade",
          "decades",
          "century",
          "centuries",
          "%",
          "percent",
          "per cent",
          "times");

  private static final Set<String> DAY_WORDS = Set.of("yesterday", "today", "tonight");

  /** Words after a duration that make it a point in time: "two years ago", "a year since". */
  private static final Set<String> RELATIVE_TIME =
      Set.of("ago", "since", "later", "earlier", "before");

  private static final Set<String> PERIOD_MODIFIERS =
      Set.of("last", "this", "next", "previous", "past");

  private static final Set<String> PERIODS = Set.of("year", "week", "month", "season", "night");

  FigureMeasure {
    Objects.requireNonNull(scope, "scope");
  }

  /** The measure of {@code f}, a figure of {@code article}. */
  static FigureMeasure of(AnalyzedArticle article, Figure f) {
    SentenceTokens t = article.tokens();
    int from = t.first(f.sentence());
    int to = t.first(f.sentence() + 1);
    int first = -1;
    int last = -1;
    for (int i = from; i < to; i++) {
      if (t.start(i) >= f.start() && t.end(i) <= f.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    // The words around a figure are read in English ("die" is "died" there, an article in German);
    // a German, French or Spanish figure's measure is its unit alone.
    boolean english = LanguageResources.of(article.article().language()) == null;
    if (first < 0 || !english) {
      // The month or weekday next to a count still tells two days' or months' counts apart
      // ("im März" / "im Mai").
      String language = article.article().language();
      String time =
          first < 0 || !f.isQuantity()
              ? null
              : nearest(
                  t,
                  from,
                  to,
                  first,
                  last,
                  (tokens, i, end) ->
                      tokens.isWord(i) ? CalendarWords.local(language, tokens.norm(i)) : null);
      return new FigureMeasure(
          noun(f), outcomeOfUnit(f), time, Scope.WHOLE, unitOfMeasure(f), null, null, null);
    }
    String outcome = outcomeOfUnit(f);
    if (outcome == null) {
      outcome =
          nearest(
              t,
              from,
              to,
              first,
              last,
              f.isQuantity() ? FigureMeasure::outcomeAt : FigureMeasure::eventAt);
    }
    if (outcome == null && f.unit() == null && f.isQuantity() && says(t, from, to, "toll")) {
      outcome = "killed"; // "the toll from the capsizing ... rose to at least 41"
    }
    boolean measureUnit = unitOfMeasure(f);
    String person = agedPerson(t, f, last, to);
    // "Armstead, who was shot along with an 11-year-old girl": the age is the girl's, whoever
    // the clause is about
    String holder = person == null ? holder(article, f, from, first) : null;
    String noun = person == null ? noun(f) : noun(f) + " " + person;
    if (noun != null && last + 1 < to && RELATIVE_TIME.contains(t.norm(last + 1))) {
      // "two years ago", "two years since his indictment" say when, not how long: no "45 years"
      // in prison
      noun = noun.replace(' ', '-') + "-" + t.norm(last + 1);
    }
    if (measureUnit && noun != null) {
      String of = measuredNoun(t, last, to, f.unit().toLowerCase(Locale.ROOT));
      if (of == null) {
        int head = headBefore(t, from, first, HEAD_PREPOSITIONS);
        of = head < 0 ? null : t.stem(head);
      }
      noun = of == null ? noun : noun + " " + of;
    }
    return new FigureMeasure(
        noun,
        outcome,
        f.isQuantity() ? nearest(t, from, to, first, last, FigureMeasure::timeAt) : null,
        scope(t, from, to, first, last, isShare(f)),
        measureUnit && (noun == null || !noun.contains(" ")),
        holder,
        holder == null ? place(article, f, from, last, to) : null,
        f.isQuantity() && !measureUnit ? collective(t, from, first) : null);
  }

  /**
   * For an age written before its noun ("her 11-year-old daughter", "an 11 - year - old girl"), the
   * stem of the noun it describes; null for other figures and for ages set off ("Kern, 34,", "He
   * was 77").
   */
  private static String agedPerson(SentenceTokens t, Figure f, int last, int to) {
    int next = last + 1;
    return "age".equals(f.unit())
            && ("old".equals(t.norm(last)) || t.norm(last).endsWith("-old"))
            && next < to
            && t.isWord(next)
            && !t.capitalized(next)
        ? t.stem(next)
        : null;
  }

  /** Nouns before "of" that say nothing of what a count counts. */
  private static final Set<String> GENERIC_COLLECTIVES =
      Set.of(
          "total",
          "number",
          "group",
          "sum",
          "tally",
          "count",
          "estimate",
          "maximum",
          "minimum",
          "average",
          "majority",
          "rest",
          "handful",
          "couple",
          "pair",
          "dozen",
          "dozens",
          "hundreds",
          "thousands",
          "millions",
          "scores",
          "lot",
          "lots",
          "toll",
          "figure",
          "list",
          "series");

  /**
   * The collective a count completes ("a crowd of about 1,000 people"), as a stem, or null. Only
   * "of" introduces it: "rose to 41" and "climbed to 41" name no collective, only a verb.
   */
  private static String collective(SentenceTokens t, int from, int first) {
    int head = headBefore(t, from, first, COLLECTIVE_PREPOSITIONS);
    return head < 0 || GENERIC_COLLECTIVES.contains(t.norm(head)) ? null : t.stem(head);
  }

  /** Units of length whose figure may be a distance from a named place. */
  private static final Set<String> LENGTHS = Set.of("km", "miles", "m", "feet", "nautical miles");

  /** Words between a distance and its place: "3 miles southwest of Cobb". */
  private static final Set<String> DIRECTIONS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "north-east",
          "north-west",
          "south-east",
          "south-west",
          "northern",
          "southern",
          "eastern",
          "western",
          "away",
          "off",
          "outside",
          "inland",
          "offshore",
          "-");

  /**
   * For a distance, the named place it is measured from: "about 3 miles southwest of Cobb" and
   * "three miles east of The Geysers" are two distances; null when none is named.
   */
  private static String place(AnalyzedArticle article, Figure f, int from, int last, int to) {
    if (f.unit() == null || !LENGTHS.contains(f.unit())) {
      return null;
    }
    SentenceTokens t = article.tokens();
    int k = last + 1;
    while (k < to && k <= last + 3 && DIRECTIONS.contains(t.norm(k))) {
      k++;
    }
    boolean direct = k > last + 1 && k < to && t.capitalized(k); // "150 nautical miles off Aden"
    if (!direct && (k + 1 >= to || !("of".equals(t.norm(k)) || "from".equals(t.norm(k))))) {
      return null;
    }
    int start = direct ? k : k + 1 + (LEADING_ARTICLES.contains(t.norm(k + 1)) ? 1 : 0);
    int end = start;
    while (end < to && end - start < NAME_WORDS && t.isWord(end) && t.capitalized(end)) {
      end++;
    }
    return end == start ? null : name(article, from, end - 1, false);
  }

  /** Words that end, looking back from a figure, the clause whose subject holds it. */
  private static final Set<String> CLAUSE_BREAKS =
      Set.of(
          "and", "or", "but", "that", "which", "who", "whom", "whose", "when", "while", "after",
          "before", "because", "as", "than", "if", "since", "until", "where", "of", "from");

  /** Capitalized words that open a name's run but are no part of it. */
  private static final Set<String> LEADING_ARTICLES = Set.of("the", "a", "an");

  /** Words a holder's clause may have between the name and the figure ("scored", "had a"). */
  private static final int HOLDER_REACH = 5;

  /** Longest name read as a holder, in words. */
  private static final int NAME_WORDS = 4;

  /**
   * Whose figure it is (see the class comment), or null. A name set off by a comma before the
   * figure is its holder only when the figure is a bare number or an age ("Kern, 34,"), never for a
   * count ("In Athens, 20,000 people"). Verbs of saying and clause words end the search: "Police
   * said 12 people" names a source, not a holder.
   */
  private static String holder(AnalyzedArticle article, Figure f, int from, int first) {
    SentenceTokens t = article.tokens();
    int k = first - 1;
    if (k < from) {
      return null;
    }
    String before = t.norm(k);
    if (",".equals(before) || "(".equals(before)) {
      return f.unit() == null || "age".equals(f.unit()) ? name(article, from, k - 1, false) : null;
    }
    if (t.isWord(k) && t.capitalized(k) && (before.endsWith("'s") || before.endsWith("’s"))) {
      return name(article, from, k, true); // "Corvex's 7 percent": a possessive names someone
    }
    String relative = relativeClauseHolder(article, from, first);
    if (relative != null) {
      return relative;
    }
    if (POSSESSIVE_PRONOUNS.contains(before)) {
      return pronounHolder(article, from, k); // "Samuel Dalembert is down ... with his 5.8 points"
    }
    int words = 0;
    while (k >= from && t.isWord(k) && !t.capitalized(k) && words < HOLDER_REACH) {
      String w = t.norm(k);
      if (CLAUSE_BREAKS.contains(w) || QuoteExtractor.isVerbOfSaying(w)) {
        return null;
      }
      k--;
      words++;
    }
    return words == 0 ? null : name(article, from, k, false);
  }

  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her");

  /** Tokens searched back from "his" or "her" for the clause's named subject. */
  private static final int PRONOUN_REACH = 12;

  /**
   * The person a possessive pronoun before the figure points to: the nearest name before it in the
   * same clause, or null when a clause word, a verb of saying or a comma comes first.
   */
  private static String pronounHolder(AnalyzedArticle article, int from, int pronoun) {
    SentenceTokens t = article.tokens();
    for (int k = pronoun - 1; k >= from && k >= pronoun - PRONOUN_REACH; k--) {
      String w = t.norm(k);
      if (t.isWord(k) && t.capitalized(k)) {
        return name(article, from, k, false);
      }
      if (!t.isWord(k) || CLAUSE_BREAKS.contains(w) || QuoteExtractor.isVerbOfSaying(w)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Words a relative clause may have between "who" and the figure ("has worked at the plant for").
   */
  private static final int RELATIVE_REACH = 10;

  /**
   * The name a relative clause holding the figure describes: "Andy Ryan, who has worked at the
   * plant for nearly 30 years" gives Andy Ryan; null when no "…, who" opens the figure's clause.
   */
  private static String relativeClauseHolder(AnalyzedArticle article, int from, int first) {
    SentenceTokens t = article.tokens();
    int k = first - 1;
    for (int words = 0; k >= from && t.isWord(k) && words < RELATIVE_REACH; words++, k--) {
      String w = t.norm(k);
      if ("who".equals(w)) {
        return k - 2 >= from && ",".equals(t.norm(k - 1))
            ? name(article, from, k - 2, false)
            : null;
      }
      if (t.capitalized(k) || CLAUSE_BREAKS.contains(w) || QuoteExtractor.isVerbOfSaying(w)) {
        return null;
      }
    }
    return null;
  }

  /**
   * The run of capitalized words ending at token {@code end}, as written (a possessive's "'s" cut,
   * a leading "The" dropped), or null when there is none, it holds a weekday or month, or it is a
   * sentence's first word alone that the article never writes capitalized inside a sentence
   * ("Rescuers found 9 bodies": a common noun, not a name) and that is no {@code possessive}.
   */
  private static String name(AnalyzedArticle article, int from, int end, boolean possessive) {
    SentenceTokens t = article.tokens();
    int start = end + 1;
    while (start - 1 >= from
        && end - (start - 1) < NAME_WORDS
        && t.isWord(start - 1)
        && t.capitalized(start - 1)) {
      start--;
    }
    while (start <= end && LEADING_ARTICLES.contains(t.norm(start))) {
      start++;
    }
    if (start > end) {
      return null;
    }
    for (int i = start; i <= end; i++) {
      if (CalendarWords.weekday(t.norm(i)) != null || CalendarWords.isFullMonthName(t.norm(i))) {
        return null;
      }
    }
    if (!possessive && start == end && start == from && !capitalizedInside(t, t.norm(start))) {
      return null;
    }
    String body = article.article().body();
    String text = withoutPossessive(body.substring(t.start(start), t.end(end)));
    return start == end ? fullName(article, text) : text;
  }

  /**
   * The fullest name the article gives a one-word holder: "Dorsey" is "Bryan Dorsey" when the
   * article writes that, so it is told from "Andy Ryan"; the word itself when it writes none.
   */
  private static String fullName(AnalyzedArticle article, String word) {
    SentenceTokens t = article.tokens();
    String norm = word.toLowerCase(Locale.ROOT);
    for (int s = 0; s < t.sentences(); s++) {
      int first = t.first(s);
      for (int i = first + 1; i < t.first(s + 1); i++) {
        if (!t.capitalized(i) || !norm.equals(withoutPossessive(t.norm(i)))) {
          continue;
        }
        int start = i;
        while (start - 1 >= first
            && i - (start - 1) < NAME_WORDS
            && t.isWord(start - 1)
            && t.capitalized(start - 1)
            && t.isContent(start - 1) // "But Dorsey", "When Dorsey": no first names
            && !DAY_WORDS.contains(t.norm(start - 1))
            && CalendarWords.weekday(t.norm(start - 1)) == null
            && !CalendarWords.isFullMonthName(t.norm(start - 1))) {
          start--;
        }
        if (start < i) {
          String body = article.article().body();
          return body.substring(t.start(start), t.start(i)) + word;
        }
      }
    }
    return word;
  }

  /** A word or name without its possessive "'s": "Dorsey's" is Dorsey, "year's" is year. */
  private static String withoutPossessive(String word) {
    return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
  }

  /** Whether the article writes {@code norm} capitalized somewhere other than a sentence start. */
  private static boolean capitalizedInside(SentenceTokens t, String norm) {
    for (int s = 0; s < t.sentences(); s++) {
      for (int i = t.first(s) + 1; i < t.first(s + 1); i++) {
        if (t.capitalized(i) && norm.equals(t.norm(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Prepositions an amount completes after the noun it measures: "profit to", "dividend of". */
  private static final Set<String> HEAD_PREPOSITIONS = Set.of("of", "to", "at");

  /** The one preposition a count completes its collective with: "a crowd of". */
  private static final Set<String> COLLECTIVE_PREPOSITIONS = Set.of("of");

  /**
   * The noun an amount completes before it: "a dividend of 64 cents", "loan growth of between 3%
   * and 4%", "net profit to S$2.31 billion" give that noun's token index; -1 when the word before
   * the preposition is no content word (a number, "rose 7 per cent to").
   */
  private static int headBefore(SentenceTokens t, int from, int first, Set<String> prepositions) {
    int k = first - 1;
    while (k >= from && k >= first - 3 && !prepositions.contains(t.norm(k))) {
      if (t.isContent(k) || t.isNumber(k)) {
        return -1; // a word of the amount's own ("between", "about" are no content words)
      }
      k--;
    }
    if (k - 1 < from || !prepositions.contains(t.norm(k))) {
      return -1;
    }
    int h = k - 1;
    if ((h - 1 >= from && t.isNumber(h - 1)) || (h - 2 >= from && t.isNumber(h - 2))) {
      return -1; // "rose 7 per cent to": the word is another amount's unit
    }
    return t.isContent(h) && t.isWord(h) && !OUTCOMES.containsKey(t.norm(h)) ? h : -1;
  }

  /**
   * "a share" or "a barrel" closing a phrase after an amount ("64 cents a share and ...", "$90 a
   * barrel."): the article then means "per"; "gave 5 people a ride to" is not closed.
   */
  private static boolean perArticle(SentenceTokens t, int i, int to) {
    return i > 0
        && ("a".equals(t.norm(i)) || "an".equals(t.norm(i)))
        && t.isWord(i - 1)
        && i + 1 < to
        && t.isWord(i + 1)
        && (i + 2 == to || !t.isWord(i + 2) || "and".equals(t.norm(i + 2)));
  }

  private static boolean says(SentenceTokens t, int from, int to, String word) {
    for (int i = from; i < to; i++) {
      if (word.equals(t.norm(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a unit of measure measures when the sentence says it right after: "300 tonnes of silt",
   * "768GB of flash storage" give the stem of the first content word after "of"; else null.
   */
  private static String measuredNoun(SentenceTokens t, int last, int to, String unit) {
    int of = last + 1;
    while (of < to && of <= last + 2 && unit.contains(t.norm(of))) {
      of++; // the unit written after a figure that does not cover it
    }
    if (of >= to || !"of".equals(t.norm(of))) {
      return null;
    }
    for (int k = of + 1; k < Math.min(to, of + 4); k++) {
      if (t.isContent(k) && t.isWord(k)) {
        return t.stem(k);
      }
      if (!t.isWord(k)) {
        return null;
      }
    }
    return null;
  }

  /** Money, a share, a duration or a unit of measure: it needs an outcome to say what it is. */
  private static boolean unitOfMeasure(Figure f) {
    return f.currency() != null
        || (f.unit() != null
            && (UnitFinder.isUnitOfMeasure(f.unit())
                || DURATIONS.contains(f.unit().toLowerCase(Locale.ROOT))
                || f.unit().matches("[A-Z]{3}")));
  }

  /** A duration that says when ("two years ago", "a year since"), not how long. */
  boolean pointInTime() {
    return noun != null && RELATIVE_TIME.stream().anyMatch(w -> noun.endsWith("-" + w));
  }

  /**
   * True when something says what the figure counts: an outcome, or a counted noun that is more
   * than people in general and no unit of measure ("30 youths", "13 countries"; not "400 people",
   * "$22 billion" or "30 days" without what happened).
   */
  boolean read() {
    return outcome != null || (noun != null && !unitOfMeasure && !BARE_NOUNS.contains(noun));
  }

  /** True when at least a noun or unit says what the figure is in (enough for one number). */
  boolean named() {
    return noun != null || outcome != null;
  }

  /**
   * The measure for a reader: the unit with the outcome when the unit does not say it ("people
   * injured", "date, took effect"), and the time in brackets ("people arrested (tuesday)").
   */
  String label(Figure f) {
    String unit = f.unit() == null ? "figure" : f.unit();
    if (outcome != null
        && java.util.Arrays.stream(unit.toLowerCase(Locale.ROOT).split(" "))
            .noneMatch(w -> w.equals(outcome) || OUTCOMES.containsKey(w))) {
      unit =
          f.unit() == null
              ? outcome
              : f.isQuantity() ? unit + " " + outcome : unit + ", " + outcome;
    }
    return time == null ? unit : unit + " (" + time + ")";
  }

  private interface Reader {
    String at(SentenceTokens t, int i, int to);
  }

  /** The reading nearest the figure's tokens within the window, after the figure on a tie. */
  private static String nearest(SentenceTokens t, int from, int to, int first, int last, Reader r) {
    for (int d = 1; d <= WINDOW; d++) {
      if (last + d < to) {
        String s = r.at(t, last + d, to);
        if (s != null) {
          return s;
        }
      }
      if (first - d >= from) {
        String s = r.at(t, first - d, to);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  private static String outcomeAt(SentenceTokens t, int i, int to) {
    return t.isWord(i) ? OUTCOMES.get(t.norm(i)) : null;
  }

  private static String eventAt(SentenceTokens t, int i, int to) {
    return t.isWord(i) ? EVENTS.get(t.norm(i)) : null;
  }

  private static String timeAt(SentenceTokens t, int i, int to) {
    if (!t.isWord(i)) {
      return null;
    }
    String w = t.norm(i);
    if (CalendarWords.weekday(w) != null
        || DAY_WORDS.contains(w)
        || (CalendarWords.isFullMonthName(w) && t.capitalized(i))) {
      return w;
    }
    String period = i + 1 < to ? withoutPossessive(t.norm(i + 1)) : null;
    if (period != null && PERIOD_MODIFIERS.contains(w) && PERIODS.contains(period)) {
      return w + " " + period; // "the previous year's quake"
    }
    return null;
  }

  /** A percentage or a fraction: always "of" something, so "90% of the traffic" is no part. */
  private static boolean isShare(Figure f) {
    return "%".equals(f.unit()) || (f.value() != null && f.value() > 0 && f.value() < 1);
  }

  private static Scope scope(
      SentenceTokens t, int from, int to, int first, int last, boolean share) {
    int of = first;
    while (of <= last && (of + 1 >= to || !"of".equals(t.norm(of + 1)))) {
      of++; // the token before the "of" after the amount, inside the figure's span or at its end
    }
    if (of <= last && of + 2 < to) {
      String next = t.norm(of + 2);
      int k = of + 2 + (OF_DETERMINERS.contains(next) ? 1 : 0);
      if (PART_FOLLOWERS.contains(next) || (k < to && t.isNumber(k))) {
        return Scope.PART; // "6 of them", "28 of his 68"
      }
      boolean ofGroup = "the".equals(next) || next.endsWith("'s") || next.endsWith("’s");
      if (ofGroup && of == first && "one".equals(t.norm(first))) {
        return Scope.ONE_OF; // "one of the largest providers"
      }
      if (ofGroup && !share && k < to && t.isWord(k)) {
        return Scope.PART; // "two of Egypt's largest providers", "12 of the victims"
      }
    }
    for (int i = first; i <= last && i + 1 < to; i++) {
      if (MORE_AFTER.contains(t.norm(i + 1)) && !"than".equals(t.norm(Math.min(i + 2, to - 1)))) {
        return Scope.MORE; // "two other rifles", "5 more people"
      }
    }
    int k = first - 1;
    if (k >= from && MORE_WORDS.contains(t.norm(k))) {
      return Scope.MORE; // "another 3,000", "a further 12"
    }
    if (k >= from && WINDOW_WORDS.contains(t.norm(k))) {
      return Scope.WINDOW; // "his last two games", "the past 24 hours"
    }
    if (k >= from && OF_DETERMINERS.contains(t.norm(k))) {
      k--;
    }
    if (k - 1 >= from && "of".equals(t.norm(k)) && t.isNumber(k - 1)) {
      return Scope.OUT_OF; // the 68 of "28 of his 68"
    }
    for (int i = Math.max(from, first - WINDOW); i < Math.min(to, last + WINDOW + 1); i++) {
      boolean perCent = i + 1 < to && t.norm(i + 1).startsWith("cent");
      // "a share" only after the amount: "in a US $5.4 billion deal" is a whole
      if ((PER_WORDS.contains(t.norm(i)) && !perCent) || (i > last && perArticle(t, i, to))) {
        return Scope.PER;
      }
    }
    return Scope.WHOLE;
  }

  /** The unit's words that are not an outcome, as light stems; null when none remain. */
  private static String noun(Figure f) {
    if (f.unit() == null) {
      return null;
    }
    // The unit's stems as FigureReading keys them ("@" first for dates and times), one per word.
    String[] stems = FigureReading.unitKey(f).split(" ");
    String[] words = f.unit().toLowerCase(Locale.ROOT).split(" ");
    int offset = stems.length - words.length;
    List<String> kept = new ArrayList<>(List.of(stems).subList(0, offset));
    for (int k = 0; k < words.length; k++) {
      if (!OUTCOMES.containsKey(words[k])) {
        kept.add(stems[k + offset]);
      }
    }
    return kept.size() == offset ? null : String.join(" ", kept);
  }

  private static String outcomeOfUnit(Figure f) {
    if (f.unit() == null) {
      return null;
    }
    for (String w : f.unit().toLowerCase(Locale.ROOT).split(" ")) {
      if (OUTCOMES.containsKey(w)) {
        return OUTCOMES.get(w);
      }
    }
    return null;
  }

  /** Events that dates and times are given for, as {@link #OUTCOMES} are for amounts. */
  private static Map<String, String> events() {
    Map<String, List<String>> byName =
        Map.ofEntries(
            Map.entry("struck", List.of("struck", "strike", "strikes", "hit", "hits", "erupted")),
            Map.entry("took effect", List.of("effect", "effective")),
            Map.entry("opened", List.of("opened", "open", "opens")),
            Map.entry("closed", List.of("closed", "close", "closes")),
            Map.entry("began", List.of("began", "begin", "begins", "started", "start", "starts")),
            Map.entry("ended", List.of("ended", "end", "ends")),
            Map.entry("signed", List.of("signed", "sign", "signs")),
            Map.entry("announced", List.of("announced", "announce", "announces")),
            Map.entry("elected", List.of("elected", "election", "vote", "voted")),
            Map.entry("crashed", List.of("crashed", "sank", "capsized", "collided")),
            Map.entry("arrived", List.of("landed", "arrived", "reached")),
            Map.entry("born", List.of("born")));
    java.util.HashMap<String, String> out = new java.util.HashMap<>(OUTCOMES);
    byName.forEach((name, words) -> words.forEach(w -> out.put(w, name)));
    return Map.copyOf(out);
  }

  private static Map<String, String> outcomes() {
    Map<String, List<String>> byName =
        Map.ofEntries(
            Map.entry(
                "killed",
                List.of(
                    "killed",
                    "kill",
                    "kills",
                    "killing",
                    "died",
                    "die",
                    "dies",
                    "dead",
                    "deaths",
                    "death",
                    "fatalities",
                    "lives")),
            Map.entry(
                "injured",
                List.of(
                    "injured", "injuring", "injuries", "injures", "wounded", "wounding", "hurt")),
            Map.entry(
                "arrested", List.of("arrested", "arrests", "arrest", "arresting", "detained")),
            Map.entry("missing", List.of("missing")),
            Map.entry("evacuated", List.of("evacuated", "evacuation", "evacuate", "fled")),
            Map.entry("displaced", List.of("displaced", "homeless")),
            Map.entry(
                "damaged",
                List.of(
                    "damaged", "destroyed", "flattened", "collapsed", "damaging", "destroying")),
            Map.entry("rescued", List.of("rescued", "saved")),
            Map.entry("charged", List.of("charged", "indicted")),
            Map.entry("convicted", List.of("convicted")),
            Map.entry("sentenced", List.of("sentenced")),
            Map.entry("scored", List.of("scored", "scoring")),
            Map.entry("paid", List.of("paid", "pay", "paying", "pays", "bought", "buy", "spent")),
            Map.entry("cost", List.of("cost", "costs", "costing", "priced")),
            Map.entry("raised", List.of("raised", "raise", "raising")),
            Map.entry("sold", List.of("sold", "sell", "sells", "selling")),
            Map.entry("received", List.of("receive", "received", "receives", "get", "got")),
            Map.entry("fired", List.of("fired", "firing")),
            Map.entry("treated", List.of("treated", "hospitalized", "hospitalised")),
            Map.entry("cut", List.of("cut", "cuts", "cutting", "axed", "laid")),
            Map.entry("fined", List.of("fined", "fine")),
            Map.entry("grew", List.of("grow", "grew", "grown", "grows", "growth")),
            Map.entry(
                "needed",
                List.of("needed", "need", "needs", "needing", "required", "requires", "require")));
    java.util.HashMap<String, String> out = new java.util.HashMap<>();
    byName.forEach((name, words) -> words.forEach(w -> out.put(w, name)));
    return Map.copyOf(out);
  }
}
