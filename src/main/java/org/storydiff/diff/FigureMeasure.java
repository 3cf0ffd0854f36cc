package org.storydiff.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storydiff.model.AnalyzedArticle;
import org.storydiff.model.Figure;
import org.storydiff.model.SentenceTokens;
import org.storydiff.text.CalendarWords;
import org.storydiff.text.LightStemmer;

/**
 * What a figure measures, read once from its sentence's tokens (the analysis's one tokenization):
 *
 * <ul>
 *   <li>{@code noun}: the counted noun or unit, as light stems without the outcome ("peopl", "USD",
 *       "home"), null when the figure names none ("He was 77.");
 *   <li>{@code outcome}: the event it counts, one word for one outcome ("killed" for killed, died,
 *       dead, deaths; "injured" for injured, wounded, hurt), from the unit or the nearest outcome
 *       word within {@link #WINDOW} tokens; null when none;
 *   <li>{@code time}: the nearest weekday, month, "yesterday", "today", or "last year"-like phrase
 *       of the sentence ("tuesday", "march", "last year"), null when the sentence gives none;
 *   <li>{@code scope}: {@link Scope#PER} for "each", "per", "apiece" near it, {@link Scope#PART}
 *       for "5 of them", else {@link Scope#WHOLE} (a plain or total amount).
 * </ul>
 *
 * The source is the figure's attribution, compared by {@link SameFigureFact}. Immutable.
 */
record FigureMeasure(String noun, String outcome, String time, Scope scope) {

  /** Tokens either side of a figure searched for its outcome and its scope words. */
  static final int WINDOW = 6;

  enum Scope {
    WHOLE,
    PER,
    PART
  }

  /** Outcome words by their comparison form: words of one outcome share one name. */
  private static final Map<String, String> OUTCOMES = outcomes();

  private static final Set<String> PER_WORDS = Set.of("each", "per", "apiece", "every");

  private static final Set<String> PART_FOLLOWERS = Set.of("them", "whom", "those", "these");

  private static final Set<String> DAY_WORDS = Set.of("yesterday", "today", "tonight");

  private static final Set<String> PERIOD_MODIFIERS = Set.of("last", "this", "next", "previous");

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
    if (first < 0) {
      return new FigureMeasure(noun(f), outcomeOfUnit(f), null, Scope.WHOLE);
    }
    String outcome = outcomeOfUnit(f);
    if (outcome == null) {
      outcome = nearest(t, from, to, first, last, FigureMeasure::outcomeAt);
    }
    return new FigureMeasure(
        noun(f),
        outcome,
        f.isQuantity() ? nearest(t, from, to, first, last, FigureMeasure::timeAt) : null,
        scope(t, from, to, first, last));
  }

  /** True when something says what the figure counts: a noun or an outcome. */
  boolean read() {
    return noun != null || outcome != null;
  }

  /**
   * The measure for a reader: the unit with the outcome when the unit does not say it ("people
   * injured", "date, took effect"), and the time in brackets ("people arrested (tuesday)").
   */
  String label(Figure f) {
    String unit = f.unit() == null ? "figure" : f.unit();
    if (outcome != null && !unit.toLowerCase(Locale.ROOT).contains(outcome)) {
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
    if (PERIOD_MODIFIERS.contains(w) && i + 1 < to && PERIODS.contains(t.norm(i + 1))) {
      return w + " " + t.norm(i + 1);
    }
    return null;
  }

  private static Scope scope(SentenceTokens t, int from, int to, int first, int last) {
    if (last + 2 < to
        && "of".equals(t.norm(last + 1))
        && PART_FOLLOWERS.contains(t.norm(last + 2))) {
      return Scope.PART;
    }
    for (int i = Math.max(from, first - WINDOW); i < Math.min(to, last + WINDOW + 1); i++) {
      if (PER_WORDS.contains(t.norm(i))) {
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
    List<String> stems = new ArrayList<>();
    if (!f.isQuantity()) {
      stems.add("@");
    }
    for (String w : f.unit().toLowerCase(Locale.ROOT).split(" ")) {
      if (!OUTCOMES.containsKey(w)) {
        stems.add(LightStemmer.stem(w));
      }
    }
    return stems.isEmpty() || stems.equals(List.of("@")) ? null : String.join(" ", stems);
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
            // events that dates and times are given for
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
            Map.entry("landed", List.of("landed", "arrived")),
            Map.entry("born", List.of("born")));
    java.util.HashMap<String, String> out = new java.util.HashMap<>();
    byName.forEach((name, words) -> words.forEach(w -> out.put(w, name)));
    return Map.copyOf(out);
  }
}
